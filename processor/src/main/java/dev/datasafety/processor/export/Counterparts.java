package dev.datasafety.processor.export;

import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.DataCategories.Category;
import dev.datasafety.processor.model.DataCategories.Target;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A datum's category in a target vocabulary, from {@code categories.json}. A category the target
 * has no counterpart for is a missing fact of that export, not a guess: writing a broader term
 * would let the document's policies or queries miss the datum.
 */
final class Counterparts {
  private Counterparts() {}

  /**
   * The data whose declared category has no counterpart in {@code target}; data without a category
   * are left to {@link Requirements#dataCategories()}.
   */
  static List<MissingFact> missing(Inventory inventory, Target target, ExportFormat format, String vocabulary) {
    List<MissingFact> missing = new ArrayList<>();
    for (DataItem datum : inventory.data()) {
      if (datum.category().isEmpty()) {
        continue;
      }
      String id = datum.category().get();
      Optional<Category> category = DataCategories.get().find(id);
      if (category.isEmpty()) {
        missing.add(MissingFact.datum(datum.id(), "category", "a category of the vocabulary ('" + id + "' is none)",
            "Declare a category id of docs/categories.md."));
      } else if (category.get().mapping(target).value().isEmpty()) {
        missing.add(MissingFact.datum(datum.id(), "category",
            "a " + vocabulary + " counterpart of its category '" + id + "'",
            "docs/categories.md: " + category.get().mapping(target).none().orElse("none is known") + ". Leave '"
                + format.id() + "' out of -Adatasafety.exports, or declare another category if one fits."));
      }
    }
    return missing;
  }

  /** The datum's counterpart; {@link #missing} is empty for the inventory. */
  static String of(DataItem datum, Target target) {
    return StoreForms.mappedType(datum, target).orElseThrow(() -> new IllegalStateException(datum.id() + " has no " + target.key() + " counterpart"));
  }
}
