package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;

/** missing-purpose, missing-retention, missing-description, missing-kind: nothing collected "just in case". */
final class RequiredElementsRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    Position onMember = Position.of(d.member(), d.annotation());
    if (!d.purposes().isPresent() || d.purposes().value().isEmpty()) {
      reporter.report(Message.MISSING_PURPOSE, d.purposes().written() ? d.purposes().where() : onMember, d.describe());
    }
    if (!d.retention().isPresent()) {
      reporter.report(Message.MISSING_RETENTION, onMember, d.describe());
    }
    if (!d.description().isPresent() || d.description().value().isBlank()) {
      reporter.report(Message.MISSING_DESCRIPTION, d.description().written() ? d.description().where() : onMember,
          d.describe());
    }
    if (!d.kind().isPresent()) {
      reporter.report(Message.MISSING_KIND, onMember, d.describe());
    }
  }
}
