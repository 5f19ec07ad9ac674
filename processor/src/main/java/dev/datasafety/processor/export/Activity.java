package dev.datasafety.processor.export;

import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.util.List;

/**
 * One processing activity of a record of processing: a purpose some datum uses, with the data
 * used for it and who receives them, each in id order.
 */
public record Activity(PurposeInfo purpose, List<DataItem> data, List<RecipientInfo> recipients) {

  public Activity {
    data = List.copyOf(data);
    recipients = List.copyOf(recipients);
  }

  /** The activities of an inventory, by purpose id; a catalog purpose no datum uses has none. */
  public static List<Activity> of(Inventory inventory) {
    return usedPurposes(inventory).stream().map(purpose -> {
      List<DataItem> data = inventory.data().stream().filter(d -> d.purposes().contains(purpose.id())).toList();
      List<RecipientInfo> recipients = inventory.recipients().stream()
          .filter(r -> data.stream().anyMatch(d -> d.recipients().contains(r.id())))
          .toList();
      return new Activity(purpose, data, recipients);
    }).toList();
  }

  /** The purposes some datum uses, in id order. */
  static List<PurposeInfo> usedPurposes(Inventory inventory) {
    return inventory.purposes().stream()
        .filter(p -> inventory.data().stream().anyMatch(d -> d.purposes().contains(p.id())))
        .toList();
  }
}
