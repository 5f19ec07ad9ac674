package dev.datasafety.processor.collect;

import dev.datasafety.processor.diag.Position;

/**
 * A resolved annotation element: its value and where that value was written (the member, or the
 * enclosing type it was inherited from), so a message points at the value that caused it.
 * {@code value} is null when nothing was written at any level and there is no default.
 */
public record Resolved<T>(T value, Position where, boolean written) {

  public static <T> Resolved<T> written(T value, Position where) {
    return new Resolved<>(value, where, true);
  }

  public static <T> Resolved<T> fallback(T value, Position where) {
    return new Resolved<>(value, where, false);
  }

  public boolean isPresent() {
    return value != null;
  }
}
