package dev.datasafety.processor.changes;

import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The purposes and recipients a datum's ids refer to, on one side of a comparison: an inventory's,
 * or (for the processor) the declarations the build checked.
 */
public record Declared(Function<String, Optional<PurposeInfo>> purpose, Function<String, Optional<RecipientInfo>> recipient) {

  public static Declared of(Inventory inventory) {
    Map<String, PurposeInfo> purposes = inventory.purposes().stream()
        .collect(Collectors.toMap(PurposeInfo::id, Function.identity(), (first, second) -> first));
    Map<String, RecipientInfo> recipients = inventory.recipients().stream()
        .collect(Collectors.toMap(RecipientInfo::id, Function.identity(), (first, second) -> first));
    return new Declared(id -> Optional.ofNullable(purposes.get(id)), id -> Optional.ofNullable(recipients.get(id)));
  }
}
