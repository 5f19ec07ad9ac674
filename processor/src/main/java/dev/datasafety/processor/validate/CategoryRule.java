package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.DataCategories;

/**
 * unknown-category, and the contradiction of a special category (§3.1) declared with
 * {@code sensitive = false}: store forms and records of processing treat those categories as
 * special, so the inventory must too.
 */
final class CategoryRule implements DatumRule {

  @Override
  public void check(Subject subject, Reporter reporter) {
    DatumDeclaration d = subject.datum();
    if (d.categoryId().isEmpty()) {
      return;
    }
    String id = d.categoryId().get();
    DataCategories vocabulary = DataCategories.get();
    vocabulary.find(id).ifPresentOrElse(category -> {
      if (category.special() && !Boolean.TRUE.equals(d.sensitive().value())) {
        // "sensitive = false" where it is written, else the category that makes it special.
        Position at = d.sensitive().written() ? d.sensitive().where() : d.category().where();
        reporter.report(Message.SPECIAL_CATEGORY_NOT_SENSITIVE, at, d.describe(), id, category.title());
      }
    }, () -> reporter.report(Message.UNKNOWN_CATEGORY, d.category().where(), id, d.describe(),
        Suggestions.didYouMean(vocabulary.closestTo(id, Suggestions.LIMIT))));
  }
}
