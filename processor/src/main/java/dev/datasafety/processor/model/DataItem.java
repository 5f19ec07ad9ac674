package dev.datasafety.processor.model;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import java.util.List;
import java.util.Optional;

/**
 * One declared datum as the inventory shows it (SPEC §7). {@code category} is an id of the
 * category vocabulary ({@link DataCategories}) when declared; {@code recipients} are ids of
 * declared recipients, sorted.
 */
public record DataItem(
    String id,
    String name,
    String description,
    DataKind kind,
    DataForm form,
    Optional<String> category,
    List<String> purposes,
    List<String> recipients,
    Retention retention,
    boolean serverVisible,
    boolean sensitive,
    boolean optional,
    List<String> reviews,
    Source source) {

  /** Where a datum is declared, and the user-facing group it belongs to. */
  public record Source(String type, String member, String group) {}

  public DataItem {
    purposes = List.copyOf(purposes);
    recipients = List.copyOf(recipients);
    reviews = List.copyOf(reviews);
  }

  /** The datum id: the declaring type's canonical name, '#', the member name. */
  public static String idOf(String typeName, String memberName) {
    return typeName + "#" + memberName;
  }
}
