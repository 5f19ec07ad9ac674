package dev.datasafety.processor.model;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import java.util.List;

/** One declared datum as the inventory shows it (SPEC §7). */
public record DataItem(
    String id,
    String name,
    String description,
    DataKind kind,
    DataForm form,
    List<String> purposes,
    Retention retention,
    boolean serverVisible,
    boolean sensitive,
    boolean optional,
    List<String> reviews,
    Source source) {

  /** Where a datum is declared, and the user-facing group it belongs to. */
  public record Source(String type, String member, String group) {}

  /** The datum id: the declaring type's canonical name, '#', the member name. */
  public static String idOf(String typeName, String memberName) {
    return typeName + "#" + memberName;
  }
}
