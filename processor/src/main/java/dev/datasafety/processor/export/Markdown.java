package dev.datasafety.processor.export;

import java.util.regex.Pattern;

/**
 * User-written text as CommonMark / GitHub Flavored Markdown inline text that reads as the text
 * itself: on one line (a line break would end a table row or start a block), without leading or
 * trailing white space (which would make code or a line break), every character that
 * could start inline markup backslash-escaped (CommonMark lets any ASCII punctuation be), and what
 * would open a block at the start of a line ({@code #}, {@code -}, {@code 1.}) escaped there too.
 */
final class Markdown {
  private Markdown() {}

  /** Inline markup anywhere in a line; {@code |} ends a table cell; {@code &} opens an entity. */
  private static final String INLINE = "\\`*_[]<>|~!&#";
  /** A block marker or an ordered-list number at the start of the text. */
  private static final Pattern BLOCK_START = Pattern.compile("^([-+=]|\\d{1,9}(?=[.)]))");

  static String text(String text) {
    String line = plain(text);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString();
    var start = BLOCK_START.matcher(escaped);
    if (start.find()) {
      String marker = start.group(1);
      return Character.isDigit(marker.charAt(0))
          ? marker + "\\" + escaped.substring(marker.length())
          : "\\" + escaped;
    }
    return escaped;
  }

  /**
   * The text as the Markdown reads: on one line, without the white space (Java's, or Unicode's
   * space separators such as U+00A0) at either end, where a {@code **} beside it would not close.
   */
  static String plain(String text) {
    String line = PrintableText.oneLine(text);
    int start = 0;
    int end = line.length();
    while (start < end && blank(line.charAt(start))) {
      start++;
    }
    while (end > start && blank(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  /** Bold, for a name that is not empty; nothing for one that is (a lone {@code ****} is a rule). */
  static String strong(String text) {
    String escaped = text(text);
    return escaped.isEmpty() ? "" : "**" + escaped + "**";
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** An {@code <https://...>} autolink for an absolute http(s) URL, the escaped text otherwise. */
  static String link(String url) {
    return RopaExport.httpUrl(url).filter(u -> !u.contains(">") && !u.contains("<"))
        .map(u -> "<" + u + ">").orElseGet(() -> text(url));
  }
}
