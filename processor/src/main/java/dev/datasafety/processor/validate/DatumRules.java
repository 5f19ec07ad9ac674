package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.Retention;
import dev.datasafety.processor.options.ProcessorOptions;
import java.util.List;
import java.util.Optional;

/** Runs every rule on each declared datum, in a fixed order so that messages come in a stable order. */
public final class DatumRules {
  private static final List<DatumRule> RULES = List.of(
      new RequiredElementsRule(),
      new PurposeReferenceRule(),
      new RecipientReferenceRule(),
      new CategoryRule(),
      new RetentionRule(),
      new KindFormRule(),
      new ReviewRule(),
      new ExperimentRule());

  private DatumRules() {}

  /** Runs every rule; returns the datum's parsed retention (parsed once), when valid. */
  public static Optional<Retention> check(DatumDeclaration datum, Catalog catalog, ProcessorOptions options,
      Reporter reporter) {
    DatumRule.Subject subject = new DatumRule.Subject(datum, retentionOf(datum), catalog, options);
    for (DatumRule rule : RULES) {
      rule.check(subject, reporter);
    }
    return subject.retention();
  }

  /** The parsed retention, when one was written and is valid. */
  public static Optional<Retention> retentionOf(DatumDeclaration datum) {
    return datum.retention().isPresent() ? Retention.parse(datum.retention().value()).retention() : Optional.empty();
  }
}
