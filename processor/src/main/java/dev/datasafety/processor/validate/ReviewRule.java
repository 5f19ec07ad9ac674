package dev.datasafety.processor.validate;

import dev.datasafety.DataForm;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.RecipientDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import java.util.Optional;

/**
 * missing-review: data the server can read about one person needs an approved review (while
 * requireReview is on), and so does data shared with a THIRD_PARTY recipient, whatever its form.
 */
final class ReviewRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    Optional<Resolved<String>> thirdParty = d.recipients().value().stream()
        .filter(id -> subject.catalog().recipients().find(id.value())
            .map(RecipientDeclaration::info)
            .map(r -> r.role() == RecipientRole.THIRD_PARTY)
            .orElse(false))
        .findFirst();
    boolean serverReview = subject.options().requireReview() && needsServerReview(d);
    if (!serverReview && thirdParty.isEmpty()) {
      return;
    }
    for (Resolved<String> review : d.reviews().value()) {
      if (review.value().isBlank()) {
        reporter.report(Message.MISSING_REVIEW, review.where(), d.describe() + " (its review reference is blank)",
            d.form().value());
      }
    }
    if (!d.reviews().value().isEmpty()) {
      return;
    }
    // One problem, one message: sharing with a third party says more than the form does.
    if (thirdParty.isPresent()) {
      reporter.report(Message.MISSING_REVIEW_THIRD_PARTY, thirdParty.get().where(), d.describe(),
          thirdParty.get().value());
    } else {
      reporter.report(Message.MISSING_REVIEW,
          d.reviews().written() ? d.reviews().where() : Position.of(d.member(), d.annotation()),
          d.describe(), d.form().value());
    }
  }

  private static boolean needsServerReview(DatumDeclaration d) {
    DataForm form = d.form().value();
    return Boolean.TRUE.equals(d.serverVisible().value()) && (form == DataForm.RAW || form == DataForm.PSEUDONYMIZED);
  }
}
