package dev.datasafety;

/** The lawful basis of processing for a purpose (GDPR Art. 6(1)). */
public enum LegalBasis {
  /** Not said; exports that need it report {@code missing-export-data}. */
  UNSPECIFIED,
  /** Art. 6(1)(a): the person gave consent; they may withdraw it, so it cannot back a required purpose. */
  CONSENT,
  /** Art. 6(1)(b): needed to perform a contract with the person (the service they signed up for). */
  CONTRACT,
  /** Art. 6(1)(c): needed to comply with a legal obligation. */
  LEGAL_OBLIGATION,
  /** Art. 6(1)(d): needed to protect someone's life. */
  VITAL_INTERESTS,
  /** Art. 6(1)(e): a task in the public interest or in the exercise of official authority. */
  PUBLIC_TASK,
  /** Art. 6(1)(f): the legitimate interests of the controller or a third party, balanced against the person's. */
  LEGITIMATE_INTERESTS
}
