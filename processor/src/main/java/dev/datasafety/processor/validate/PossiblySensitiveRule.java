package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.detect.PersonalDataClassifier;
import dev.datasafety.processor.diag.Finding;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import java.util.Optional;

/**
 * {@code possibly-sensitive} (SPEC §6): a declared datum whose member name or declared name looks
 * like special-category data (health, biometrics, precise location, religion, sexual life,
 * government ids, financial account numbers...) while it resolves to {@code sensitive = false}.
 */
public final class PossiblySensitiveRule {
  private PossiblySensitiveRule() {}

  public static void check(DatumDeclaration datum, PersonalDataClassifier classifier, Reporter reporter) {
    if (!Boolean.FALSE.equals(datum.sensitive().value())) {
      return;
    }
    classifier.specialCategory(datum.memberName(), datum.name()).ifPresent(match -> {
      // Point at "sensitive = false" where it is written (maybe on the enclosing type), else at @UserData.
      Position at = datum.sensitive().written()
          ? datum.sensitive().where()
          : Position.of(datum.member(), datum.annotation());
      reporter.report(Message.POSSIBLY_SENSITIVE, Message.POSSIBLY_SENSITIVE.kind(), at,
          Optional.of(new Finding.Detection(match.dataType(), match.category())), datum.describe(), match.label(),
          match.category());
    });
  }
}
