package dev.datasafety.processor.options;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The date {@code expires} is compared with: {@code -Adatasafety.today} when given (reproducible
 * builds and tests pin it), else the build's date, read from the clock once and only when a purpose
 * has an expiry to compare (the system time zone's rules are a start-up cost most builds need not pay).
 */
public final class BuildDate implements Supplier<LocalDate> {
  private final Optional<LocalDate> fixed;
  private LocalDate today;

  public BuildDate(Optional<LocalDate> fixed) {
    this.fixed = fixed;
  }

  /** The same date for the whole compilation, even one that runs past midnight. */
  @Override
  public LocalDate get() {
    if (today == null) {
      today = fixed.orElseGet(LocalDate::now);
    }
    return today;
  }

  @Override
  public String toString() {
    return fixed.map(LocalDate::toString).orElse("the build's date");
  }
}
