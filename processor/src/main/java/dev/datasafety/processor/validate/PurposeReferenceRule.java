package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import java.util.List;
import java.util.stream.Collectors;

/** undeclared-purpose: every purpose a datum names must be declared, here or in a dependency. */
final class PurposeReferenceRule implements DatumRule {
  private static final int SUGGESTIONS = 3;

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    if (!d.purposes().isPresent()) {
      return;
    }
    for (Resolved<String> id : d.purposes().value()) {
      if (subject.purposes().find(id.value()).isPresent()) {
        continue;
      }
      List<String> near = subject.purposes().closestTo(id.value(), SUGGESTIONS);
      String didYouMean = near.isEmpty()
          ? ""
          : " Did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + "?";
      reporter.report(Message.UNDECLARED_PURPOSE, id.where(), id.value(), d.describe(), didYouMean, id.value());
    }
  }
}
