package dev.datasafety.processor.model;

import dev.datasafety.Choice;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A declared purpose as the inventory shows it. {@code category} and {@code legalBasis} are
 * {@code UNSPECIFIED} when not declared; {@code expires} is the date collection ends, when declared.
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

  /** A purpose with none of the facts version 2 of the format added (what a v1 document holds). */
  public static PurposeInfo of(
      String id, String title, String description, String userBenefit, Choice choice, boolean experimental) {
    return new PurposeInfo(id, title, description, userBenefit, choice, experimental,
        PurposeCategory.UNSPECIFIED, LegalBasis.UNSPECIFIED, Optional.empty());
  }
}
