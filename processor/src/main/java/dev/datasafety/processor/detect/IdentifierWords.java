package dev.datasafety.processor.detect;

import dev.datasafety.processor.model.Names;
import java.util.List;
import java.util.Locale;

/**
 * Splits Java identifiers into lower-case words: {@code emailAddress}, {@code EMAIL_ADDRESS},
 * {@code email_address} and {@code EmailAddress} all give {@code [email, address]}; acronyms end
 * before the next capitalised word ({@code IPAddress} gives {@code [ip, address]}) and digits are
 * words of their own ({@code addressLine1} gives {@code [address, line, 1]}). The splitting is
 * {@link Names#words}, shared with the names shown to users.
 */
final class IdentifierWords {
  private IdentifierWords() {}

  static List<String> split(String identifier) {
    List<String> words = Names.words(identifier);
    words.replaceAll(word -> word.toLowerCase(Locale.ROOT));
    return words;
  }
}
