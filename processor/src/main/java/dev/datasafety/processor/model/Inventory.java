package dev.datasafety.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The inventory document (SPEC §7): purposes and data, each sorted by id. */
public record Inventory(Optional<String> application, List<PurposeInfo> purposes, List<DataItem> data) {

  public static final String FORMAT = "datasafety-inventory/1";

  public Inventory {
    purposes = purposes.stream().sorted(Comparator.comparing(PurposeInfo::id)).toList();
    data = data.stream().sorted(Comparator.comparing(DataItem::id)).toList();
  }
}
