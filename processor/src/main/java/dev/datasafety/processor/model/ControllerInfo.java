package dev.datasafety.processor.model;

import java.util.Optional;

/** The declared {@code @DataController}: who is responsible for the data, and the facts store forms ask for. */
public record ControllerInfo(
    String name,
    String contact,
    Optional<String> dpo,
    Optional<String> privacyPolicyUrl,
    Optional<String> accountDeletionUrl,
    Optional<String> dataDeletionUrl,
    boolean encryptedInTransit) {}
