package dev.datasafety.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The inventory document (SPEC §7): controller, purposes, recipients and data, each sorted by id. */
public record Inventory(
    Optional<String> application,
    Optional<ControllerInfo> controller,
    List<PurposeInfo> purposes,
    List<RecipientInfo> recipients,
    List<DataItem> data) {

  /** The format this processor writes. */
  public static final String FORMAT = "datasafety-inventory/2";
  /** The first format, which every reader still accepts (committed baselines, older dependencies). */
  public static final String FORMAT_V1 = "datasafety-inventory/1";

  public Inventory {
    purposes = purposes.stream().sorted(Comparator.comparing(PurposeInfo::id)).toList();
    recipients = recipients.stream().sorted(Comparator.comparing(RecipientInfo::id)).toList();
    data = data.stream().sorted(Comparator.comparing(DataItem::id)).toList();
  }
}
