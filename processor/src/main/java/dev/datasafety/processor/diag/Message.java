package dev.datasafety.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every message a user can see, with its stable key (SPEC §6). Each text says what is wrong and
 * how to fix it; {@link Reporter} adds the {@code [datasafety:KEY]} prefix and, for warnings,
 * the way to suppress them.
 */
public enum Message {
  UNDECLARED_PURPOSE(Diagnostic.Kind.ERROR, "undeclared-purpose",
      "Purpose '%s' of %s is not declared anywhere visible.%s Declare it with @Purpose(id = \"%s\","
          + " description = \"...\", userBenefit = \"...\") on a type or package of this module or of a"
          + " dependency on the class path or module path, or use a declared id."),
  UNDECLARED_RECIPIENT(Diagnostic.Kind.ERROR, "undeclared-recipient",
      "Recipient '%s' of %s is not declared anywhere visible.%s Declare it with @Recipient(id = \"%s\","
          + " name = \"...\", role = RecipientRole.PROCESSOR) on a type or package of this module or of a"
          + " dependency on the class path or module path, or use a declared id."),
  // A build on the class path finds a named module's declarations only when the module is listed.
  UNDECLARED_PURPOSE_ON_CLASS_PATH(Diagnostic.Kind.ERROR, "undeclared-purpose",
      "Purpose '%s' of %s is not declared anywhere visible.%s Declare it with @Purpose(id = \"%s\","
          + " description = \"...\", userBenefit = \"...\") on a type or package of this module or of a"
          + " dependency, or use a declared id. If a dependency built as a named module (with a"
          + " module-info.java) declares it, name that module in -Adatasafety.dependencyModules: this build"
          + " is on the class path, where a named module's declarations are found only by the module's name."),
  UNDECLARED_RECIPIENT_ON_CLASS_PATH(Diagnostic.Kind.ERROR, "undeclared-recipient",
      "Recipient '%s' of %s is not declared anywhere visible.%s Declare it with @Recipient(id = \"%s\","
          + " name = \"...\", role = RecipientRole.PROCESSOR) on a type or package of this module or of a"
          + " dependency, or use a declared id. If a dependency built as a named module (with a"
          + " module-info.java) declares it, name that module in -Adatasafety.dependencyModules: this build"
          + " is on the class path, where a named module's declarations are found only by the module's name."),
  UNKNOWN_CATEGORY(Diagnostic.Kind.ERROR, "unknown-category",
      "Category \"%s\" of %s is not in the category vocabulary.%s Use one of the ids listed in"
          + " docs/categories.md, such as \"contact.email\", \"account.id\" or \"activity.app-interaction\"."),
  MISSING_PURPOSE(Diagnostic.Kind.ERROR, "missing-purpose",
      "%s declares no purpose. Add purposes = {\"...\"} naming at least one declared @Purpose, on the"
          + " member or on an enclosing @UserData type."),
  MISSING_RETENTION(Diagnostic.Kind.ERROR, "missing-retention",
      "%s has no retention. Add retention = \"P30D\" (an ISO-8601 duration), \"transient\", \"session\","
          + " \"until-account-deletion\" or \"until-deletion-request\", on the member or on an enclosing @UserData"
          + " type."),
  INVALID_RETENTION(Diagnostic.Kind.ERROR, "invalid-retention",
      "Retention \"%s\" of %s is not valid: %s. Use a positive ISO-8601 duration (P30D, P2W, P6M, P1Y,"
          + " PT12H), \"transient\", \"session\", \"until-account-deletion\" or \"until-deletion-request\"."),
  MISSING_DESCRIPTION(Diagnostic.Kind.ERROR, "missing-description",
      "%s has no description. Add description = \"...\" saying, in words the user understands, what"
          + " this datum is."),
  MISSING_KIND(Diagnostic.Kind.ERROR, "missing-kind",
      "%s does not say whether it singles out a person. Write kind = DataKind.IDENTIFIER (email,"
          + " account id, device id) or kind = DataKind.ATTRIBUTE (a characteristic) on the member or"
          + " on an enclosing @UserData type."),
  UNDECLARED_FIELD(Diagnostic.Kind.ERROR, "undeclared-field",
      "%s '%s' of @UserData type %s is not accounted for. Annotate it with @UserData(...) if it holds"
          + " personal data, or with @NotUserData(\"why it is not personal data\") if it does not."),
  INVALID_PURPOSE(Diagnostic.Kind.ERROR, "invalid-purpose", "Purpose '%s' is invalid: %s."),
  INVALID_PURPOSE_EXPIRES(Diagnostic.Kind.ERROR, "invalid-purpose",
      "Purpose '%s' has expires = \"%s\", which is not an ISO-8601 date. Write the day collection for"
          + " this purpose ends as YYYY-MM-DD, such as \"2027-03-31\"."),
  INVALID_RECIPIENT_ID(Diagnostic.Kind.ERROR, "invalid-recipient",
      "Recipient id '%s' is invalid: the id must be lower-case words joined by '-', optionally in"
          + " dot-separated segments, such as \"postmark\" or \"ads.partner\"."),
  INVALID_RECIPIENT_NAME(Diagnostic.Kind.ERROR, "invalid-recipient",
      "Recipient '%s' has a blank name. Say who it is in words users understand, such as"
          + " \"Postmark, our email delivery service\"."),
  INVALID_RECIPIENT_COUNTRY(Diagnostic.Kind.ERROR, "invalid-recipient",
      "Recipient '%s' has country = \"%s\", which is not an ISO 3166-1 alpha-2 code.%s Write the two"
          + " capital letters of the country where it processes the data, such as \"US\" or \"DE\", or"
          + " leave country out when it is not known."),
  DUPLICATE_PURPOSE(Diagnostic.Kind.ERROR, "duplicate-purpose",
      "Purpose '%s' is declared twice with different content: here and %s (differing in %s). Declare"
          + " each purpose once, in a shared catalog, or give both declarations the same content."),
  CONTRADICTION_TYPE_BOTH(Diagnostic.Kind.ERROR, "contradiction",
      "Type %s is annotated both @UserData and @NotUserData. Keep the one that is true."),
  CONTRADICTION_MEMBER_BOTH(Diagnostic.Kind.ERROR, "contradiction",
      "%s '%s' is annotated both @UserData and @NotUserData. Keep the one that is true."),
  CONTRADICTION_STATIC_FIELD(Diagnostic.Kind.ERROR, "contradiction",
      "Static field '%s' is annotated @UserData, but a static field is shared by all users and holds no one"
          + " user's data. Make it an instance field, or remove the annotation."),
  CONTRADICTION_BLANK_REASON(Diagnostic.Kind.ERROR, "contradiction",
      "@NotUserData on '%s' gives no reason. Say why it is not personal data, e.g."
          + " @NotUserData(\"server-generated sequence number\")."),
  CONTRADICTION_IDENTIFIER_FORM(Diagnostic.Kind.ERROR, "contradiction",
      "%s is an IDENTIFIER but its form is %s: an identifier singles out a person, so it cannot be aggregated"
          + " or anonymized. Declare it kind = DataKind.ATTRIBUTE if the stored value no longer identifies anyone,"
          + " or use form = DataForm.PSEUDONYMIZED or RAW."),
  DUPLICATE_RECIPIENT(Diagnostic.Kind.ERROR, "duplicate-recipient",
      "Recipient '%s' is declared twice with different content: here and %s (differing in %s). Declare"
          + " each recipient once, in a shared catalog, or give both declarations the same content."),
  DUPLICATE_CONTROLLER(Diagnostic.Kind.ERROR, "duplicate-controller",
      "This @DataController (%s) differs from the one of %s (differing in %s): an application has one"
          + " controller. Declare it once, in a shared catalog module, and remove the other."),
  SPECIAL_CATEGORY_NOT_SENSITIVE(Diagnostic.Kind.ERROR, "contradiction",
      "%s has the special category \"%s\" (%s) but is declared with sensitive = false. Special-category"
          + " data is sensitive: write sensitive = true, or choose the category that describes it."),
  CONSENT_FOR_REQUIRED_PURPOSE(Diagnostic.Kind.ERROR, "contradiction",
      "Purpose '%s' is REQUIRED but its legal basis is CONSENT. Consent can be refused and withdrawn, so"
          + " it cannot be the basis of a purpose the user cannot refuse: make the purpose"
          + " choice = Choice.OPT_IN, or name the basis it rests on (CONTRACT, LEGAL_OBLIGATION,"
          + " LEGITIMATE_INTERESTS)."),
  MISSING_REVIEW(Diagnostic.Kind.ERROR, "missing-review",
      "%s is visible to the server in %s form but names no review. Add reviews = {\"DSR-123\"} with the"
          + " data-safety review that approved it, or keep it off the server (serverVisible = false) or"
          + " store it AGGREGATED or ANONYMIZED."),
  MISSING_REVIEW_THIRD_PARTY(Diagnostic.Kind.ERROR, "missing-review",
      "%s is shared with '%s', a THIRD_PARTY recipient that uses it for its own purposes, but names no"
          + " review. Add reviews = {\"DSR-123\"} with the data-safety review that approved the sharing,"
          + " or stop sharing it."),
  RETENTION_TOO_LONG(Diagnostic.Kind.ERROR, "retention-too-long",
      "Retention \"%s\" (%s) of %s is longer than the maximum %s (-Adatasafety.maxRetention). Keep it"
          + " for a shorter time, or have the longer retention reviewed and the maximum raised."),
  EXPERIMENT_NOT_OPT_IN(Diagnostic.Kind.ERROR, "experiment-rule",
      "Purpose '%s' is experimental but its choice is %s. Experiments must be opt-in: write"
          + " choice = Choice.OPT_IN, or make it a regular purpose (experimental = false)."),
  EXPERIMENT_SENSITIVE(Diagnostic.Kind.ERROR, "experiment-rule",
      "%s serves the experimental purpose '%s' but is sensitive. Experiments must not use special-category"
          + " data: remove it from the experiment."),
  EXPERIMENT_UNBOUNDED(Diagnostic.Kind.ERROR, "experiment-rule",
      "%s serves the experimental purpose '%s' but its retention \"%s\" is not time-limited. Give it an"
          + " ISO-8601 duration no longer than %s."),
  EXPERIMENT_TOO_LONG(Diagnostic.Kind.ERROR, "experiment-rule",
      "%s serves the experimental purpose '%s' but is kept for %s, longer than the experiment maximum %s"
          + " (-Adatasafety.experimentMaxRetention). Shorten the retention."),
  EXPERIMENT_COMBINED(Diagnostic.Kind.ERROR, "experiment-rule",
      "%s serves the experimental purpose '%s' and also other purposes %s. Experiment data must not be"
          + " combined with other uses: collect a separate datum for the experiment."),
  EXPERIMENT_WITHOUT_EXPIRES(Diagnostic.Kind.ERROR, "experiment-rule",
      "Purpose '%s' is experimental but has no end date. Experiments are time-limited: add"
          + " expires = \"YYYY-MM-DD\", the day collection for the experiment ends."),
  EXPERIMENT_EXPIRED(Diagnostic.Kind.ERROR, "experiment-rule",
      "Purpose '%s' is an experiment that ended on %s (today is %s). Remove the experiment and delete its"
          + " data, or have a longer run reviewed and move expires."),
  EXPERIMENT_DATA_EXPIRED(Diagnostic.Kind.ERROR, "experiment-rule",
      "%s serves the experiment '%s' of %s, which ended on %s (today is %s). Stop collecting it for the"
          + " experiment: remove the purpose, or the datum."),
  EXPERIMENT_COMBINED_IN_TYPE(Diagnostic.Kind.ERROR, "experiment-rule",
      "%s serves the experiment '%s' but sits in %s beside data of other purposes (%s). Keep experiment"
          + " data in a @UserData type of its own, so that ending the experiment removes all of it."),
  BASELINE_CHANGE(Diagnostic.Kind.ERROR, "baseline-change",
      "%s: %s compared with the approved baseline %s. This change needs a data-safety review. This build"
          + " wrote the inventory it would ship to %s; once the change is approved, make it the baseline:"
          + " cp %s %s"),
  MISSING_EXPORT_DATA(Diagnostic.Kind.ERROR, "missing-export-data",
      "%s lacks %s, which %s (-Adatasafety.exports) cannot be written without. %s"),
  GENERATED_NAME_TAKEN(Diagnostic.Kind.ERROR, "generated-name-taken",
      "%s cannot be generated for %s: a class of that name is already part of this compilation. Rename"
          + " that class, or choose another name with %s."),
  INVALID_OPTION(Diagnostic.Kind.ERROR, "invalid-option", "Option -A%s=%s is invalid: %s."),
  INTERNAL_ERROR(Diagnostic.Kind.ERROR, "internal-error",
      "datasafety processor %s failed with an internal error; this is a bug in datasafety, please"
          + " report it with this message: %s"),
  // About a jar, not about code: reported on no element, so no @SuppressWarnings can reach it.
  UNREADABLE_DEPENDENCY(Diagnostic.Kind.WARNING, "unreadable-dependency",
      "The inventory of a dependency (%s) could not be read: %s. Its purposes and data are missing"
          + " from this inventory; rebuild that dependency with the same datasafety version.", false),
  UNLISTED_DEPENDENCY_MODULE(Diagnostic.Kind.WARNING, "unreadable-dependency",
      "The inventory of a dependency (module %s) was not read: it is a named module (with a"
          + " module-info.java) on the class path, where its declarations are found only by the module's"
          + " name. Its purposes and data are missing from this inventory; name it in the processor's"
          + " options: -Adatasafety.dependencyModules=%s.", false),
  UNDECLARED_PERSONAL_DATA(Diagnostic.Kind.WARNING, "undeclared-personal-data",
      "%s looks like %s but is not declared. Declare it with @UserData(category = \"%s\", ...) in a"
          + " @UserData type, or mark it @NotUserData(\"why it is not personal data\")."),
  POSSIBLY_SENSITIVE(Diagnostic.Kind.WARNING, "possibly-sensitive",
      "%s looks like special-category data (%s, category %s) but is declared with sensitive = false."
          + " Set sensitive = true if it is."),
  STATS(Diagnostic.Kind.NOTE, "stats", "rounds=%d elements=%d data=%d ms=%d cpu_ms=%d"),
  FIRST_RUN(Diagnostic.Kind.NOTE, "first-run",
      "datasafety checked the %d types of this compilation and found no field that looks like undeclared"
          + " personal data. Nothing is declared yet, so no inventory is written. To start, declare what"
          + " the data is for with @Purpose(id = \"...\", description = \"...\", userBenefit = \"...\")"
          + " and annotate the types and fields that hold personal data with @UserData (see the README's"
          + " quick start); -Adatasafety.undeclaredPersonalData=off turns the detector off.");

