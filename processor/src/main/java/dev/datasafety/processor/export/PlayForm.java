package dev.datasafety.processor.export;

import dev.datasafety.PurposeCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The vocabulary of the Google Play Console Data safety form as its CSV template spells it: the
 * machine-readable question and response ids, the answer requirement of each question and the
 * console's English labels, in the order the console exports them.
 *
 * <p>Source: the template Play Console writes with "Export to CSV" (Policy, App content, Data
 * safety), which the "Import from CSV" button and the {@code androidpublisher}
 * {@code applications.dataSafety} endpoint ({@code safetyLabels}) read back; its format is described
 * at https://support.google.com/googleplay/android-developer/answer/10787469 ("Understand the CSV
 * format"). Import reads the ids; the labels are for people.
 */
final class PlayForm {
  private PlayForm() {}

  /** The header row, column by column. */
  static final List<String> HEADER = List.of("Question ID (machine readable)", "Response ID (machine readable)",
      "Response value", "Answer requirement", "Human-friendly question label");

  static final String COLLECTS_DATA = "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA";
  static final String ENCRYPTED_IN_TRANSIT = "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT";
  static final String ACCOUNT_DELETION_URL = "PSL_ACCOUNT_DELETION_URL";
  static final String DATA_DELETION = "PSL_SUPPORT_DATA_DELETION_BY_USER";
  static final String DATA_DELETION_URL = "PSL_DATA_DELETION_URL";

  /** The prefix of every question about one data type: {@code PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:...}. */
  static final String USAGE = "PSL_DATA_USAGE_RESPONSES";
  static final String COLLECTED_OR_SHARED = "PSL_DATA_USAGE_COLLECTION_AND_SHARING";
  static final String COLLECTED = "PSL_DATA_USAGE_ONLY_COLLECTED";
  static final String SHARED = "PSL_DATA_USAGE_ONLY_SHARED";
  static final String EPHEMERAL = "PSL_DATA_USAGE_EPHEMERAL";
  static final String USER_CONTROL = "DATA_USAGE_USER_CONTROL";
  static final String USER_CONTROL_OPTIONAL = "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL";
  static final String USER_CONTROL_REQUIRED = "PSL_DATA_USAGE_USER_CONTROL_REQUIRED";
  static final String COLLECTION_PURPOSE = "DATA_USAGE_COLLECTION_PURPOSE";
  static final String SHARING_PURPOSE = "DATA_USAGE_SHARING_PURPOSE";

  /** The "Answer requirement" column. */
  enum Requirement { REQUIRED, MAYBE_REQUIRED, OPTIONAL, SINGLE_CHOICE, MULTIPLE_CHOICE }

  /** The answers of the deletion question, a single choice. */
  enum Deletion {
    DATA_DELETION_YES("Yes"),
    DATA_DELETION_NO("No"),
    DATA_DELETION_NO_AUTO_DELETED("No, but user data is automatically deleted within 90 days");

    final String label;

    Deletion(String label) {
      this.label = label;
    }
  }

