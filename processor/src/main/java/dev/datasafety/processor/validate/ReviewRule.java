package dev.datasafety.processor.validate;

import dev.datasafety.DataForm;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;

/** missing-review: data the server can read about one person needs an approved review. */
final class ReviewRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    if (!subject.options().requireReview() || !needsReview(d)) {
      return;
    }
    for (Resolved<String> review : d.reviews().value()) {
      if (review.value().isBlank()) {
        reporter.report(Message.MISSING_REVIEW, review.where(), d.describe() + " (its review reference is blank)",
            d.form().value());
      }
    }
    if (d.reviews().value().isEmpty()) {
      reporter.report(Message.MISSING_REVIEW,
          d.reviews().written() ? d.reviews().where() : Position.of(d.member(), d.annotation()),
          d.describe(), d.form().value());
    }
  }

  private static boolean needsReview(DatumDeclaration d) {
    DataForm form = d.form().value();
    return Boolean.TRUE.equals(d.serverVisible().value()) && (form == DataForm.RAW || form == DataForm.PSEUDONYMIZED);
  }
}
