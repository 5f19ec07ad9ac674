package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.ControllerDeclaration;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.RecipientDeclaration;
import java.util.Optional;

/** What data refers to, as checked: every visible purpose and recipient, and the controller when one is declared. */
public record Catalog(
    Registry<PurposeDeclaration> purposes,
    Registry<RecipientDeclaration> recipients,
    Optional<ControllerDeclaration> controller) {}
