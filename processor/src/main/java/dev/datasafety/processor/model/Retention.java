package dev.datasafety.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed retention (SPEC §5): one of four keywords or a positive ISO-8601 duration. Durations
 * are compared by their longest possible length (a month counts 31 days, a year 366).
 */
public sealed interface Retention extends Comparable<Retention> {

  String TRANSIENT = "transient";
  String SESSION = "session";
  String UNTIL_ACCOUNT_DELETION = "until-account-deletion";
  String UNTIL_DELETION_REQUEST = "until-deletion-request";

  /** The value as written in the inventory ({@code P30D}, {@code session}). */
  String value();

  /** English text for users ("30 days", "Until you delete your account"). */
  String text();

  /**
   * Rank in the order {@code transient < session < duration < until-account-deletion =
   * until-deletion-request}.
   */
  int rank();

  /** Longest possible length in seconds; 0 for keywords. Orders durations of the same rank. */
  long maxSeconds();

  @Override
  default int compareTo(Retention other) {
    int byRank = Integer.compare(rank(), other.rank());
    return byRank != 0 ? byRank : Long.compare(maxSeconds(), other.maxSeconds());
  }

  default boolean isLongerThan(Retention other) {
    return compareTo(other) > 0;
  }

  /** A keyword retention. */
  record Keyword(String value, String text, int rank) implements Retention {
    @Override
    public long maxSeconds() {
      return 0;
    }
  }

  /** A finite ISO-8601 duration, with the units as written so that its text reads as written. */
  record Finite(String value, List<Part> parts, long maxSeconds) implements Retention {
    @Override
    public int rank() {
      return 2;
    }

    @Override
    public String text() {
      List<String> words = new ArrayList<>();
      for (Part part : parts) {
        words.add(part.amount() + " " + (part.amount() == 1 ? part.unit().singular : part.unit().plural));
      }
      if (words.size() == 1) {
        return words.get(0);
      }
      return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
  }

  /** One written component of a duration: {@code 6M} is six months. */
  record Part(long amount, Unit unit) {}

  /** Duration units, with the length used to compare durations (the longest possible). */
  enum Unit {
    YEAR("year", "years", 366L * 86_400),
    MONTH("month", "months", 31L * 86_400),
    WEEK("week", "weeks", 7L * 86_400),
    DAY("day", "days", 86_400),
    HOUR("hour", "hours", 3_600),
    MINUTE("minute", "minutes", 60),
    SECOND("second", "seconds", 1);

    final String singular;
    final String plural;
    final long seconds;

    Unit(String singular, String plural, long seconds) {
      this.singular = singular;
      this.plural = plural;
      this.seconds = seconds;
    }
  }

  Keyword TRANSIENT_RETENTION = new Keyword(TRANSIENT, "Not stored", 0);
  Keyword SESSION_RETENTION = new Keyword(SESSION, "Until the end of your session", 1);
  Keyword ACCOUNT_RETENTION = new Keyword(UNTIL_ACCOUNT_DELETION, "Until you delete your account", 3);
  Keyword DELETION_REQUEST_RETENTION = new Keyword(UNTIL_DELETION_REQUEST, "Until you ask us to delete it", 3);

  /** Groups: years, months, weeks, days, then after T hours, minutes, seconds. Whole numbers only. */
  Pattern ISO_DURATION = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

  /** The result of parsing: a retention, or why the text is not one. */
  record Parsed(Optional<Retention> retention, String problem) {
    static Parsed ok(Retention retention) {
      return new Parsed(Optional.of(retention), "");
    }

    static Parsed error(String problem) {
      return new Parsed(Optional.empty(), problem);
    }
  }

  /** Parses a retention; never throws. */
  static Parsed parse(String text) {
    return text == null ? Parsed.error("it is empty") : ParsedRetentions.parse(text);
  }

  /** {@link #parse} without the memo of {@link ParsedRetentions}. */
  static Parsed parseText(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.error("it is empty");
    }
    String trimmed = text.strip();
    switch (trimmed) {
      case TRANSIENT:
        return Parsed.ok(TRANSIENT_RETENTION);
      case SESSION:
        return Parsed.ok(SESSION_RETENTION);
      case UNTIL_ACCOUNT_DELETION:
        return Parsed.ok(ACCOUNT_RETENTION);
      case UNTIL_DELETION_REQUEST:
        return Parsed.ok(DELETION_REQUEST_RETENTION);
      default:
        return parseDuration(trimmed);
    }
  }

  /** Parses a finite ISO-8601 duration only (the form options such as maxRetention take). */
  static Parsed parseDuration(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.error("it is empty");
    }
    String trimmed = text.strip();
    Matcher m = ISO_DURATION.matcher(trimmed.toUpperCase(Locale.ROOT));
    if (!m.matches() || trimmed.equalsIgnoreCase("P") || trimmed.toUpperCase(Locale.ROOT).endsWith("T")) {
      if (trimmed.startsWith("-") || trimmed.contains("-")) {
        return Parsed.error("it is negative");
      }
      if (trimmed.contains(".") || trimmed.contains(",")) {
        return Parsed.error("fractions are not supported; use a smaller unit (PT36H rather than P1.5D)");
      }
      return Parsed.error("it is neither a keyword nor an ISO-8601 duration");
    }
    Unit[] units = Unit.values();
    List<Part> parts = new ArrayList<>();
    long total = 0;
    try {
      for (int group = 1; group <= units.length; group++) {
        String digits = m.group(group);
        if (digits == null) {
          continue;
        }
        long amount = Long.parseLong(digits);
        if (amount == 0) {
          continue;
        }
        parts.add(new Part(amount, units[group - 1]));
        total = Math.addExact(total, Math.multiplyExact(amount, units[group - 1].seconds));
      }
    } catch (ArithmeticException | NumberFormatException tooLarge) {
      return Parsed.error("it is too long to represent");
    }
    if (parts.isEmpty()) {
      return Parsed.error("it is zero");
    }
    return Parsed.ok(new Finite(trimmed.toUpperCase(Locale.ROOT), List.copyOf(parts), total));
  }
}
