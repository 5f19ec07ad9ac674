package dev.datasafety.processor.export;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, with {@code \n} line ends: a field holding a comma, a quote, a line
 * break (CR or LF) or leading/trailing spaces is quoted, its quotes doubled; every other character,
 * U+2028 included, is written as it is (UTF-8).
 */
public final class CsvText {
  private final StringBuilder text = new StringBuilder();

  /** Appends one record. */
  public CsvText row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(field(fields.get(i)));
    }
    text.append('\n');
    return this;
  }

  /** One field, quoted when it must be. */
  public static String field(String value) {
    boolean quote = !value.isEmpty() && (value.indexOf(',') >= 0 || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
        || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
