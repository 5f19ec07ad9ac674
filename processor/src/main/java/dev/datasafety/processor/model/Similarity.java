package dev.datasafety.processor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the known ids close to an unknown one, for purposes, recipients and categories alike. */
public final class Similarity {
  private Similarity() {}

  /**
   * Known ids within a third of the id's length in edits, one a prefix of the other, or whose last
   * dot-separated segment is that close ({@code email} finds {@code contact.email}); closest first.
   */
  public static List<String> closest(String id, Collection<String> known, int limit) {
    int threshold = Math.max(2, id.length() / 3);
    return known.stream()
        .filter(k -> distance(id, k) <= threshold || k.startsWith(id) || id.startsWith(k))
        .sorted(Comparator.<String>comparingInt(k -> distance(id, k)).thenComparing(k -> k))
        .limit(limit)
        .toList();
  }

  /** The distance to the whole id, or to its last segment when the unknown id has no dot of its own. */
  private static int distance(String id, String known) {
    int whole = editDistance(id, known);
    int dot = known.lastIndexOf('.');
    if (id.indexOf('.') >= 0 || dot < 0) {
      return whole;
    }
    return Math.min(whole, editDistance(id, known.substring(dot + 1)));
  }

  /** Levenshtein distance; ids are short, so the quadratic table is cheap. */
  public static int editDistance(String a, String b) {
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
