package dev.datasafety.processor.validate;

import dev.datasafety.Choice;
import dev.datasafety.LegalBasis;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.PurposeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks {@code @Purpose} declarations (invalid-purpose, duplicate-purpose, consent as the basis of
 * a required purpose, and the experiment-rules of a purpose: opt-in, with an end date not yet
 * passed) and builds the registry of visible purposes.
 */
public final class PurposeRules {
  private static final String SEGMENT = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
  /** The syntax of purpose ids, shared by recipient ids. */
  static final Pattern ID = Pattern.compile(SEGMENT + "(\\." + SEGMENT + ")*");

  private PurposeRules() {}

  /**
   * Source declarations are checked and registered first (they are the ones a message can point
   * at), then dependency declarations. Invalid declarations are still registered, so data that
   * names them is not reported a second time as undeclared.
   */
  public static Registry<PurposeDeclaration> check(
      List<PurposeDeclaration> fromSources, List<PurposeDeclaration> fromDependencies, Supplier<LocalDate> today,
      Reporter reporter) {
    return CatalogRules.register(fromSources, fromDependencies, d -> checkContent(d, today, reporter),
        Message.DUPLICATE_PURPOSE, reporter);
  }

  private static void checkContent(PurposeDeclaration d, Supplier<LocalDate> today, Reporter reporter) {
    PurposeInfo p = d.info();
    if (d.written("id") && !ID.matcher(p.id()).matches()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("id"), p.id(),
          "the id must be lower-case words joined by '-', optionally in dot-separated segments,"
              + " such as \"sync\" or \"ads.measurement\"");
    }
    if (d.written("description") && p.description().isBlank()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("description"), p.id(),
          "the description is blank; say in plain words what the data is used for");
    }
    if (d.written("userBenefit") && p.userBenefit().isBlank()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("userBenefit"), p.id(),
          "the userBenefit is blank; say what direct benefit the user gets from this purpose");
    }
    if (d.written("title") && p.title().isBlank()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("title"), p.id(),
          "the title is blank; leave it out to derive one from the id, or write a short heading");
    }
    boolean expiresWritten = !d.expiresText().isBlank();
    if (expiresWritten && p.expires().isEmpty()) {
      reporter.report(Message.INVALID_PURPOSE_EXPIRES, d.at("expires"), p.id(), d.expiresText());
    }
    if (p.legalBasis() == LegalBasis.CONSENT && p.choice() == Choice.REQUIRED) {
      reporter.report(Message.CONSENT_FOR_REQUIRED_PURPOSE, d.at("legalBasis"), p.id());
    }
    if (!p.experimental()) {
      return;
    }
    if (p.choice() != Choice.OPT_IN) {
      reporter.report(Message.EXPERIMENT_NOT_OPT_IN, d.at("choice"), p.id(), p.choice());
    }
    if (!expiresWritten) {
      reporter.report(Message.EXPERIMENT_WITHOUT_EXPIRES, d.at("experimental"), p.id());
    }
    p.expires().filter(expires -> today.get().isAfter(expires)).ifPresent(ended ->
        reporter.report(Message.EXPERIMENT_EXPIRED, d.at("expires"), p.id(), ended, today.get()));
  }
}
