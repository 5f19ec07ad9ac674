package dev.datasafety.processor.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A block-style YAML writer for documents built from maps (in their iteration order), lists,
 * strings and booleans. Every string is written double-quoted and escaped, so that no user text
 * can turn into another type ({@code yes}, {@code null}, {@code 1e3}), a comment ({@code #}), a
 * mapping ({@code : }) or a line break a YAML 1.1 parser folds (U+0085, U+2028, U+2029), and the
 * document reads the same in YAML 1.1 (PyYAML, which fides uses) and 1.2.
 */
final class Yaml {
  /** Keys are the format's own field names, written plain. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[a-z][a-z0-9_]*");

  private Yaml() {}

  /** The document, {@code \n} line ends, a final line end. */
  static String write(Map<String, ?> document) {
    StringBuilder out = new StringBuilder();
    mapping(out, document, 0);
    return out.toString();
  }

  private static void mapping(StringBuilder out, Map<String, ?> map, int indent) {
    boolean first = true;
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      if (!first) {
        indent(out, indent);
      }
      first = false;
      out.append(key(entry.getKey())).append(':');
      value(out, entry.getValue(), indent);
    }
  }

  /** Writes a value after its key's colon (or a sequence dash), ending the line. */
  private static void value(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      indent(out, indent + 2);
      mapping(out, cast(map), indent + 2);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      for (Object item : list) {
        indent(out, indent + 2);
        out.append("- ");
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
          mapping(out, cast(map), indent + 4);
        } else {
          scalar(out, item);
          out.append('\n');
        }
      }
    } else {
      out.append(' ');
      scalar(out, value);
      out.append('\n');
    }
  }

  private static void scalar(StringBuilder out, Object value) {
    if (value instanceof Boolean bool) {
      out.append(bool ? "true" : "false");
    } else if (value instanceof String text) {
      quoted(out, text);
    } else if (value instanceof List<?> list && list.isEmpty()) {
      out.append("[]");
    } else if (value instanceof Map<?, ?> map && map.isEmpty()) {
      out.append("{}");
    } else {
      throw new IllegalArgumentException("not a YAML value of this writer: " + value);
    }
  }

  /** A YAML double-quoted scalar. Only printable characters (YAML 1.2 §5.1) are written raw. */
  private static void quoted(StringBuilder out, String text) {
    out.append('"');
    String chars = Unicode.wellFormed(text);
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\u0085' -> out.append("\\N");
        case '\u2028' -> out.append("\\L");
        case '\u2029' -> out.append("\\P");
        default -> {
          // Surrogates here are pairs (one non-BMP character); the rest must be printable to go raw.
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static String key(String key) {
    if (!PLAIN_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a plain key: " + key);
    }
    return key;
  }

  private static void indent(StringBuilder out, int indent) {
    out.append(" ".repeat(indent));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }
}
