package dev.datasafety.sample.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded H2 database, in a file under the data folder, created with its schema on first
 * start. Everything kept about an account references it with ON DELETE CASCADE, so deleting the
 * account row deletes everything kept about it; the daily totals are not linked to anyone.
 */
public final class Database {
  private static final String[] SCHEMA = {
    "CREATE TABLE IF NOT EXISTS account ("
        + " id BIGINT AUTO_INCREMENT PRIMARY KEY,"
        + " email VARCHAR(320) NOT NULL UNIQUE,"
        + " display_name VARCHAR(200) NOT NULL,"
        + " password_hash VARCHAR(200) NOT NULL,"
        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
        + " product_updates BOOLEAN NOT NULL)",
    "CREATE TABLE IF NOT EXISTS note ("
        + " id BIGINT AUTO_INCREMENT PRIMARY KEY,"
        + " account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        + " title VARCHAR(500) NOT NULL,"
        + " note_text VARCHAR(20000) NOT NULL,"
        + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)",
    "CREATE TABLE IF NOT EXISTS browser_session ("
        + " token_hash VARCHAR(64) PRIMARY KEY,"
        + " account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sign_in ("
        + " id BIGINT AUTO_INCREMENT PRIMARY KEY,"
        + " account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        + " signed_in_at TIMESTAMP WITH TIME ZONE NOT NULL,"
        + " ip_address VARCHAR(64))",
    "CREATE TABLE IF NOT EXISTS layout_trial ("
        + " account_id BIGINT PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,"
        + " variant VARCHAR(20) NOT NULL,"
        + " notes_written INT NOT NULL,"
        + " started_at TIMESTAMP WITH TIME ZONE NOT NULL)",
    "CREATE TABLE IF NOT EXISTS daily_usage ("
        + " usage_day DATE PRIMARY KEY,"
        + " notes_written BIGINT NOT NULL)",
    // Databases made before notes were written in the browser kept an encrypted body instead.
    "ALTER TABLE note ADD COLUMN IF NOT EXISTS note_text VARCHAR(20000) DEFAULT '' NOT NULL",
    "ALTER TABLE note DROP COLUMN IF EXISTS body",
  };

  /** The tables holding data about one account, each with an {@code account_id} column. */
  public static final String[] ACCOUNT_TABLES = {"note", "browser_session", "sign_in", "layout_trial"};

  private final String url;

  private Database(String url) {
    this.url = url;
  }

  /** Opens (creating on first start) the database file {@code acme-notes.mv.db} under {@code folder}. */
  public static Database open(Path folder) throws SQLException {
    try {
      Files.createDirectories(folder);
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
    }
    Database db = new Database("jdbc:h2:file:" + folder.toAbsolutePath().resolve("acme-notes") + ";DB_CLOSE_DELAY=-1");
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String ddl : SCHEMA) {
        s.execute(ddl);
      }
    }
    return db;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "acme", "");
  }

  /** Closes the database for good (tests reopen the same folder to prove data persisted). */
  public void shutdown() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }
}
