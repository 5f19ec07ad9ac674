package dev.datasafety.processor.export;

/**
 * User-written text made fit for a document: line ends as {@code \n} (also the C1 next-line control U+0085), and each code point no document
 * format may carry (controls other than tab and line feed, noncharacters, a lone surrogate) replaced
 * by U+FFFD, the replacement character, so that the reader sees that something was there. HTML
 * makes them parse errors that no character reference can avoid.
 */
final class PrintableText {
  private PrintableText() {}

  static final char REPLACEMENT = '\uFFFD';

  static String of(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u0085', '\n');
    StringBuilder out = new StringBuilder(lines.length());
    for (int i = 0; i < lines.length(); ) {
      int cp = lines.codePointAt(i);
      i += Character.charCount(cp);
      out.appendCodePoint(allowed(cp) ? cp : REPLACEMENT);
    }
    return out.toString();
  }

  /** The text on one line: each line break (also U+2028, U+2029) becomes a space. */
  static String oneLine(String text) {
    return of(text).replace('\n', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
  }

  private static boolean allowed(int cp) {
    if (cp == '\t' || cp == '\n') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      return false; // only a lone surrogate is left as one code point
    }
    return !((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE);
  }
}
