package dev.datasafety.runtime;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of declared data as generated classes hold it: one compact text per class, not a
 * Java expression per element. javac compiles every generated class in every build, and a string
 * literal costs it almost nothing, where a constructor call per datum with nested
 * {@code List.of}, {@code Period.of} and enum arguments made the generated classes cost javac more
 * than the sources they describe (bench/RESULTS.md). Generated code calls {@link #decode}; applications use the
 * {@link DatumInfo} values it returns, never the text.
 *
 * <p>The text is the concatenation of the parts (split only to keep each string literal under the
 * class file's limit). It is a sequence of fields, each written as its length in chars (decimal),
 * {@code ':'} and its chars, so any text fits without escaping. Per datum: id, name, description,
 * kind and form (enum constant names), the number of purposes and each purpose id, the retention
 * value, and for a finite retention its text, years, months, days and seconds; then
 * serverVisible, sensitive and optional ({@code true} or {@code false}), the number of reviews
 * and each review, the type, member and group of its source, its category ({@code 0:} when none
 * is declared) and the number of recipients and each recipient id.
 */
public final class DatumTable {
  private final String text;
  private int at;

  private DatumTable(String text) {
    this.text = text;
  }

  /**
   * The data the text describes, in its order.
   *
   * @throws IllegalArgumentException when the text is not in this format (it is generated, never written by hand)
   */
  public static List<DatumInfo> decode(String... parts) {
    DatumTable table = new DatumTable(String.join("", parts));
    List<DatumInfo> data = new ArrayList<>();
    while (table.at < table.text.length()) {
      data.add(table.datum());
    }
    return List.copyOf(data);
  }

  private DatumInfo datum() {
    String id = field();
    String name = field();
    String description = field();
    DataKind kind = DataKind.valueOf(field());
    DataForm form = DataForm.valueOf(field());
    List<String> purposes = list();
    DataRetention retention = retention();
    boolean serverVisible = bool();
    boolean sensitive = bool();
    boolean optional = bool();
    List<String> reviews = list();
    String type = field();
    String member = field();
    String group = field();
    String category = field();
    return new DatumInfo(id, name, description, kind, form, purposes, retention, serverVisible, sensitive, optional,
        reviews, type, member, group, category.isEmpty() ? Optional.empty() : Optional.of(category), list());
  }

  private DataRetention retention() {
    String value = field();
    switch (value) {
      case "transient":
        return DataRetention.TRANSIENT;
      case "session":
        return DataRetention.SESSION;
      case "until-account-deletion":
        return DataRetention.UNTIL_ACCOUNT_DELETION;
      default:
        String text = field();
        Period period = Period.of(number(), number(), number());
        return DataRetention.finite(value, text, period, Duration.ofSeconds(Long.parseLong(field())));
    }
  }

  private List<String> list() {
    int size = number();
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(field());
    }
    return values;
  }

  private boolean bool() {
    String value = field();
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("not a datasafety data table: expected true or false at " + at);
    }
    return value.equals("true");
  }

  private int number() {
    return Integer.parseInt(field());
  }

  private String field() {
    int colon = text.indexOf(':', at);
    if (colon < 0) {
      throw new IllegalArgumentException("not a datasafety data table: field expected at " + at);
    }
    int length = Integer.parseInt(text, at, colon, 10);
    int end = colon + 1 + length;
    if (length < 0 || end > text.length()) {
      throw new IllegalArgumentException("not a datasafety data table: field at " + at + " runs past the end");
    }
    at = end;
    return text.substring(colon + 1, end);
  }
}
