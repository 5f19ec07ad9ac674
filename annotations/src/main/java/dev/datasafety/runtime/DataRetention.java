package dev.datasafety.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a datum is kept: a keyword, or a finite ISO-8601 duration split into its date part
 * ({@link Period}: years, months, days) and its time part ({@link Duration}), so that an
 * application computes expiry dates the way the declaration reads ("P1M" is one calendar month).
 *
 * @param kind which of the four forms this is
 * @param value the declared value: {@code P30D}, {@code transient}, {@code session}, {@code until-account-deletion}
 *     or {@code until-deletion-request}
 * @param text the English text users read ("30 days", "Until you delete your account")
 * @param period the date part of a finite retention; {@link Period#ZERO} for keywords
 * @param duration the time part of a finite retention; {@link Duration#ZERO} for keywords
 */
public record DataRetention(Kind kind, String value, String text, Period period, Duration duration) {

  /** The forms of retention, in the order the inventory compares them. */
  public enum Kind {
    /** Never stored: only processed while handling a request, or relayed. */
    TRANSIENT,
    /** Kept until the user's session ends. */
    SESSION,
    /** Kept for a finite time after it was stored. */
    FINITE,
    /** Kept until the user deletes their account. */
    UNTIL_ACCOUNT_DELETION,
    /** Kept until the person asks for it to be deleted (applications without accounts). */
    UNTIL_DELETION_REQUEST
  }

  public static final DataRetention TRANSIENT =
      new DataRetention(Kind.TRANSIENT, "transient", "Not stored", Period.ZERO, Duration.ZERO);
  public static final DataRetention SESSION =
      new DataRetention(Kind.SESSION, "session", "Until the end of your session", Period.ZERO, Duration.ZERO);
  public static final DataRetention UNTIL_ACCOUNT_DELETION = new DataRetention(
      Kind.UNTIL_ACCOUNT_DELETION, "until-account-deletion", "Until you delete your account", Period.ZERO, Duration.ZERO);
  public static final DataRetention UNTIL_DELETION_REQUEST = new DataRetention(
      Kind.UNTIL_DELETION_REQUEST, "until-deletion-request", "Until you ask us to delete it", Period.ZERO, Duration.ZERO);

  public DataRetention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * The retention a declared value stands for, with the text the inventory gives it: a keyword, or
   * an ISO-8601 duration split at its {@code T} into the date and the time part.
   *
   * @throws IllegalArgumentException when the value is neither (the processor never writes one)
   */
  public static DataRetention of(String value, String text) {
    switch (value) {
      case "transient":
        return TRANSIENT;
      case "session":
        return SESSION;
      case "until-account-deletion":
        return UNTIL_ACCOUNT_DELETION;
      case "until-deletion-request":
        return UNTIL_DELETION_REQUEST;
      default:
        try {
          int t = value.indexOf('T');
          Period period = t < 0 ? Period.parse(value) : t == 1 ? Period.ZERO : Period.parse(value.substring(0, t));
          Duration duration = t < 0 ? Duration.ZERO : Duration.parse("P" + value.substring(t));
          return finite(value, text, period, duration);
        } catch (RuntimeException notIso) {
          throw new IllegalArgumentException("not a datasafety retention: " + value, notIso);
        }
    }
  }

  /** A finite retention, as generated code declares it. */
  public static DataRetention finite(String value, String text, Period period, Duration duration) {
    return new DataRetention(Kind.FINITE, value, text, period, duration);
  }

  public boolean isFinite() {
    return kind == Kind.FINITE;
  }

  /**
   * When data stored at {@code storedAt} must be gone; empty for keyword retentions, whose end
   * is an event (the end of the request, of the session, the account's deletion), not a date.
   * Calendar arithmetic is done in UTC.
   */
  public Optional<Instant> expiresAt(Instant storedAt) {
    if (!isFinite()) {
      return Optional.empty();
    }
    return Optional.of(storedAt.atOffset(ZoneOffset.UTC).plus(period).plus(duration).toInstant());
  }

  /** Whether data stored at {@code storedAt} is past its retention at {@code now}. */
  public boolean isExpired(Instant storedAt, Instant now) {
    return expiresAt(storedAt).map(end -> !now.isBefore(end)).orElse(false);
  }

  /** The latest time at which data stored is still within its retention at {@code now}: {@code now - retention}. */
  public Optional<Instant> oldestKeptAt(Instant now) {
    if (!isFinite()) {
      return Optional.empty();
    }
    return Optional.of(now.atOffset(ZoneOffset.UTC).minus(duration).minus(period).toInstant());
  }
}
