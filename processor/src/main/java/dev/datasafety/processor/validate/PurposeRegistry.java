package dev.datasafety.processor.validate;

import dev.datasafety.Choice;
import dev.datasafety.processor.collect.PurposeDeclaration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every purpose visible to the compilation, by id, first declaration kept. */
public final class PurposeRegistry {
  private final Map<String, PurposeDeclaration> byId = new LinkedHashMap<>();

  /** Adds a declaration unless its id is taken; returns the one already registered, if any. */
  Optional<PurposeDeclaration> register(PurposeDeclaration declaration) {
    PurposeDeclaration existing = byId.putIfAbsent(declaration.id(), declaration);
    return Optional.ofNullable(existing);
  }

  public Optional<PurposeDeclaration> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether the id names a declared purpose the user can refuse (opt-out or opt-in). */
  public boolean isOptional(String id) {
    return find(id).map(p -> p.info().choice() != Choice.REQUIRED).orElse(false);
  }

  public Collection<PurposeDeclaration> all() {
    return byId.values();
  }

  /** Declared ids close to an unknown one, closest first, for "did you mean". */
  public List<String> closestTo(String id, int limit) {
    int threshold = Math.max(2, id.length() / 3);
    return byId.keySet().stream()
        .filter(known -> editDistance(id, known) <= threshold || known.startsWith(id) || id.startsWith(known))
        .sorted(Comparator.<String>comparingInt(known -> editDistance(id, known)).thenComparing(known -> known))
        .limit(limit)
        .toList();
  }

  /** Levenshtein distance; ids are short, so the quadratic table is cheap. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
