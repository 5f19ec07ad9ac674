package dev.datasafety.processor.validate;

import java.util.List;
import java.util.stream.Collectors;

/** The "did you mean" part of messages about unknown ids. */
final class Suggestions {
  /** How many close ids a message names. */
  static final int LIMIT = 3;

  private Suggestions() {}

  /** {@code " Did you mean 'a', 'b'?"}, or nothing when no id is close. */
  static String didYouMean(List<String> near) {
    return near.isEmpty()
        ? ""
        : " Did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + "?";
  }
}
