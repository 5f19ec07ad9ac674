package dev.datasafety.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Retention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Java expressions that rebuild the inventory model at run time with the types of
 * {@code dev.datasafety.runtime}: what generated code writes for the data of a type and for a purpose.
 */
final class RuntimeLiterals {
  static final String RUNTIME = "dev.datasafety.runtime";
  static final ClassName DATUM_INFO = ClassName.get(RUNTIME, "DatumInfo");
  static final ClassName DATUM_TABLE = ClassName.get(RUNTIME, "DatumTable");

  private RuntimeLiterals() {}

  /**
   * The data as one {@code DatumTable.decode(...)} call: their metadata as compact text in the
   * format {@code DatumTable} documents, one string literal per datum, split further when longer
   * than the class file allows (65,535 bytes of modified UTF-8 per constant; a char takes at most 3).
   */
  static CodeBlock datumTable(List<DataItem> data) {
    List<CodeBlock> parts = tableParts(data).stream().map(part -> CodeBlock.of("$L", stringLiteral(part))).toList();
    if (parts.isEmpty()) {
      return CodeBlock.of("$T.decode()", DATUM_TABLE);
    }
    return CodeBlock.of("$T.decode(\n$>$>$L)$<$<", DATUM_TABLE, CodeBlock.join(parts, ",\n"));
  }

  /** The string literals of a data table: one per datum, for readers and diffs; a datum with huge texts gets several. */
  static List<String> tableParts(List<DataItem> data) {
    List<String> parts = new ArrayList<>();
    for (DataItem d : data) {
      StringBuilder row = new StringBuilder();
      appendDatum(row, d);
      parts.addAll(split(row, TABLE_PART_CHARS));
    }
    return parts;
  }

  /** Chars per string literal of a data table: 3 bytes each at most, under the 65,535-byte limit. */
  static final int TABLE_PART_CHARS = 16_000;

  private static void appendDatum(StringBuilder table, DataItem d) {
    field(table, d.id());
    field(table, d.name());
    field(table, d.description());
    field(table, d.kind().name());
    field(table, d.form().name());
    list(table, d.purposes());
    Retention r = d.retention();
    field(table, r.value());
    if (r instanceof Retention.Finite finite) {
      field(table, finite.text());
      long days = amount(finite, Retention.Unit.WEEK) * 7 + amount(finite, Retention.Unit.DAY);
      field(table, Long.toString(clamp(amount(finite, Retention.Unit.YEAR))));
      field(table, Long.toString(clamp(amount(finite, Retention.Unit.MONTH))));
      field(table, Long.toString(clamp(days)));
      field(table, Long.toString(seconds(finite)));
    }
    field(table, Boolean.toString(d.serverVisible()));
    field(table, Boolean.toString(d.sensitive()));
    field(table, Boolean.toString(d.optional()));
    list(table, d.reviews());
    field(table, d.source().type());
    field(table, d.source().member());
    field(table, d.source().group());
    field(table, d.category().orElse(""));
    list(table, d.recipients());
  }

  private static void field(StringBuilder table, String value) {
    table.append(value.length()).append(':').append(value);
  }

  private static void list(StringBuilder table, List<String> values) {
    field(table, Integer.toString(values.size()));
    values.forEach(v -> field(table, v));
  }

  /** Parts of at most {@code max} chars, never splitting a surrogate pair (a lone surrogate is not valid UTF-8). */
  static List<String> split(CharSequence text, int max) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int to = Math.min(text.length(), from + max);
      if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
      parts.add(text.subSequence(from, to).toString());
      from = to;
    }
    return parts;
  }

  /**
   * A Java string literal of exactly this text, printable ASCII only: JavaPoet's {@code $S} keeps
   * U+2028, U+2029 and U+0085 as they are and then splits the line there, which leaves the literal
   * unclosed. Non-ASCII chars become unicode escapes (never one javac would read as a quote, a
   * backslash or a line end), control chars octal escapes; unpaired surrogates survive as escapes.
   */
  static String stringLiteral(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        // javac (17 to 25) reads "\ud800\\u0041" as an illegal escape: after a lone high
        // surrogate it takes the escaped backslash's second half for a unicode escape. The octal
        // escape of a backslash it reads right.
        out.append("\\134");
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\%03o", (int) c));
      } else if (c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static long seconds(Retention.Finite finite) {
    return amount(finite, Retention.Unit.HOUR) * 3600
        + amount(finite, Retention.Unit.MINUTE) * 60
        + amount(finite, Retention.Unit.SECOND);
  }

  private static long amount(Retention.Finite finite, Retention.Unit unit) {
    return finite.parts().stream().filter(p -> p.unit() == unit).mapToLong(Retention.Part::amount).sum();
  }

  /**
   * Period fields are ints. A retention of more than two billion years or months is accepted by
   * the grammar; it is kept as the largest period java.time can hold rather than failing.
   */
  private static long clamp(long value) {
    return Math.min(value, Integer.MAX_VALUE);
  }
}
