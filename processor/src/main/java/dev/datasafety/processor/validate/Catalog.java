package dev.datasafety.processor.validate;

import dev.datasafety.Choice;
import dev.datasafety.processor.collect.ControllerDeclaration;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.RecipientDeclaration;
import java.util.Optional;

/**
 * What data refers to, as checked: every visible purpose and recipient, the controller when one is
 * declared, and whether a named-module dependency may hold declarations this build does not read
 * (on the class path a named module's declarations are visible only when the build names the
 * module, which a reference that resolves to nothing then tells the user).
 */
public record Catalog(
    Registry<PurposeDeclaration> purposes,
    Registry<RecipientDeclaration> recipients,
    Optional<ControllerDeclaration> controller,
    boolean mayMissNamedModules) {

  /** Whether the id names a visible purpose the user can refuse. */
  public boolean isOptional(String purposeId) {
    return purposes.find(purposeId).map(p -> p.info().choice() != Choice.REQUIRED).orElse(false);
  }
}
