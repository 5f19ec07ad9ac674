package dev.datasafety.processor.export;

import java.util.List;

/**
 * An XML property list as Xcode writes one: Apple's DOCTYPE, {@code <plist version="1.0">}, one
 * tab per level, {@code \n} line ends. Strings are XML-escaped; a character XML 1.0 cannot hold
 * (control characters other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF) becomes
 * U+FFFD, since no plist reader could read it back.
 */
final class PlistXml {
  private final StringBuilder xml = new StringBuilder(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
          + "<plist version=\"1.0\">\n");
  private int depth;

  PlistXml beginDict() {
    return open("<dict>");
  }

  PlistXml endDict() {
    return close("</dict>");
  }

  PlistXml key(String key) {
    return line("<key>" + escape(key) + "</key>");
  }

  PlistXml bool(boolean value) {
    return line(value ? "<true/>" : "<false/>");
  }

  PlistXml string(String value) {
    return line("<string>" + escape(value) + "</string>");
  }

  /** An array of strings; {@code <array/>} when empty. */
  PlistXml strings(List<String> values) {
    if (values.isEmpty()) {
      return line("<array/>");
    }
    beginArray();
    values.forEach(this::string);
    return endArray();
  }

  PlistXml beginArray() {
    return open("<array>");
  }

  PlistXml endArray() {
    return close("</array>");
  }

  /** The whole document; the top-level dictionary must be closed. */
  String finish() {
    if (depth != 0) {
      throw new IllegalStateException("unclosed plist element");
    }
    return xml + "</plist>\n";
  }

  private PlistXml open(String tag) {
    line(tag);
    depth++;
    return this;
  }

  private PlistXml close(String tag) {
    depth--;
    return line(tag);
  }

  private PlistXml line(String text) {
    xml.append("\t".repeat(depth)).append(text).append('\n');
    return this;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '\r') {
        out.append("&#13;"); // a literal CR would be read back as LF
      } else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xFFFE && !Character.isSurrogate(c))) {
        out.append(c);
      } else {
        out.append('\uFFFD');
      }
    }
    return out.toString();
  }
}
