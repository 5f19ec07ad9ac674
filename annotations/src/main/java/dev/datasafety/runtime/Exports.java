package dev.datasafety.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Helpers for the generated {@code export} methods: apply an element's export to the elements of
 * arrays, collections, map values and optionals, keeping order and nulls. Results are fresh
 * unmodifiable lists and maps, so an export never aliases the exported object.
 */
public final class Exports {
  private Exports() {}

  /** Each element exported, in iteration order; null stays null. */
  public static <T> List<Object> list(Collection<? extends T> values, Function<? super T, ?> export) {
    if (values == null) {
      return null;
    }
    List<Object> out = new ArrayList<>(values.size());
    for (T value : values) {
      out.add(export.apply(value));
    }
    return Collections.unmodifiableList(out);
  }

  /** Each array element exported, in order; null stays null. */
  public static <T> List<Object> array(T[] values, Function<? super T, ?> export) {
    return values == null ? null : list(Arrays.asList(values), export);
  }

  /** Each value exported under its key, in iteration order; null stays null. */
  public static <K, V> Map<K, Object> map(Map<K, ? extends V> values, Function<? super V, ?> export) {
    if (values == null) {
      return null;
    }
    Map<K, Object> out = new LinkedHashMap<>();
    for (Map.Entry<K, ? extends V> e : values.entrySet()) {
      out.put(e.getKey(), export.apply(e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The exported value, or null when empty or null. */
  public static <T> Object optional(Optional<? extends T> value, Function<? super T, ?> export) {
    return value == null || value.isEmpty() ? null : export.apply(value.get());
  }

  /** A null-safe nested export: null stays null. */
  public static <T> Object nested(T value, Function<? super T, ?> export) {
    return value == null ? null : export.apply(value);
  }
}
