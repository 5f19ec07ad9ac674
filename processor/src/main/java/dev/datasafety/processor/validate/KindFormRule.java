package dev.datasafety.processor.validate;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;

/** contradiction: an identifier cannot be aggregated or anonymized, since it singles out a person. */
final class KindFormRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    DataForm form = d.form().value();
    if (d.kind().value() == DataKind.IDENTIFIER && (form == DataForm.AGGREGATED || form == DataForm.ANONYMIZED)) {
      reporter.report(Message.CONTRADICTION_IDENTIFIER_FORM, d.form().where(), d.describe(), form);
    }
  }
}
