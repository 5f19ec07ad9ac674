package dev.datasafety.processor.changes;

/**
 * The facts the comparison compares, per subject, in the order the report lists changes of one
 * effect. {@link #key()} is the name the JSON report uses: the inventory's field name, dotted for
 * a fact of a datum's purpose or recipient.
 */
public enum Fact {
  // A datum.
  DATUM("datum"),
  PURPOSES("purposes"),
  PURPOSE_CHOICE("purposes.choice"),
  PURPOSE_EXPERIMENTAL("purposes.experimental"),
  RETENTION("retention"),
  SERVER_VISIBLE("serverVisible"),
  KIND("kind"),
  FORM("form"),
  SENSITIVE("sensitive"),
  CATEGORY("category"),
  RECIPIENTS("recipients"),
  RECIPIENT_ROLE("recipients.role"),
  NAME("name"),
  DESCRIPTION("description"),
  GROUP("source.group"),
  REVIEWS("reviews"),
  // A purpose.
  PURPOSE("purpose"),
  CHOICE("choice"),
  EXPERIMENTAL("experimental"),
  TITLE("title"),
  PURPOSE_DESCRIPTION("description"),
  USER_BENEFIT("userBenefit"),
  PURPOSE_CATEGORY("category"),
  LEGAL_BASIS("legalBasis"),
  EXPIRES("expires"),
  // A recipient.
  RECIPIENT("recipient"),
  ROLE("role"),
  RECIPIENT_NAME("name"),
  COUNTRY("country"),
  DOMAINS("domains"),
  // The application.
  APPLICATION_NAME("application"),
  CONTROLLER("controller"),
  CONTROLLER_NAME("controller.name"),
  CONTACT("controller.contact"),
  DPO("controller.dpo"),
  PRIVACY_POLICY_URL("controller.privacyPolicyUrl"),
  ACCOUNT_DELETION_URL("controller.accountDeletionUrl"),
  DATA_DELETION_URL("controller.dataDeletionUrl"),
  ENCRYPTED_IN_TRANSIT("controller.encryptedInTransit");

  private final String key;

  Fact(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
