package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.Retention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

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
    String purpose = experiment.get();
    if (Boolean.TRUE.equals(d.sensitive().value())) {
      reporter.report(Message.EXPERIMENT_SENSITIVE, d.sensitive().where(), d.describe(), purpose);
    }
    subject.retention().ifPresent(retention -> {
      String maximum = subject.options().experimentMaxRetention().value();
      if (!(retention instanceof Retention.Finite)) {
        reporter.report(Message.EXPERIMENT_UNBOUNDED, d.retention().where(), d.describe(), purpose, retention.value(),
            maximum);
      } else if (retention.isLongerThan(subject.options().experimentMaxRetention())) {
        reporter.report(Message.EXPERIMENT_TOO_LONG, d.retention().where(), d.describe(), purpose, retention.text(),
            maximum);
      }
    });
    Supplier<LocalDate> today = subject.options().today();
    for (Resolved<String> id : d.purposes().value()) {
      subject.catalog().purposes().find(id.value())
          .filter(p -> p.source().isEmpty() && p.info().experimental())
          .ifPresent(p -> p.info().expires().filter(expires -> today.get().isAfter(expires)).ifPresent(ended ->
              reporter.report(Message.EXPERIMENT_DATA_EXPIRED, id.where(), d.describe(), p.id(), p.origin(), ended,
                  today.get())));
    }
    if (d.purposeIds().stream().distinct().count() > 1) {
      reporter.report(Message.EXPERIMENT_COMBINED, d.purposes().where(), d.describe(), purpose, d.purposeIds());
    }
  }

  /** Whether the id names a visible experimental purpose. */
  static boolean isExperimental(Catalog catalog, String purposeId) {
    return catalog.purposes().find(purposeId).map(PurposeDeclaration::info).map(p -> p.experimental()).orElse(false);
  }
}
