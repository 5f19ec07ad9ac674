package dev.datasafety.processor.inventory;

import dev.datasafety.Choice;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.Retention;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns a checked declaration into the inventory's view of it. */
public final class InventoryAssembler {
  private InventoryAssembler() {}

  /**
   * Only called for declarations that passed every check: every element is present and valid.
   *
   * @param purposes finds a visible purpose by id
   */
  public static DataItem toItem(DatumDeclaration d, Retention retention, Function<String, Optional<PurposeInfo>> purposes) {
    List<String> ids = d.purposeIds().stream().distinct().sorted().toList();
    boolean optional = !ids.isEmpty() && ids.stream().allMatch(id -> purposes.apply(id)
        .map(p -> p.choice() != Choice.REQUIRED)
        .orElse(false));
    return new DataItem(
        d.id(),
        d.name(),
        d.description().value(),
        d.kind().value(),
        d.form().value(),
        d.categoryId(),
        ids,
        d.recipientIds().stream().distinct().sorted().toList(),
        retention,
        d.serverVisible().value(),
        d.sensitive().value(),
        optional,
        d.reviews().value().stream().map(Resolved::value).toList(),
        new DataItem.Source(d.declaringType().getQualifiedName().toString(), d.memberName(), d.group()));
  }
}
