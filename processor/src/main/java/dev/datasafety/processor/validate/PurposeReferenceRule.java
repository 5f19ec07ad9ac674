package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;

/** undeclared-purpose: every purpose a datum names must be declared, here or in a dependency. */
final class PurposeReferenceRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    if (!d.purposes().isPresent()) {
      return;
    }
    Registry<?> purposes = subject.catalog().purposes();
    for (Resolved<String> id : d.purposes().value()) {
      if (purposes.find(id.value()).isEmpty()) {
        reporter.report(subject.catalog().mayMissNamedModules() ? Message.UNDECLARED_PURPOSE_ON_CLASS_PATH : Message.UNDECLARED_PURPOSE,
            id.where(), id.value(), d.describe(),
            Suggestions.didYouMean(purposes.closestTo(id.value(), Suggestions.LIMIT)), id.value());
      }
    }
  }
}
