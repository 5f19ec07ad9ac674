package dev.datasafety;

/** The kind of purpose, as app-store forms ask for it (Google Play's and Apple's purpose lists). */
public enum PurposeCategory {
  /** Not said; exports that need it report {@code missing-export-data}. */
  UNSPECIFIED,
  /** Features of the application the user asked for. */
  APP_FUNCTIONALITY,
  /** Setting up and managing the user's account. */
  ACCOUNT_MANAGEMENT,
  /** Measuring how the application is used. */
  ANALYTICS,
  /** Messages from the developer to the user: news, updates, offers. */
  DEVELOPER_COMMUNICATIONS,
  /** Fraud prevention, security and compliance. */
  SECURITY,
  /** Recommendations and content chosen for the user. */
  PERSONALIZATION,
  /** The application's own advertising or marketing. */
  ADVERTISING,
  /** Advertising by or with third parties, including tracking across other companies' apps and sites. */
  THIRD_PARTY_ADVERTISING,
  /** None of the above. */
  OTHER
}
