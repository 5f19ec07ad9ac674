package dev.datasafety;

/** What a recipient may do with the data it receives. */
public enum RecipientRole {
  /** Acts only on the application's behalf and instructions: hosting, email delivery, payment processing. */
  PROCESSOR,
  /** Uses the data for its own purposes (an ad network, a partner): sharing with it needs a review. */
  THIRD_PARTY
}
