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
  private final Fields fields;

  private DatumTable(String text) {
    this.fields = new Fields(text, "datasafety data table");
  }

  /**
   * The data the text describes, in its order.
   *
   * @throws IllegalArgumentException when the text is not in this format (it is generated, never written by hand)
   */
  public static List<DatumInfo> decode(String... parts) {
    DatumTable table = new DatumTable(String.join("", parts));
    List<DatumInfo> data = new ArrayList<>();
    while (table.fields.hasMore()) {
      data.add(table.datum());
    }
    return List.copyOf(data);
  }

  private DatumInfo datum() {
    String id = fields.next();
    String name = fields.next();
    String description = fields.next();
    DataKind kind = constant(DataKind.class, fields.next());
    DataForm form = constant(DataForm.class, fields.next());
    List<String> purposes = fields.list();
    DataRetention retention = retention();
    boolean serverVisible = fields.bool();
    boolean sensitive = fields.bool();
    boolean optional = fields.bool();
    List<String> reviews = fields.list();
    String type = fields.next();
    String member = fields.next();
    String group = fields.next();
    String category = fields.next();
    return new DatumInfo(id, name, description, kind, form, purposes, retention, serverVisible, sensitive, optional,
        reviews, type, member, group, category.isEmpty() ? Optional.empty() : Optional.of(category), fields.list());
  }

  private DataRetention retention() {
    String value = fields.next();
    switch (value) {
      case "transient":
        return DataRetention.TRANSIENT;
      case "session":
        return DataRetention.SESSION;
      case "until-account-deletion":
        return DataRetention.UNTIL_ACCOUNT_DELETION;
      case "until-deletion-request":
        return DataRetention.UNTIL_DELETION_REQUEST;
      default:
        String text = fields.next();
        Period period = Period.of(fields.number(), fields.number(), fields.number());
        return DataRetention.finite(value, text, period, Duration.ofSeconds(Long.parseLong(fields.next())));
    }
  }

  private <E extends Enum<E>> E constant(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      throw fields.malformed(name + " is not a " + type.getSimpleName());
    }
  }
}
