package dev.datasafety.processor.changes;

import java.util.Locale;

/**
 * One difference between an approved inventory and a new one.
 *
 * @param subject what changed: a datum, a purpose, a recipient or the application
 * @param id the datum's, purpose's or recipient's id; empty for the application
 * @param fact which fact of it changed
 * @param item the purpose, recipient or domain id a fact about one of several is about
 *     ({@code sync} for a datum's new purpose); empty otherwise
 * @param before the approved value, as the inventory writes it (enum constants as in source:
 *     {@code OPT_IN}); empty when there was none
 * @param after the new value; empty when there is none
 */
public record Change(Subject subject, String id, Fact fact, Effect effect, String item, String before, String after) {

  /** What a change is about; also the order of the report's groups with the same effects. */
  public enum Subject {
    DATUM,
    PURPOSE,
    RECIPIENT,
    APPLICATION;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean weakens() {
    return effect == Effect.WEAKENS;
  }

  /** {@code added}, {@code removed} or {@code changed}: whether a value appeared, went away, or was replaced. */
  public String kind() {
    if (before.isEmpty() && !after.isEmpty()) {
      return "added";
    }
    return after.isEmpty() && !before.isEmpty() ? "removed" : "changed";
  }
}
