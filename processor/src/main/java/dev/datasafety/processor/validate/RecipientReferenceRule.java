package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;

/** undeclared-recipient: every recipient a datum names must be declared, here or in a dependency. */
final class RecipientReferenceRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    Registry<?> recipients = subject.catalog().recipients();
    for (Resolved<String> id : d.recipients().value()) {
      if (recipients.find(id.value()).isEmpty()) {
        reporter.report(subject.catalog().mayMissNamedModules() ? Message.UNDECLARED_RECIPIENT_ON_CLASS_PATH : Message.UNDECLARED_RECIPIENT,
            id.where(), id.value(), d.describe(),
            Suggestions.didYouMean(recipients.closestTo(id.value(), Suggestions.LIMIT)), id.value());
      }
    }
  }
}
