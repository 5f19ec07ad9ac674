package dev.datasafety.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of the JSON the processor writes, for the run-time package, which depends on
 * the JDK only (the JDK has no JSON reader). Objects become insertion-ordered maps, arrays lists,
 * numbers {@code Long} or {@code Double}. Anything else than RFC 8259 JSON is an
 * {@link IllegalArgumentException} naming the offset.
 */
final class Json {
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    Json json = new Json(text);
    json.space();
    Object value = json.value();
    json.space();
    if (json.at != text.length()) {
      throw json.error("end of the document expected");
    }
    return value;
  }

  private Object value() {
    if (at >= text.length()) {
      throw error("a value expected");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      at++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("a key expected");
      }
      String key = string();
      space();
      expect(':');
      space();
      map.put(key, value());
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect('}');
      return Collections.unmodifiableMap(map);
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      at++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      space();
      list.add(value());
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect(']');
      return Collections.unmodifiableList(list);
    }
  }

  private String string() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("short \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text, at, at + 4, 16));
          } catch (NumberFormatException notHex) {
            throw error("bad \\u escape");
          }
          at += 4;
        }
        default -> throw error("bad escape '\\" + e + "'");
      }
    }
  }

  private Object number() {
    int start = at;
    if (peek('-')) {
      at++;
    }
    digits();
    boolean integral = true;
    if (peek('.')) {
      integral = false;
      at++;
      digits();
    }
    if (peek('e') || peek('E')) {
      integral = false;
      at++;
      if (peek('+') || peek('-')) {
        at++;
      }
      digits();
    }
    String number = text.substring(start, at);
    try {
      return integral ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
    } catch (NumberFormatException tooLarge) {
      return Double.parseDouble(number);
    }
  }

  private void digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      throw error("digits expected");
    }
  }

  private Object word(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("'" + word + "' expected");
    }
    at += word.length();
    return value;
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "' expected");
    }
    at++;
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("not valid JSON at offset " + at + ": " + problem);
  }
}
