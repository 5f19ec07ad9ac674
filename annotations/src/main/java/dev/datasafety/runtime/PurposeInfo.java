package dev.datasafety.runtime;

import dev.datasafety.Choice;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A declared purpose, as the inventory shows it.
 *
 * @param id the stable id ({@code sync}, {@code ads.measurement})
 * @param title the short user-facing heading
 * @param description what the data is used for, in plain words
 * @param userBenefit the direct benefit the user gets
 * @param choice whether the user can refuse it
 * @param experimental whether it is an experiment
 * @param category the kind of purpose store forms ask for; {@code UNSPECIFIED} when not declared
 * @param legalBasis the lawful basis of the processing; {@code UNSPECIFIED} when not declared
 * @param expires the day collection for this purpose ends (experiments), when declared
 */
public record PurposeInfo(
    String id,
    String title,
    String description,
    String userBenefit,
    Choice choice,
    boolean experimental,
    PurposeCategory category,
    LegalBasis legalBasis,
    Optional<LocalDate> expires) {

  /** A purpose that declares neither category, legal basis nor end date. */
  public PurposeInfo(String id, String title, String description, String userBenefit, Choice choice,
      boolean experimental) {
    this(id, title, description, userBenefit, choice, experimental, PurposeCategory.UNSPECIFIED,
        LegalBasis.UNSPECIFIED, Optional.empty());
  }

  /** Whether the user may refuse this purpose (opt-out or opt-in). */
  public boolean isOptional() {
    return choice != Choice.REQUIRED;
  }
}
