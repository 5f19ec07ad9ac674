package dev.datasafety.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.Retention;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Java expressions that rebuild the inventory model at run time with the types of
 * {@code dev.datasafety.runtime}: what generated code writes for a datum, a purpose, a retention.
 */
final class RuntimeLiterals {
  static final String RUNTIME = "dev.datasafety.runtime";
  static final ClassName DATUM_INFO = ClassName.get(RUNTIME, "DatumInfo");
  static final ClassName PURPOSE_INFO = ClassName.get(RUNTIME, "PurposeInfo");
  static final ClassName DATA_RETENTION = ClassName.get(RUNTIME, "DataRetention");
  static final ClassName DATA_INVENTORY = ClassName.get(RUNTIME, "DataInventory");
  static final ClassName INVENTORY_RESOURCE = ClassName.get(RUNTIME, "InventoryResource");
  static final ClassName EXPORTS = ClassName.get(RUNTIME, "Exports");
  static final ClassName DATA_KIND = ClassName.get("dev.datasafety", "DataKind");
  static final ClassName DATA_FORM = ClassName.get("dev.datasafety", "DataForm");
  static final ClassName CHOICE = ClassName.get("dev.datasafety", "Choice");

  private RuntimeLiterals() {}

  static CodeBlock datum(DataItem d) {
    return CodeBlock.builder()
        .add("new $T(\n", DATUM_INFO).indent().indent()
        .add("$S,\n$S,\n$S,\n", d.id(), d.name(), d.description())
        .add("$T.$L,\n$T.$L,\n", DATA_KIND, d.kind().name(), DATA_FORM, d.form().name())
        .add("$L,\n", strings(d.purposes()))
        .add("$L,\n", retention(d.retention()))
        .add("$L,\n$L,\n$L,\n", d.serverVisible(), d.sensitive(), d.optional())
        .add("$L,\n", strings(d.reviews()))
        .add("$S,\n$S,\n$S)", d.source().type(), d.source().member(), d.source().group())
        .unindent().unindent()
        .build();
  }

  static CodeBlock purpose(PurposeInfo p) {
    return CodeBlock.of("new $T($S, $S, $S, $S, $T.$L, $L)",
        PURPOSE_INFO, p.id(), p.title(), p.description(), p.userBenefit(), CHOICE, p.choice().name(), p.experimental());
  }

  static CodeBlock retention(Retention r) {
    if (r instanceof Retention.Finite finite) {
      return CodeBlock.of("$T.finite($S, $S, $L, $L)",
          DATA_RETENTION, finite.value(), finite.text(), period(finite), duration(finite));
    }
    return switch (r.value()) {
      case Retention.TRANSIENT -> CodeBlock.of("$T.TRANSIENT", DATA_RETENTION);
      case Retention.SESSION -> CodeBlock.of("$T.SESSION", DATA_RETENTION);
      default -> CodeBlock.of("$T.UNTIL_ACCOUNT_DELETION", DATA_RETENTION);
    };
  }

  /** The date part: years, months, and weeks folded into days (java.time has no week field). */
  private static CodeBlock period(Retention.Finite finite) {
    long years = amount(finite, Retention.Unit.YEAR);
    long months = amount(finite, Retention.Unit.MONTH);
    long days = amount(finite, Retention.Unit.WEEK) * 7 + amount(finite, Retention.Unit.DAY);
    if (years == 0 && months == 0 && days == 0) {
      return CodeBlock.of("$T.ZERO", Period.class);
    }
    return CodeBlock.of("$T.of($L, $L, $L)", Period.class, clamp(years), clamp(months), clamp(days));
  }

  private static CodeBlock duration(Retention.Finite finite) {
    long seconds = amount(finite, Retention.Unit.HOUR) * 3600
        + amount(finite, Retention.Unit.MINUTE) * 60
        + amount(finite, Retention.Unit.SECOND);
    if (seconds == 0) {
      return CodeBlock.of("$T.ZERO", Duration.class);
    }
    return CodeBlock.of("$T.ofSeconds($LL)", Duration.class, seconds);
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

  static CodeBlock strings(List<String> values) {
    if (values.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.of("$T.of($L)", List.class,
        values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
  }

  static CodeBlock optionalString(Optional<String> value) {
    return value.map(v -> CodeBlock.of("$T.of($S)", Optional.class, v)).orElseGet(() -> CodeBlock.of("$T.empty()", Optional.class));
  }
}
