package dev.datasafety.runtime;

import java.util.Optional;

/**
 * Who is responsible for the data (the declared {@code @DataController}).
 *
 * @param name the controller's legal name
 * @param contact how people reach it about their data
 * @param dpo the data protection officer's contact, when appointed
 * @param privacyPolicyUrl the privacy policy, when declared
 * @param accountDeletionUrl where users ask for their account to be deleted, when declared
 * @param dataDeletionUrl where users ask for some of their data to be deleted, when declared
 * @param encryptedInTransit whether all data is encrypted in transit
 */
public record ControllerInfo(
    String name,
    String contact,
    Optional<String> dpo,
    Optional<String> privacyPolicyUrl,
    Optional<String> accountDeletionUrl,
    Optional<String> dataDeletionUrl,
    boolean encryptedInTransit) {}
