package dev.datasafety.sample.retention;

import dev.datasafety.sample.account.SessionUserData;
import dev.datasafety.sample.account.SignInEventUserData;
import dev.datasafety.sample.notes.LayoutTrialUserData;
import dev.datasafety.sample.stats.DailyUsageUserData;
import dev.datasafety.sample.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes or anonymizes data past its declared retention. How long is never written here: each
 * rule reads it from the generated metadata ({@code SignInEventUserData.IP_ADDRESS.retention()}),
 * so lengthening a retention in an annotation lengthens it here, after the review the baseline
 * demands. Runs on start and on a schedule.
 */
public final class RetentionJob implements Runnable {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  /** Every stored datum with a finite retention. A test checks none is missing. */
  public static final List<RetentionRule> RULES = List.of(
      RetentionRule.deleteRow(SessionUserData.TOKEN_HASH, "browser_session", "created_at"),
      RetentionRule.deleteRow(SessionUserData.CREATED_AT, "browser_session", "created_at"),
      RetentionRule.clearColumn(SignInEventUserData.IP_ADDRESS, "sign_in", "signed_in_at", "ip_address"),
      RetentionRule.deleteRow(SignInEventUserData.AT, "sign_in", "signed_in_at"),
      RetentionRule.deleteRow(LayoutTrialUserData.VARIANT, "layout_trial", "started_at"),
      RetentionRule.deleteRow(LayoutTrialUserData.NOTES_WRITTEN, "layout_trial", "started_at"),
      RetentionRule.deleteRow(LayoutTrialUserData.STARTED_AT, "layout_trial", "started_at"),
      RetentionRule.deleteRow(DailyUsageUserData.NOTES_WRITTEN, "daily_usage", "usage_day"));

  private final Database db;
  private final Clock clock;

  public RetentionJob(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Applies every rule once; returns the rows changed per datum id. */
  public Map<String, Integer> runOnce() throws SQLException {
    Instant now = clock.instant();
    Map<String, Integer> changed = new LinkedHashMap<>();
    try (Connection c = db.connect()) {
      for (RetentionRule rule : RULES) {
        Instant oldestKept = rule.datum().retention().oldestKeptAt(now).orElseThrow();
        try (PreparedStatement s = c.prepareStatement(rule.sql())) {
          if (rule.storedAt().equals("usage_day")) {
            // A day's total is complete only when the day is over: keep the day that holds the limit.
            s.setObject(1, LocalDate.ofInstant(oldestKept, ZoneOffset.UTC));
          } else {
            s.setObject(1, oldestKept.atOffset(ZoneOffset.UTC));
          }
          changed.merge(rule.datum().id(), s.executeUpdate(), Integer::sum);
        }
      }
    }
    return changed;
  }

  /** For the scheduler: a failed run is logged and retried at the next tick, never fatal. */
  @Override
  public void run() {
    try {
      Map<String, Integer> changed = runOnce();
      LOG.fine(() -> "retention job: " + changed);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "retention job failed; it runs again at the next tick", e);
    }
  }
}
