package dev.datasafety.processor.changes;

import dev.datasafety.processor.changes.Change.Subject;
import dev.datasafety.processor.model.Inventory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of comparing two inventories: both of them (the report names purposes and recipients
 * from them), and every change, grouped by what changed, in the report's order.
 */
public record ChangeSet(Inventory approved, Inventory current, List<Change> changes) {

  /** The changes of one datum, purpose or recipient, or of the application. */
  public record Group(Subject subject, String id, List<Change> changes) {
    /** The strongest effect in the group, which places it in the report. */
    public Effect effect() {
      return changes.get(0).effect();
    }
  }

  public ChangeSet {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Whether any change weakens data safety: what {@code diff} exits 1 for. */
  public boolean weakens() {
    return changes.stream().anyMatch(Change::weakens);
  }

  /** How many changes have each effect, in effect order; every effect is present. */
  public Map<Effect, Integer> counts() {
    Map<Effect, Integer> counts = new EnumMap<>(Effect.class);
    for (Effect effect : Effect.values()) {
      counts.put(effect, 0);
    }
    changes.forEach(c -> counts.merge(c.effect(), 1, Integer::sum));
    return counts;
  }

  /**
   * The groups, those with a weakening change first (then tightening, removal, neutral), then data
   * before purposes, recipients and the application, then by id; in each, the changes by effect,
   * then in fact order, then by the purpose or recipient they name.
   */
  public List<Group> groups() {
    Map<String, List<Change>> bySubject = new LinkedHashMap<>();
    for (Change change : changes) {
      bySubject.computeIfAbsent(change.subject() + "\n" + change.id(), k -> new ArrayList<>()).add(change);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Change> of : bySubject.values()) {
      List<Change> sorted = of.stream()
          .sorted(Comparator.comparing(Change::effect).thenComparing(Change::fact).thenComparing(Change::item))
          .toList();
      groups.add(new Group(sorted.get(0).subject(), sorted.get(0).id(), sorted));
    }
    groups.sort(Comparator.comparing(Group::effect).thenComparing(Group::subject).thenComparing(Group::id));
    return List.copyOf(groups);
  }
}
