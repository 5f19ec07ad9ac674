package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.Retention;
import java.util.Optional;

/**
 * experiment-rule for data: data of an experimental purpose is not sensitive, is kept for a
 * bounded time no longer than experimentMaxRetention, and serves no other purpose.
 */
final class ExperimentRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    Optional<String> experiment = d.purposeIds().stream()
        .filter(id -> subject.purposes().find(id).map(PurposeDeclaration::info).map(p -> p.experimental()).orElse(false))
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
    if (d.purposeIds().size() > 1) {
      reporter.report(Message.EXPERIMENT_RULE, d.purposes().where(), which
          + " and also other purposes " + d.purposeIds() + ". Experiment data must not be combined with other"
          + " uses: collect a separate datum for the experiment.");
    }
  }
}
