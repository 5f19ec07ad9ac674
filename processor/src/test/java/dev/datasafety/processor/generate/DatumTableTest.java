package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Retention;
import dev.datasafety.runtime.DataRetention;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.DatumTable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The data table generated classes hold (the processor writes it, the run-time library reads it)
 * gives back every datum exactly, whatever its texts contain.
 */
class DatumTableTest {

  @Property(tries = 500, seed = "20261128")
  void everyDatumComesBackExactly(@ForAll("data") List<DataItem> data) {
    List<String> parts = RuntimeLiterals.tableParts(data);

    List<DatumInfo> decoded = DatumTable.decode(parts.toArray(String[]::new));

    assertThat(decoded).hasSize(data.size());
    for (int i = 0; i < data.size(); i++) {
      assertSame(data.get(i), decoded.get(i));
    }
    for (String part : parts) {
      // Each part is one string constant of the generated class: at most 65,535 bytes of modified UTF-8.
      assertThat(part.getBytes(StandardCharsets.UTF_8).length).isAtMost(3 * RuntimeLiterals.TABLE_PART_CHARS);
      assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))
          && Character.isLowSurrogate(nextChar(parts, part))).isFalse();
    }
  }

  @Test
  void hugeTextsAreSplitBetweenCodePoints() {
    String huge = "🔒".repeat(RuntimeLiterals.TABLE_PART_CHARS); // twice the part size, in surrogate pairs
    DataItem item = item("app.A#secret", huge, "1:2:3 looks like a field", "P2WT12H", List.of("a", "b"), List.of());

    List<String> parts = RuntimeLiterals.tableParts(List.of(item));

    assertThat(parts.size()).isAtLeast(3);
    parts.forEach(p -> assertThat(p.length()).isAtMost(RuntimeLiterals.TABLE_PART_CHARS));
    DatumInfo decoded = DatumTable.decode(parts.toArray(String[]::new)).get(0);
    assertThat(decoded.name()).isEqualTo(huge);
    assertThat(decoded.description()).isEqualTo("1:2:3 looks like a field");
    assertThat(decoded.retention()).isEqualTo(DataRetention.finite("P2WT12H", "2 weeks and 12 hours", Period.ofDays(14),
        Duration.ofHours(12)));
  }

  @Test
  void keywordRetentionsAreTheRunTimeConstants() {
    DatumInfo decoded = DatumTable.decode(RuntimeLiterals.tableParts(List.of(
        item("app.A#b", "B", "b", "until-account-deletion", List.of(), List.of()))).toArray(String[]::new)).get(0);

    assertThat(decoded.retention()).isSameInstanceAs(DataRetention.UNTIL_ACCOUNT_DELETION);
  }

  @Test
  void anythingElseIsRejectedNotMisread() {
    assertThat(DatumTable.decode()).isEmpty();
    assertThrows(IllegalArgumentException.class, () -> DatumTable.decode("not a table"));
    assertThrows(IllegalArgumentException.class, () -> DatumTable.decode("5:app.A"));
    assertThrows(IllegalArgumentException.class, () -> DatumTable.decode("99:app.A#b"));
    String valid = RuntimeLiterals.tableParts(List.of(item("app.A#b", "B", "b", "P30D", List.of(), List.of()))).get(0);
    assertThrows(IllegalArgumentException.class, () -> DatumTable.decode(valid.replace("4:true", "4:yes!")));
    assertThrows(IllegalArgumentException.class, () -> DatumTable.decode(valid.replace("3:RAW", "3:RAY")));
  }

  private static char nextChar(List<String> parts, String part) {
    int i = parts.indexOf(part);
    return i + 1 < parts.size() ? parts.get(i + 1).charAt(0) : 'x';
  }

  private static void assertSame(DataItem expected, DatumInfo actual) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.description()).isEqualTo(expected.description());
    assertThat(actual.kind()).isEqualTo(expected.kind());
    assertThat(actual.form()).isEqualTo(expected.form());
    assertThat(actual.purposes()).isEqualTo(expected.purposes());
    assertThat(actual.retention().value()).isEqualTo(expected.retention().value());
    assertThat(actual.retention().text()).isEqualTo(expected.retention().text());
    assertThat(actual.serverVisible()).isEqualTo(expected.serverVisible());
    assertThat(actual.sensitive()).isEqualTo(expected.sensitive());
    assertThat(actual.optional()).isEqualTo(expected.optional());
    assertThat(actual.reviews()).isEqualTo(expected.reviews());
    assertThat(actual.type()).isEqualTo(expected.source().type());
    assertThat(actual.member()).isEqualTo(expected.source().member());
    assertThat(actual.group()).isEqualTo(expected.source().group());
    assertThat(actual.category()).isEqualTo(expected.category());
    assertThat(actual.recipients()).isEqualTo(expected.recipients());
  }

  private static DataItem item(String id, String name, String description, String retention, List<String> purposes,
      List<String> reviews) {
    return new DataItem(id, name, description, DataKind.ATTRIBUTE, DataForm.RAW, Optional.empty(), purposes, List.of(),
        parse(retention), true,
        false, false, reviews, new DataItem.Source(id.substring(0, id.indexOf('#')), id.substring(id.indexOf('#') + 1),
            "Group"));
  }

  private static Retention parse(String value) {
    return Retention.parse(value).retention().orElseThrow();
  }

  @Provide
  Arbitrary<List<DataItem>> data() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("0123456789:").ofMaxLength(12),
        Arbitraries.strings().all().ofMinLength(15_990).ofMaxLength(16_010));
    Arbitrary<List<String>> ids = Arbitraries.strings().all().ofMaxLength(8).list().ofMaxSize(3);
    Arbitrary<String> retention = Arbitraries.of("P30D", "P2WT12H", "P1Y6M", "PT36H", "P1DT1H1M1S", "transient",
        "session", "until-account-deletion");
    Arbitrary<DataItem> item = Combinators.combine(text, text, text, retention, ids, ids,
            Arbitraries.of(DataKind.class), Arbitraries.of(DataForm.class))
        .as((member, name, description, r, purposes, reviews, kind, form) -> new DataItem(
            "app.T#" + member, name, description, kind, form,
            name.isEmpty() ? Optional.empty() : Optional.of(name), purposes, reviews, parse(r),
            member.length() % 2 == 0,
            name.length() % 3 == 0, description.length() % 2 == 1, reviews,
            new DataItem.Source("app.T", member, name + description)));
    return item.list().ofMaxSize(4);
  }
}
