package dev.datasafety.processor.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * ISO-8601 calendar dates in the extended form {@code YYYY-MM-DD} ({@code 2027-03-31}), the form
 * of {@code @Purpose(expires)} and {@code -Adatasafety.today}. Parsed by hand, not with
 * {@code LocalDate.parse}: its {@code DateTimeFormatter} is a fixed start-up cost of dozens of
 * classes in every compilation, for ten characters.
 */
public final class IsoDate {
  private IsoDate() {}

  /** The date, or empty for anything that is not a valid {@code YYYY-MM-DD} date (2027-02-30 is not). */
  public static Optional<LocalDate> parse(String text) {
    String date = text.strip();
    if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(date, 0, 4);
    int month = digits(date, 5, 7);
    int day = digits(date, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException notADay) {
      return Optional.empty();
    }
  }

  /** The number the ASCII digits from {@code start} to {@code end} spell, or -1 if one is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
