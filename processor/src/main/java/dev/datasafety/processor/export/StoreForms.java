package dev.datasafety.processor.export;

import dev.datasafety.RecipientRole;
import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.util.List;
import java.util.Optional;

/**
 * What the app-store forms (Google Play's Data safety form, Apple's privacy manifest) read off the
 * inventory the same way: a datum's purposes and recipients, whether a third party receives it, and
 * the form's data type its category maps to.
 */
final class StoreForms {
  private StoreForms() {}

  static List<PurposeInfo> purposesOf(Inventory inventory, DataItem datum) {
    return inventory.purposes().stream().filter(p -> datum.purposes().contains(p.id())).toList();
  }

  static List<RecipientInfo> recipientsOf(Inventory inventory, DataItem datum) {
    return inventory.recipients().stream().filter(r -> datum.recipients().contains(r.id())).toList();
  }

  /** Third parties that receive the datum: what both stores call sharing (processors act for the app). */
  static List<RecipientInfo> thirdPartiesOf(Inventory inventory, DataItem datum) {
    return recipientsOf(inventory, datum).stream().filter(r -> r.role() == RecipientRole.THIRD_PARTY).toList();
  }

  /**
   * The counterpart of the datum's category in {@code target}'s vocabulary; empty when the datum
   * has no category (reported as missing) or the category has none there (docs/categories.md says why).
   */
  static Optional<String> mappedType(DataItem datum, DataCategories.Target target) {
    return datum.category()
        .flatMap(id -> DataCategories.get().find(id))
        .flatMap(category -> category.mapping(target).value());
  }
}
