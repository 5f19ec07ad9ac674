package dev.datasafety.processor.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits Java identifiers into lower-case words: {@code emailAddress}, {@code EMAIL_ADDRESS},
 * {@code email_address} and {@code EmailAddress} all give {@code [email, address]}; acronyms end
 * before the next capitalised word ({@code IPAddress} gives {@code [ip, address]}) and digits are
 * words of their own ({@code addressLine1} gives {@code [address, line, 1]}).
 */
final class IdentifierWords {
  private IdentifierWords() {}

  static List<String> split(String identifier) {
    List<String> words = new ArrayList<>(4);
    int length = identifier.length();
    int start = -1;
    for (int i = 0; i < length; i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetterOrDigit(c)) { // '_', '$' and anything else separate words
        if (start >= 0) {
          words.add(lower(identifier, start, i));
          start = -1;
        }
        continue;
      }
      if (start >= 0 && startsNewWord(identifier, i)) {
        words.add(lower(identifier, start, i));
        start = i;
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(lower(identifier, start, length));
    }
    return words;
  }

  private static boolean startsNewWord(String s, int i) {
    char previous = s.charAt(i - 1);
    char c = s.charAt(i);
    if (Character.isDigit(c) != Character.isDigit(previous)) {
      return true;
    }
    if (Character.isUpperCase(c)) {
      if (Character.isLowerCase(previous)) {
        return true; // emailAddress
      }
      // The last capital of an acronym starts the next word: IPAddress -> IP, Address.
      return Character.isUpperCase(previous)
          && i + 1 < s.length()
          && Character.isLowerCase(s.charAt(i + 1));
    }
    return false;
  }

  private static String lower(String s, int from, int to) {
    return s.substring(from, to).toLowerCase(Locale.ROOT);
  }
}
