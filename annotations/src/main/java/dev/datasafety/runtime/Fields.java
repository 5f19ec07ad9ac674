package dev.datasafety.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the length-prefixed text the processor encodes its tables in: each field is its length
 * in chars (decimal), {@code ':'} and its chars, so that any text fits without escaping, in
 * generated string literals and in resources alike.
 */
final class Fields {
  private final String text;
  private final String format;
  private int at;

  /** @param format names the table in messages about malformed text */
  Fields(String text, String format) {
    this.text = text;
    this.format = format;
  }

  boolean hasMore() {
    return at < text.length();
  }

  String next() {
    int colon = text.indexOf(':', at);
    if (colon < 0) {
      throw malformed("field expected at " + at);
    }
    int length;
    try {
      length = Integer.parseInt(text, at, colon, 10);
    } catch (NumberFormatException notALength) {
      throw malformed("field length expected at " + at);
    }
    int end = colon + 1 + length;
    if (length < 0 || end > text.length()) {
      throw malformed("field at " + at + " runs past the end");
    }
    at = end;
    return text.substring(colon + 1, end);
  }

  int number() {
    try {
      return Integer.parseInt(next());
    } catch (NumberFormatException notANumber) {
      throw malformed("number expected before " + at);
    }
  }

  boolean bool() {
    String value = next();
    if (!value.equals("true") && !value.equals("false")) {
      throw malformed("expected true or false before " + at);
    }
    return value.equals("true");
  }

  /** A count, then that many fields. */
  List<String> list() {
    int size = number();
    List<String> values = new ArrayList<>(Math.min(size, 1024));
    for (int i = 0; i < size; i++) {
      values.add(next());
    }
    return values;
  }

  IllegalArgumentException malformed(String problem) {
    return new IllegalArgumentException("not a " + format + ": " + problem);
  }
}
