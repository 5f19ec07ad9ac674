package dev.datasafety.processor.export;

import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts most exports need, checked one way for all of them: a category on every datum, a
 * category and a legal basis on every purpose, a controller. An exporter lists what it needs and
 * adds its own checks.
 */
public final class Requirements {
  private final Inventory inventory;
  private final List<MissingFact> missing = new ArrayList<>();

  private Requirements(Inventory inventory) {
    this.inventory = inventory;
  }

  public static Requirements of(Inventory inventory) {
    return new Requirements(inventory);
  }

  /** Every datum names a category of the vocabulary (SPEC §3.1). */
  public Requirements dataCategories() {
    for (DataItem datum : inventory.data()) {
      if (datum.category().isEmpty()) {
        missing.add(MissingFact.datum(datum.id(), "category", "a category",
            "Add category = \"...\" with an id of docs/categories.md, such as \"contact.email\"."));
      }
    }
    return this;
  }

  /** Every purpose that data uses says what kind of purpose it is (what store forms ask). */
  public Requirements purposeCategories() {
    for (PurposeInfo purpose : usedPurposes()) {
      if (purpose.category() == PurposeCategory.UNSPECIFIED) {
        missing.add(MissingFact.purpose(purpose.id(), "category", "a category",
            "Add category = PurposeCategory.APP_FUNCTIONALITY (or the category that fits) to the @Purpose."));
      }
    }
    return this;
  }

  /** Every purpose that data uses names its GDPR Art. 6 legal basis. */
  public Requirements legalBases() {
    for (PurposeInfo purpose : usedPurposes()) {
      if (purpose.legalBasis() == LegalBasis.UNSPECIFIED) {
        missing.add(MissingFact.purpose(purpose.id(), "legalBasis", "a legal basis",
            "Add legalBasis = LegalBasis.CONTRACT (or the GDPR Art. 6 basis that applies) to the @Purpose."));
      }
    }
    return this;
  }

  /** The application declares who is responsible for the data. */
  public Requirements controller() {
    if (inventory.controller().isEmpty()) {
      missing.add(MissingFact.application("a @DataController",
          "Declare @DataController(name = \"...\", contact = \"...\") once, on a type or package of the application."));
    }
    return this;
  }

  /** Adds a check of the exporter's own. */
  public Requirements also(List<MissingFact> more) {
    missing.addAll(more);
    return this;
  }

  public List<MissingFact> list() {
    return List.copyOf(missing);
  }

  /** The purposes some datum uses, in id order: an unused catalog entry asks nothing of a form. */
  private List<PurposeInfo> usedPurposes() {
    return Activity.usedPurposes(inventory);
  }
}