  /**
   * One data type of the form: the question of its category, its response id, and how
   * categories.json names it ("Category/Type", as the form's data-type list heads it).
   */
  enum DataType {
    NAME("PSL_DATA_TYPES_PERSONAL", "PSL_NAME", "Personal info", "Name"),
    EMAIL("PSL_DATA_TYPES_PERSONAL", "PSL_EMAIL", "Personal info", "Email address"),
    USER_IDS("PSL_DATA_TYPES_PERSONAL", "PSL_USER_ACCOUNT", "Personal info", "User IDs"),
    ADDRESS("PSL_DATA_TYPES_PERSONAL", "PSL_ADDRESS", "Personal info", "Address"),
    PHONE("PSL_DATA_TYPES_PERSONAL", "PSL_PHONE", "Personal info", "Phone number"),
    RACE_ETHNICITY("PSL_DATA_TYPES_PERSONAL", "PSL_RACE_ETHNICITY", "Personal info", "Race and ethnicity"),
    POLITICAL_RELIGIOUS("PSL_DATA_TYPES_PERSONAL", "PSL_POLITICAL_RELIGIOUS", "Personal info",
        "Political or religious beliefs"),
    SEXUAL_ORIENTATION("PSL_DATA_TYPES_PERSONAL", "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY", "Personal info",
        "Sexual orientation"),
    OTHER_PERSONAL("PSL_DATA_TYPES_PERSONAL", "PSL_OTHER_PERSONAL", "Personal info", "Other info"),
    PAYMENT("PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER", "Financial info", "User payment info"),
    PURCHASES("PSL_DATA_TYPES_FINANCIAL", "PSL_PURCHASE_HISTORY", "Financial info", "Purchase history"),
    CREDIT_SCORE("PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_SCORE", "Financial info", "Credit score"),
    OTHER_FINANCIAL("PSL_DATA_TYPES_FINANCIAL", "PSL_OTHER", "Financial info", "Other financial info"),
    APPROXIMATE_LOCATION("PSL_DATA_TYPES_LOCATION", "PSL_APPROX_LOCATION", "Location", "Approximate location"),
    PRECISE_LOCATION("PSL_DATA_TYPES_LOCATION", "PSL_PRECISE_LOCATION", "Location", "Precise location"),
    WEB_BROWSING("PSL_DATA_TYPES_SEARCH_AND_BROWSING", "PSL_WEB_BROWSING_HISTORY", "Web browsing",
        "Web browsing history"),
    EMAILS("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_EMAILS", "Messages", "Emails"),
    SMS("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_SMS_CALL_LOG", "Messages", "SMS or MMS"),
    OTHER_MESSAGES("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_OTHER_MESSAGES", "Messages", "Other in-app messages"),
    PHOTOS("PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_PHOTOS", "Photos and videos", "Photos"),
    VIDEOS("PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_VIDEOS", "Photos and videos", "Videos"),
    VOICE("PSL_DATA_TYPES_AUDIO", "PSL_AUDIO", "Audio files", "Voice or sound recordings"),
    MUSIC("PSL_DATA_TYPES_AUDIO", "PSL_MUSIC", "Audio files", "Music files"),
    OTHER_AUDIO("PSL_DATA_TYPES_AUDIO", "PSL_OTHER_AUDIO", "Audio files", "Other audio files"),
    HEALTH("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_HEALTH", "Health and fitness", "Health info"),
    FITNESS("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_FITNESS", "Health and fitness", "Fitness info"),
    CONTACTS("PSL_DATA_TYPES_CONTACTS", "PSL_CONTACTS", "Contacts", "Contacts"),
    CALENDAR("PSL_DATA_TYPES_CALENDAR", "PSL_CALENDAR", "Calendar", "Calendar events"),
    CRASH_LOGS("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_CRASH_LOGS", "App info and performance", "Crash logs"),
    DIAGNOSTICS("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_PERFORMANCE_DIAGNOSTICS", "App info and performance",
        "Diagnostics"),
    OTHER_PERFORMANCE("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_OTHER_PERFORMANCE", "App info and performance",
        "Other app performance data"),
    FILES("PSL_DATA_TYPES_FILES_AND_DOCS", "PSL_FILES_AND_DOCS", "Files and docs", "Files and docs"),
    APP_INTERACTIONS("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_INTERACTION", "App activity", "App interactions"),
    SEARCH_HISTORY("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_IN_APP_SEARCH_HISTORY", "App activity", "In-app search history"),
    INSTALLED_APPS("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_APPS_ON_DEVICE", "App activity", "Installed apps"),
    USER_CONTENT("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_GENERATED_CONTENT", "App activity",
        "Other user-generated content"),
    OTHER_ACTIONS("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_OTHER_APP_ACTIVITY", "App activity", "Other actions"),
    DEVICE_IDS("PSL_DATA_TYPES_IDENTIFIERS", "PSL_DEVICE_ID", "Device or other IDs", "Device or other IDs");

    final String question;
    final String response;
    final String category;
    final String type;

    DataType(String question, String response, String category, String type) {
      this.question = question;
      this.response = response;
      this.category = category;
      this.type = type;
    }

    /** How categories.json writes it: {@code Personal info/Email address}. */
    String mappingValue() {
      return category + "/" + type;
    }

    /** The type of a categories.json play value, if the form has it. */
    static Optional<DataType> ofMapping(String value) {
      return Arrays.stream(values()).filter(t -> t.mappingValue().equals(value)).findFirst();
    }
  }

  /** The purposes the form offers for collecting and for sharing a data type, in the console's order. */
  enum Purpose {
    APP_FUNCTIONALITY("PSL_APP_FUNCTIONALITY", "App functionality"),
    ANALYTICS("PSL_ANALYTICS", "Analytics"),
    DEVELOPER_COMMUNICATIONS("PSL_DEVELOPER_COMMUNICATIONS", "Developer communications"),
    FRAUD_PREVENTION_SECURITY("PSL_FRAUD_PREVENTION_SECURITY", "Fraud prevention, security, and compliance"),
    ADVERTISING("PSL_ADVERTISING", "Advertising or marketing"),
    PERSONALIZATION("PSL_PERSONALIZATION", "Personalization"),
    ACCOUNT_MANAGEMENT("PSL_ACCOUNT_MANAGEMENT", "Account management");

    final String response;
    final String label;

    Purpose(String response, String label) {
      this.response = response;
      this.label = label;
    }

    /**
     * The form's purpose for a declared purpose category; empty for {@code OTHER}, which the form
     * does not offer, and for {@code UNSPECIFIED}. The application's own advertising and third-party
     * advertising are both "Advertising or marketing": the form tells them apart by collected versus
     * shared, not by purpose.
     */
    static Optional<Purpose> of(PurposeCategory category) {
      switch (category) {
        case APP_FUNCTIONALITY:
          return Optional.of(APP_FUNCTIONALITY);
        case ACCOUNT_MANAGEMENT:
          return Optional.of(ACCOUNT_MANAGEMENT);
        case ANALYTICS:
          return Optional.of(ANALYTICS);
        case DEVELOPER_COMMUNICATIONS:
          return Optional.of(DEVELOPER_COMMUNICATIONS);
        case SECURITY:
          return Optional.of(FRAUD_PREVENTION_SECURITY);
        case PERSONALIZATION:
          return Optional.of(PERSONALIZATION);
        case ADVERTISING:
        case THIRD_PARTY_ADVERTISING:
          return Optional.of(ADVERTISING);
        default:
          return Optional.empty();
      }
    }
  }
}
