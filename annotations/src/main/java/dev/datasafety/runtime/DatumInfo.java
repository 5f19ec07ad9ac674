package dev.datasafety.runtime;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import java.util.List;
import java.util.Optional;

/**
 * One declared datum with every element resolved, as the inventory shows it (SPEC §7).
 *
 * @param id the declaring type's canonical name, {@code #}, the member name
 * @param name the short user-facing name
 * @param description what the datum is, for the user
 * @param kind identifier or attribute
 * @param form raw, pseudonymized, aggregated or anonymized
 * @param purposes the ids of its purposes, sorted
 * @param retention how long it is kept
 * @param serverVisible whether the server can read it in clear
 * @param sensitive whether it is special-category data
 * @param optional whether every one of its purposes can be refused
 * @param reviews the data-safety reviews that approved it
 * @param type the canonical name of the declaring type
 * @param member the member (field or record component) name
 * @param group the user-facing name of the declaring type's group of data
 * @param category the id of its data category ({@code contact.email}), when declared
 * @param recipients the ids of the recipients that receive it besides the application, sorted
 */
public record DatumInfo(
    String id,
    String name,
    String description,
    DataKind kind,
    DataForm form,
    List<String> purposes,
    DataRetention retention,
    boolean serverVisible,
    boolean sensitive,
    boolean optional,
    List<String> reviews,
    String type,
    String member,
    String group,
    Optional<String> category,
    List<String> recipients) {

  public DatumInfo {
    purposes = List.copyOf(purposes);
    reviews = List.copyOf(reviews);
    recipients = List.copyOf(recipients);
  }
}
