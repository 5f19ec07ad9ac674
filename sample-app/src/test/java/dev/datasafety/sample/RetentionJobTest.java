package dev.datasafety.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.sample.account.Account;
import dev.datasafety.sample.notes.NoteUserData;
import dev.datasafety.sample.retention.RetentionJob;
import dev.datasafety.sample.retention.RetentionRule;
import dev.datasafety.sample.store.Database;
import dev.datasafety.sample.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention job against the real database, with a clock the test moves. */
class RetentionJobTest {
  @TempDir Path data;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private Database db;
  private Store store;
  private RetentionJob job;
  private long ada;

  @BeforeEach
  void open() throws Exception {
    db = Database.open(data);
    store = new Store(db, clock);
    job = new RetentionJob(db, clock);
    Account account = store.createAccount("ada@example.com", "Ada", "hash", false);
    ada = account.id();
    store.addSession(ada, "fingerprint");
    store.addSignIn(ada, "203.0.113.9");
    store.startLayoutTrial(ada, "compact");
    store.addNote(ada, "Groceries", "eggs");
  }

  @AfterEach
  void close() throws Exception {
    db.shutdown();
  }

  @Test
  void everyStoredDatumWithAFiniteRetentionHasARule() {
    Set<String> covered = RetentionJob.RULES.stream().map(r -> r.datum().id()).collect(Collectors.toSet());
    Set<String> finite = DataSafetyInventory.inventory().data().stream()
        .filter(d -> d.retention().isFinite())
        .map(DatumInfo::id)
        .collect(Collectors.toSet());
    assertEquals(finite, covered);
  }

  @Test
  void rulesTakeTheirRetentionFromTheGeneratedMetadataOnly() {
    for (RetentionRule rule : RetentionJob.RULES) {
      assertEquals(DataSafetyInventory.inventory().datum(rule.datum().id()).orElseThrow().retention(),
          rule.datum().retention(), rule.datum().id());
    }
  }

  @Test
  void nothingIsTouchedWithinRetention() throws Exception {
    clock.advance(Duration.ofDays(6));
    job.runOnce();
    assertEquals("203.0.113.9", store.signIns(ada).get(0).ipAddress());
    assertEquals(1, store.sessions(ada).size());
    assertTrue(store.layoutTrial(ada).isPresent());
  }

  @Test
  void ipAddressIsWipedAfterAWeekWhileTheSignInTimeIsKept() throws Exception {
    clock.advance(Duration.ofDays(7).plusSeconds(1));
    job.runOnce();
    assertNull(store.signIns(ada).get(0).ipAddress());
    assertNotNull(store.signIns(ada).get(0).at());
  }

  @Test
  void sessionsGoAfterThirtyDaysAndTrialsAndSignInsAfterNinety() throws Exception {
    clock.advance(Duration.ofDays(31));
    job.runOnce();
    assertEquals(0, store.sessions(ada).size());
    assertTrue(store.layoutTrial(ada).isPresent());
    assertEquals(1, store.signIns(ada).size());

    clock.advance(Duration.ofDays(60));
    job.runOnce();
    assertTrue(store.layoutTrial(ada).isEmpty());
    assertEquals(0, store.signIns(ada).size());
    assertEquals(1, store.notes(ada).size(), "notes are kept until the account is deleted");
    assertEquals(NoteUserData.TITLE.retention().value(), "until-account-deletion");
  }

  @Test
  void dailyTotalsGoAfterAYear() throws Exception {
    assertEquals(1, dailyTotals());
    clock.advance(Duration.ofDays(365)); // 2027-03-01: the day's total is exactly one year old
    job.runOnce();
    assertEquals(1, dailyTotals());
    clock.advance(Duration.ofDays(1));
    job.runOnce();
    assertEquals(0, dailyTotals());
  }

  private int dailyTotals() throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM daily_usage")) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void deletingAnAccountDeletesEverythingKeptAboutItButNotTheTotals() throws Exception {
    long bob = store.createAccount("bob@example.com", "Bob", "hash", false).id();
    store.addNote(bob, "Bob's", "milk");
    assertTrue(store.deleteAccount(ada));
    assertEquals(0, store.countRows("account", ada));
    for (String table : Database.ACCOUNT_TABLES) {
      assertEquals(0, store.countRows(table, ada), table);
    }
    assertEquals(1, store.notes(bob).size(), "other accounts are untouched");
    assertEquals(1, dailyTotals(), "totals are not linked to anyone");
  }
}
