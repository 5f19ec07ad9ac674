package dev.datasafety;

/** Whether a datum singles out a person or describes one. */
public enum DataKind {
  /** Singles out a person: email, account id, device id. */
  IDENTIFIER,
  /** A characteristic of a person: browsing habits, language. */
  ATTRIBUTE
}
