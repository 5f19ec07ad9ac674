package dev.datasafety.processor.validate;

import dev.datasafety.Choice;
import dev.datasafety.processor.collect.ControllerDeclaration;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.RecipientDeclaration;
import java.util.Optional;

/** What data refers to, as checked: every visible purpose and recipient, and the controller when one is declared. */
public record Catalog(
    Registry<PurposeDeclaration> purposes,
    Registry<RecipientDeclaration> recipients,
    Optional<ControllerDeclaration> controller) {

  /** Whether the id names a visible purpose the user can refuse. */
  public boolean isOptional(String purposeId) {
    return purposes.find(purposeId).map(p -> p.info().choice() != Choice.REQUIRED).orElse(false);
  }
}
