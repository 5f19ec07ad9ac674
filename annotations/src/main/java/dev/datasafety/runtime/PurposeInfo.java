package dev.datasafety.runtime;

import dev.datasafety.Choice;

/**
 * A declared purpose, as the inventory shows it.
 *
 * @param id the stable id ({@code sync}, {@code ads.measurement})
 * @param title the short user-facing heading
 * @param description what the data is used for, in plain words
 * @param userBenefit the direct benefit the user gets
 * @param choice whether the user can refuse it
 * @param experimental whether it is an experiment
 */
public record PurposeInfo(
    String id, String title, String description, String userBenefit, Choice choice, boolean experimental) {

  /** Whether the user may refuse this purpose (opt-out or opt-in). */
  public boolean isOptional() {
    return choice != Choice.REQUIRED;
  }
}
