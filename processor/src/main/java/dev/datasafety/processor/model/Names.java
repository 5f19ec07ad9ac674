package dev.datasafety.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Derives user-facing names from identifiers: {@code dateOfBirth} → "Date of birth". */
public final class Names {
  private Names() {}

  /**
   * Splits camelCase, PascalCase, snake_case, SCREAMING_CASE, kebab-case and dotted identifiers
   * into words; any character that is not a letter or digit separates words, digits are words
   * of their own, and the last capital of an acronym starts the next word.
   */
  public static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = identifier.length();
    for (int i = 0; i < n; i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0) {
        char prev = word.charAt(word.length() - 1);
        boolean lowerToUpper = Character.isUpperCase(c) && !Character.isUpperCase(prev);
        // "IPAddress": the last capital of an acronym starts the next word.
        boolean acronymEnd = Character.isUpperCase(c) && Character.isUpperCase(prev)
            && i + 1 < n && Character.isLowerCase(identifier.charAt(i + 1));
        boolean digitBoundary = Character.isDigit(c) != Character.isDigit(prev);
        if (lowerToUpper || acronymEnd || digitBoundary) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** A sentence-case phrase: acronyms kept, other words lower case, the first capitalised. */
  public static String humanize(String identifier) {
    List<String> words = words(identifier);
    if (words.isEmpty()) {
      return identifier;
    }
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      boolean acronym = w.length() > 1 && isAcronym(w);
      String shown = acronym ? w : w.toLowerCase(Locale.ROOT);
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(shown);
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.toString();
  }

  /** Capitals and digits only. A loop, not a stream: once per datum, mostly before the JIT warms up. */
  private static boolean isAcronym(String word) {
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (!Character.isUpperCase(ch) && !Character.isDigit(ch)) {
        return false;
      }
    }
    return true;
  }
}
