package dev.datasafety.sample.store;

import dev.datasafety.sample.account.Account;
import dev.datasafety.sample.account.Session;
import dev.datasafety.sample.account.SignInEvent;
import dev.datasafety.sample.notes.LayoutTrial;
import dev.datasafety.sample.notes.Note;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes Acme Notes' data. Every time comes from the injected clock. */
public final class Store {
  private final Database db;
  private final Clock clock;

  public Store(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Clock clock() {
    return clock;
  }

  /** The email is already taken. */
  public static final class DuplicateEmailException extends Exception {
    DuplicateEmailException() {
      super("an account with this email already exists");
    }
  }

  public Account createAccount(String email, String displayName, String passwordHash, boolean productUpdates)
      throws SQLException, DuplicateEmailException {
    Instant now = clock.instant();
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO account (email, display_name, password_hash, created_at, product_updates) VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, email);
      s.setString(2, displayName);
      s.setString(3, passwordHash);
      s.setObject(4, utc(now));
      s.setBoolean(5, productUpdates);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return Account.of(keys.getLong(1), email, displayName, now, productUpdates, passwordHash);
      }
    } catch (SQLIntegrityConstraintViolationException taken) {
      throw new DuplicateEmailException();
    }
  }

  public Optional<Account> accountByEmail(String email) throws SQLException {
    return oneAccount("SELECT id, email, display_name, created_at, product_updates, password_hash FROM account WHERE email = ?",
        email);
  }

  public Optional<Account> accountById(long id) throws SQLException {
    return oneAccount("SELECT id, email, display_name, created_at, product_updates, password_hash FROM account WHERE id = ?",
        id);
  }

  private Optional<Account> oneAccount(String sql, Object key) throws SQLException {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, key);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(Account.of(r.getLong(1), r.getString(2), r.getString(3), instant(r, 4), r.getBoolean(5),
            r.getString(6)));
      }
    }
  }

  /** The account with everything kept about it: what the user's export shows. */
  public Optional<Account> accountWithData(long id) throws SQLException {
    Optional<Account> account = accountById(id);
    if (account.isEmpty()) {
      return account;
    }
    return Optional.of(account.get().with(notes(id), sessions(id), signIns(id), layoutTrial(id)));
  }

  /** Corrects the email and display name; the email must stay unique. */
  public void updateProfile(long id, String email, String displayName) throws SQLException, DuplicateEmailException {
    try {
      update("UPDATE account SET email = ?, display_name = ? WHERE id = ?", email, displayName, id);
    } catch (SQLIntegrityConstraintViolationException taken) {
      throw new DuplicateEmailException();
    }
  }

  /** A hash with the current settings, replacing one made with older, weaker settings. */
  public void updatePasswordHash(long id, String passwordHash) throws SQLException {
    update("UPDATE account SET password_hash = ? WHERE id = ?", passwordHash, id);
  }

  public void setProductUpdates(long id, boolean wanted) throws SQLException {
    update("UPDATE account SET product_updates = ? WHERE id = ?", wanted, id);
  }

  /** Ends the layout trial and deletes its data; false when there was none. */
  public boolean endLayoutTrial(long accountId) throws SQLException {
    return update("DELETE FROM layout_trial WHERE account_id = ?", accountId) == 1;
  }

  /** Deletes the account; the database cascades to everything kept about it. */
  public boolean deleteAccount(long id) throws SQLException {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("DELETE FROM account WHERE id = ?")) {
      s.setLong(1, id);
      return s.executeUpdate() == 1;
    }
  }

  public Note addNote(long accountId, String title, String text) throws SQLException {
    Instant now = clock.instant();
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      long id;
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO note (account_id, title, note_text, updated_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, accountId);
        s.setString(2, title);
        s.setString(3, text);
        s.setObject(4, utc(now));
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      // The daily total counts notes, never who wrote them.
      try (PreparedStatement s = c.prepareStatement(
          "MERGE INTO daily_usage d USING (VALUES CAST(? AS DATE)) v(usage_day) ON d.usage_day = v.usage_day"
              + " WHEN MATCHED THEN UPDATE SET notes_written = d.notes_written + 1"
              + " WHEN NOT MATCHED THEN INSERT (usage_day, notes_written) VALUES (v.usage_day, 1)")) {
        s.setObject(1, LocalDate.ofInstant(now, ZoneOffset.UTC));
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE layout_trial SET notes_written = notes_written + 1 WHERE account_id = ?")) {
        s.setLong(1, accountId);
        s.executeUpdate();
      }
      c.commit();
      return new Note(id, title, text, now);
    }
  }

  public List<Note> notes(long accountId) throws SQLException {
    return list("SELECT id, title, note_text, updated_at FROM note WHERE account_id = ? ORDER BY id", accountId,
        r -> new Note(r.getLong(1), r.getString(2), r.getString(3), instant(r, 4)));
  }

  public void addSession(long accountId, String tokenHash) throws SQLException {
    update("INSERT INTO browser_session (token_hash, account_id, created_at) VALUES (?, ?, ?)", tokenHash, accountId,
        utc(clock.instant()));
  }

  public Optional<Long> accountOfSession(String tokenHash) throws SQLException {
    List<Long> ids = list("SELECT account_id FROM browser_session WHERE token_hash = ?", tokenHash, r -> r.getLong(1));
    return ids.stream().findFirst();
  }

  public void deleteSession(String tokenHash) throws SQLException {
    update("DELETE FROM browser_session WHERE token_hash = ?", tokenHash);
  }

  public List<Session> sessions(long accountId) throws SQLException {
    return list("SELECT token_hash, created_at FROM browser_session WHERE account_id = ? ORDER BY created_at", accountId,
        r -> new Session(r.getString(1), instant(r, 2)));
  }

  public void addSignIn(long accountId, String ipAddress) throws SQLException {
    update("INSERT INTO sign_in (account_id, signed_in_at, ip_address) VALUES (?, ?, ?)", accountId, utc(clock.instant()), ipAddress);
  }

  public List<SignInEvent> signIns(long accountId) throws SQLException {
    return list("SELECT id, signed_in_at, ip_address FROM sign_in WHERE account_id = ? ORDER BY id", accountId,
        r -> new SignInEvent(r.getLong(1), instant(r, 2), r.getString(3)));
  }

  /** Starts the layout trial; a trial already running goes on unchanged. */
  public void startLayoutTrial(long accountId, String variant) throws SQLException {
    update("INSERT INTO layout_trial (account_id, variant, notes_written, started_at)"
        + " SELECT ?, ?, 0, ? WHERE NOT EXISTS (SELECT 1 FROM layout_trial WHERE account_id = ?)", accountId,
        variant, utc(clock.instant()), accountId);
  }

  public Optional<LayoutTrial> layoutTrial(long accountId) throws SQLException {
    return list("SELECT variant, notes_written, started_at FROM layout_trial WHERE account_id = ?", accountId,
        r -> new LayoutTrial(r.getString(1), r.getInt(2), instant(r, 3))).stream().findFirst();
  }

  /** Rows of one table that belong to an account: what deletion must leave at zero. */
  public int countRows(String table, long accountId) throws SQLException {
    String column = table.equals("account") ? "id" : "account_id";
    return list("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", accountId, r -> r.getInt(1)).get(0);
  }

  /** Reads one row; may throw like JDBC does. */
  private interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> List<T> list(String sql, Object key, Row<T> row) throws SQLException {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, key);
      try (ResultSet r = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (r.next()) {
          out.add(row.read(r));
        }
        return out;
      }
    }
  }

  private int update(String sql, Object... values) throws SQLException {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      return s.executeUpdate();
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    return r.getObject(column, OffsetDateTime.class).toInstant();
  }
}
