package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.Retention;

/** invalid-retention and retention-too-long: retention is parsed and bounded. */
final class RetentionRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    if (!d.retention().isPresent()) {
      return; // missing-retention, reported by RequiredElementsRule
    }
    if (subject.retention().isEmpty()) {
      reporter.report(Message.INVALID_RETENTION, d.retention().where(), d.retention().value(), d.describe(),
          Retention.parse(d.retention().value()).problem());
      return;
    }
    Retention retention = subject.retention().get();
    subject.options().maxRetention().ifPresent(max -> {
      if (retention instanceof Retention.Finite && retention.isLongerThan(max)) {
        reporter.report(Message.RETENTION_TOO_LONG, d.retention().where(), retention.value(), retention.text(),
            d.describe(), max.value());
      }
    });
  }
}
