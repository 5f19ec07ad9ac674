package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.Retention;
import java.time.LocalDate;
import java.util.Optional;

/**
 * experiment-rule for data: data of an experimental purpose is not sensitive, is kept for a
 * bounded time no longer than experimentMaxRetention, serves no other purpose, and is not
 * collected for an experiment of a dependency that has ended (this module's own experiments are
 * reported on their {@code @Purpose}).
 */
final class ExperimentRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    Optional<String> experiment = d.purposeIds().stream()
        .filter(id -> isExperimental(subject.catalog(), id))
        .findFirst();
    if (experiment.isEmpty()) {
      return;
    }
    String which = d.describe() + " serves the experimental purpose '" + experiment.get() + "'";
    if (Boolean.TRUE.equals(d.sensitive().value())) {
      reporter.report(Message.EXPERIMENT_RULE, d.sensitive().where(), which
          + " but is sensitive. Experiments must not use special-category data: remove it from the experiment.");
    }
    subject.retention().ifPresent(retention -> {
      if (!(retention instanceof Retention.Finite)) {
        reporter.report(Message.EXPERIMENT_RULE, d.retention().where(), which + " but its retention \""
            + retention.value() + "\" is not time-limited. Give it an ISO-8601 duration no longer than "
            + subject.options().experimentMaxRetention().value() + ".");
      } else if (retention.isLongerThan(subject.options().experimentMaxRetention())) {
        reporter.report(Message.EXPERIMENT_RULE, d.retention().where(), which + " but is kept for "
            + retention.text() + ", longer than the experiment maximum "
            + subject.options().experimentMaxRetention().value()
            + " (-Adatasafety.experimentMaxRetention). Shorten the retention.");
      }
    });
    LocalDate today = subject.options().today();
    for (Resolved<String> id : d.purposes().value()) {
      subject.catalog().purposes().find(id.value())
          .filter(p -> p.source().isEmpty() && p.info().experimental())
          .ifPresent(p -> p.info().expires().filter(today::isAfter).ifPresent(ended ->
              reporter.report(Message.EXPERIMENT_DATA_EXPIRED, id.where(), d.describe(), p.id(), p.origin(), ended,
                  today)));
    }
    if (d.purposeIds().size() > 1) {
      reporter.report(Message.EXPERIMENT_RULE, d.purposes().where(), which
          + " and also other purposes " + d.purposeIds() + ". Experiment data must not be combined with other"
          + " uses: collect a separate datum for the experiment.");
    }
  }

  /** Whether the id names a visible experimental purpose. */
  static boolean isExperimental(Catalog catalog, String purposeId) {
    return catalog.purposes().find(purposeId).map(PurposeDeclaration::info).map(p -> p.experimental()).orElse(false);
  }
}