  private final Diagnostic.Kind kind;
  private final String key;
  private final String template;
  private final boolean suppressible;

  Message(Diagnostic.Kind kind, String key, String template) {
    this(kind, key, template, kind == Diagnostic.Kind.WARNING);
  }

  Message(Diagnostic.Kind kind, String key, String template, boolean suppressible) {
    this.kind = kind;
    this.key = key;
    this.template = template;
    this.suppressible = suppressible;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable key users see and suppress: {@code datasafety:KEY}. */
  public String key() {
    return key;
  }

  /** The sentence with its {@code %s} and {@code %d} placeholders. */
  String template() {
    return template;
  }

  /** Whether {@code @SuppressWarnings("datasafety:KEY")} silences it: warnings about code. */
  public boolean suppressible() {
    return suppressible;
  }

  /** The full text: prefix, message and, for warnings, how to suppress. */
  public String format(Object... args) {
    StringBuilder text = new StringBuilder(template.length() + 64).append("[datasafety:").append(key).append("] ");
    fill(template, args, text);
    if (suppressible()) {
      text.append(" Suppress with @SuppressWarnings(\"datasafety:").append(key).append("\").");
    }
    return text.toString();
  }

  /**
   * Appends {@code template} with its {@code %s} and {@code %d} filled in order, as
   * {@link String#format} does for the only two conversions the catalog uses. Not String.format
   * itself: its {@code Formatter} (locale data, regular expressions) is a fixed start-up cost of
   * every compilation that prints a diagnostic.
   */
  static void fill(String template, Object[] args, StringBuilder out) {
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      char conversion = i + 1 < template.length() ? template.charAt(i + 1) : 0;
      if (c != '%' || (conversion != 's' && conversion != 'd')) {
        out.append(c);
        continue;
      }
      if (next >= args.length) {
        throw new IllegalArgumentException("too few arguments for the template: " + template);
      }
      Object arg = args[next++];
      if (conversion == 'd' && !(arg instanceof Integer || arg instanceof Long || arg instanceof Short
          || arg instanceof Byte || arg instanceof java.math.BigInteger)) {
        throw new IllegalArgumentException("%d needs an integer, not " + arg);
      }
      out.append(arg);
      i++;
    }
  }
}
