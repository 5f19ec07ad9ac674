package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.RecipientDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.RecipientInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks {@code @Recipient} declarations (invalid-recipient, duplicate-recipient) and builds their registry. */
public final class RecipientRules {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private RecipientRules() {}

  /** As for purposes: source declarations are checked and registered first, invalid ones kept. */
  public static Registry<RecipientDeclaration> check(
      List<RecipientDeclaration> fromSources, List<RecipientDeclaration> fromDependencies, Reporter reporter) {
    return CatalogRules.register(fromSources, fromDependencies, d -> checkContent(d, reporter),
        Message.DUPLICATE_RECIPIENT, reporter);
  }

  private static void checkContent(RecipientDeclaration d, Reporter reporter) {
    RecipientInfo r = d.info();
    if (d.written("id") && !PurposeRules.ID.matcher(r.id()).matches()) {
      reporter.report(Message.INVALID_RECIPIENT_ID, d.at("id"), r.id());
    }
    if (d.written("name") && r.name().isBlank()) {
      reporter.report(Message.INVALID_RECIPIENT_NAME, d.at("name"), r.id());
    }
    r.country().filter(country -> !COUNTRIES.contains(country)).ifPresent(country -> {
      // Codes are capitals; a code written in lower case is the one typo worth a suggestion.
      String upper = country.strip().toUpperCase(Locale.ROOT);
      List<String> near = COUNTRIES.contains(upper) ? List.of(upper) : List.of();
      reporter.report(Message.INVALID_RECIPIENT_COUNTRY, d.at("country"), r.id(), country,
          Suggestions.didYouMean(near));
    });
  }

}
