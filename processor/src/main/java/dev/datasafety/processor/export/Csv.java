package dev.datasafety.processor.export;

import java.util.List;

/**
 * CSV as RFC 4180 describes it, with {@code \n} between records (every export's line end; Excel,
 * LibreOffice, Google Sheets and every CSV library read it): every field quoted, a quote inside a
 * field doubled, line breaks inside a field kept (a quoted field may hold them) as {@code \n}, the
 * text made printable as in every export ({@link PrintableText}).
 *
 * <p>Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -}, {@code @} or a tab as a
 * formula (OWASP, "CSV Injection"): such a field gets a leading apostrophe, which
 * spreadsheets show as text. Parsed back, a field is its text, with that apostrophe where it was added.
 */
final class Csv {
  private final StringBuilder out = new StringBuilder();

  void row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(neutralized(PrintableText.of(fields.get(i))).replace("\"", "\"\"")).append('"');
    }
    out.append('\n');
  }

  String text() {
    return out.toString();
  }

  /** The field as a spreadsheet shows it as text and never runs it. */
  static String neutralized(String field) {
    if (!field.isEmpty() && "=+-@\t".indexOf(field.charAt(0)) >= 0) {
      return "'" + field;
    }
    return field;
  }
}
