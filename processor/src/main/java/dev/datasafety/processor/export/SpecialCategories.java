package dev.datasafety.processor.export;

import dev.datasafety.processor.model.DataItem;

/**
 * The special categories of personal data of GDPR Art. 9(1), which records of processing flag and
 * which need an Art. 9(2) condition besides a legal basis: health and biometric data, racial or
 * ethnic origin, political opinions, religious beliefs, trade-union membership, sex life. The
 * vocabulary's {@code special} flag is wider (precise location, payment cards and government ids
 * need {@code sensitive = true} too) and is not what Art. 9 means.
 */
final class SpecialCategories {
  private SpecialCategories() {}

  static boolean isArticle9(DataItem datum) {
    return datum.category().filter(SpecialCategories::isArticle9).isPresent();
  }

  static boolean isArticle9(String category) {
    return category.startsWith("health.") || category.equals("biometric") || category.startsWith("special.");
  }
}
