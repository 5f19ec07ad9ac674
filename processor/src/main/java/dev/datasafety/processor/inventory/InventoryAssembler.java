package dev.datasafety.processor.inventory;

import dev.datasafety.Choice;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Retention;
import dev.datasafety.processor.validate.PurposeRegistry;
import java.util.List;

/** Turns a checked declaration into the inventory's view of it. */
public final class InventoryAssembler {
  private InventoryAssembler() {}

  /** Only called for declarations that passed every check: every element is present and valid. */
  public static DataItem toItem(DatumDeclaration d, Retention retention, PurposeRegistry purposes) {
    List<String> ids = d.purposeIds().stream().distinct().sorted().toList();
    boolean optional = !ids.isEmpty() && ids.stream().allMatch(id -> purposes.find(id)
        .map(PurposeDeclaration::info)
        .map(p -> p.choice() != Choice.REQUIRED)
        .orElse(false));
    return new DataItem(
        d.id(),
        d.name(),
        d.description().value(),
        d.kind().value(),
        d.form().value(),
        ids,
        retention,
        d.serverVisible().value(),
        d.sensitive().value(),
        optional,
        d.reviews().value().stream().map(Resolved::value).toList(),
        new DataItem.Source(d.declaringType().getQualifiedName().toString(), d.memberName(), d.group()));
  }
}
