package dev.datasafety.processor.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of malformed and adversarial programs for the processor: wrong and missing
 * annotation elements, unknown types, cyclic {@code @UserData} types, huge strings, unusual
 * Unicode, deeply nested generics, records with compact constructors, annotated enums, interfaces,
 * annotation types, nested and local classes, purposes on package-info and on types, and the
 * same purpose declared in many places. Many programs do not compile; the processor must still
 * never throw and always point at the source.
 *
 * <p>Programs are plain data ({@link Program}) rendered to source text, so a failing case prints
 * readably and shrinks.
 */
final class AdversarialPrograms {
  private AdversarialPrograms() {}

  static final String PACKAGE = "p";
  static final String CATALOG_PACKAGE = "q";

  /**
   * One compilation: sources by path, {@code -A} options, and for a valid program what it declares
   * and holds ({@link ValidPrograms}).
   */
  record Program(List<SourceFile> sources, List<String> options, Optional<ValidPrograms.Model> valid) {
    @Override
    public String toString() {
      return "options " + options + "\n" + sources.stream()
          .map(s -> "--- " + s.path() + "\n" + abbreviate(s.code()))
          .collect(Collectors.joining("\n"));
    }
  }

  record SourceFile(String path, String code) {}

  /** How a type is declared; each shape puts the members somewhere else. */
  enum Shape { CLASS, RECORD, ENUM, INTERFACE, ANNOTATION_TYPE, NESTED, LOCAL }

  record FieldSpec(String name, String type, String annotations) {}

  record TypeSpec(String name, Shape shape, String annotations, List<FieldSpec> fields,
      int superType, boolean generic) {}

  /** A {@code @Purpose} and where it is placed: -1 the catalog package, else a type index. */
  record PurposeSpec(int placement, String annotation) {}

  /**
   * About a third valid programs (so that the writer and the schema are reached, with unusual
   * Unicode, huge strings, cyclic types and the same purpose declared in many places) and two
   * thirds adversarial ones (every check, and javac's own errors).
   */
  static Arbitrary<Program> programs() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, ValidPrograms.programs()),
        net.jqwik.api.Tuple.of(2, adversarialPrograms()));
  }

  static Arbitrary<Program> adversarialPrograms() {
    Arbitrary<List<TypeSpec>> types = typeSpec().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<PurposeSpec>> purposes = purposeSpec().list().ofMaxSize(6);
    Arbitrary<List<String>> options = option().list().ofMaxSize(3);
    Arbitrary<String> junkPackageInfo = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(
            "@UserData(description = \"not allowed on a package\")\n", "@NotUserData(\"\")\n")));
    return Combinators.combine(types, purposes, options, junkPackageInfo).as(AdversarialPrograms::render);
  }

  // ---------------------------------------------------------------- strings and values

  /** Strings that stress escaping, encodings and sizes; rendered as Java literals. */
  static Arbitrary<String> nastyString() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of("The email you sign in with.", "Account", "x")),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("", " ", "\t\n", "\u00a0", "\u200b")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(
            "Émoji 🔒 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u202eRTL override", "e\u0301 combining", "\ufeffBOM",
            "NUL \u0000 inside", "lone \ud800 surrogate", "line\u2028separator", "数据 データ 데이터",
            "quote \" and backslash \\ and \\u0041", "</script><b>html</b>", "${jndi:ldap://x}")),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(24)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1_000, 40_000).map("long text "::repeat)));
  }

  static Arbitrary<String> literal() {
    return nastyString().map(AdversarialPrograms::javaLiteral);
  }

  static Arbitrary<String> purposeIdLiteral() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.of("account", "sync", "ads.measurement", "research")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("undeclared", "acount", "Account", "Bad Id", "", "a..b",
            "x-", "-x", "1abc", "ünïcødé", "a.b.c.d.e.f.g", "ads.", "sync ")),
        net.jqwik.api.Tuple.of(1, nastyString()))
        .map(AdversarialPrograms::javaLiteral);
  }

  static Arbitrary<String> purposesValue() {
    Arbitrary<String> list = purposeIdLiteral().list().ofMaxSize(4).map(l -> "{" + String.join(", ", l) + "}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, purposeIdLiteral()),
        net.jqwik.api.Tuple.of(4, list),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("{}", "{\"account\", \"account\"}", "Ids.ACCOUNT",
            "{Ids.ACCOUNT, \"sy\" + \"nc\"}",
            IntStream.range(0, 300).mapToObj(i -> "\"p" + i + "\"").collect(Collectors.joining(", ", "{", "}")))));
  }

  static Arbitrary<String> retentionValue() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of("P30D", "P2W", "P6M", "P1Y", "P1Y6M", "PT12H", "P1DT12H",
            "transient", "session", "until-account-deletion").map(AdversarialPrograms::javaLiteral)),
        net.jqwik.api.Tuple.of(4, Arbitraries.of("forever", "P0D", "PT0S", "-P1D", "P-1D", "P1.5D", "P1,5D",
            "P99999999999999999999Y", "P9223372036854775807Y", "P106751991167301D", "PT", "P", "p30d",
            " P30D ", "P３０D", "P30DT", "P1M1W1D", "PT1H1M1S", "Session", "TRANSIENT", "")
            .map(AdversarialPrograms::javaLiteral)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("\"P\" + \"30D\"", "Ids.RETENTION")),
        net.jqwik.api.Tuple.of(1, literal()));
  }

  static Arbitrary<String> enumValue(String type, String... constants) {
    List<String> values = new ArrayList<>();
    for (String c : constants) {
      values.add(type + "." + c);
    }
    Arbitrary<String> valid = Arbitraries.of(values);
    Arbitrary<String> wrong = Arbitraries.of("\"" + constants[0] + "\"", type + ".NOPE", "null", "0");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(400, valid), net.jqwik.api.Tuple.of(1, wrong));
  }

  static Arbitrary<String> booleanValue() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(400, Arbitraries.of("true", "false")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("\"yes\"", "1", "!false")));
  }

  static Arbitrary<String> reviewsValue() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of("\"DSR-1\"", "{\"DSR-1\", \"https://example.com/r/2\"}", "{}")),
        net.jqwik.api.Tuple.of(1, literal()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("{\"\"}", "{\" \"}")));
  }

  /** {@code @UserData(...)} with a random subset of elements, each valid or not. */
  static Arbitrary<String> userData(boolean onType) {
    List<Arbitrary<String>> elements = List.of(
        literal().map(v -> "name = " + v),
        literal().map(v -> "description = " + v),
        enumValue("DataKind", "IDENTIFIER", "ATTRIBUTE").map(v -> "kind = " + v),
        purposesValue().map(v -> "purposes = " + v),
        retentionValue().map(v -> "retention = " + v),
        booleanValue().map(v -> "serverVisible = " + v),
        booleanValue().map(v -> "sensitive = " + v),
        enumValue("DataForm", "RAW", "PSEUDONYMIZED", "AGGREGATED", "ANONYMIZED").map(v -> "form = " + v),
        reviewsValue().map(v -> "reviews = " + v),
        // Wrongly typed values and unknown elements: javac rejects them; the processor still runs.
        Arbitraries.of("bogus = 1", "value = \"x\"", "retention = 5", "purposes = 42", "reviews = 7",
            "kind = \"IDENTIFIER\"", "description = null"));
    // Each element present with its own probability (per mille); the javac errors rarely.
    int[] weights = onType
        ? new int[] {500, 500, 600, 600, 600, 300, 200, 300, 400, 6}
        : new int[] {300, 850, 600, 700, 700, 300, 300, 400, 600, 6};
    List<Arbitrary<String>> maybe = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      maybe.add(Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(weights[i], elements.get(i)),
          net.jqwik.api.Tuple.of(1000 - weights[i], Arbitraries.just(""))));
    }
    return Combinators.combine(maybe).as(parts -> "@UserData(" + parts.stream()
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")) + ")");
  }

  static Arbitrary<String> memberAnnotations() {
    Arbitrary<String> notUserData = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just("@NotUserData(\"a counter, not about a person\")")),
        net.jqwik.api.Tuple.of(2, literal().map(v -> "@NotUserData(" + v + ")")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("@NotUserData(\"\")", "@NotUserData(\"  \")")));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(100, userData(false)),
        net.jqwik.api.Tuple.of(20, notUserData),
        net.jqwik.api.Tuple.of(10, Combinators.combine(userData(false), notUserData).as((a, b) -> a + " " + b)),
        net.jqwik.api.Tuple.of(10, userData(false).map(
            a -> "@SuppressWarnings({\"datasafety\", \"unused\"}) @Deprecated " + a)),
        net.jqwik.api.Tuple.of(5, Arbitraries.just("@Deprecated")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("@NotUserData", "@NotUserData(value = 1)", "@UserData @UserData")));
  }

  // ---------------------------------------------------------------- types

  /** Field types; {@code #n} names the n-th generated type (cycles included), {@code SELF} the own type. */
  static Arbitrary<String> fieldType() {
    Arbitrary<String> nested = Arbitraries.integers().between(1, 40).map(depth -> {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        s.append(i % 3 == 0 ? "java.util.List<" : i % 3 == 1 ? "java.util.Map<String, " : "java.util.Optional<");
      }
      s.append("#0");
      s.append(">".repeat(depth));
      return s.toString();
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.of("String", "int", "long", "boolean", "double", "byte[]",
            "java.time.Instant", "java.util.List<String>", "Object", "java.util.Set<? extends CharSequence>")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("SELF", "#0", "#1", "#2", "#3", "#1[]", "java.util.List<#1>",
            "java.util.Map<String, #2>", "java.util.Optional<SELF>", "java.util.Map<#0, String>")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("NoSuchType", "java.util.List<NoSuchType>", "T",
            "java.util.List<T>", "no.such.pkg.Type", "int[][][][][][][][]")),
        net.jqwik.api.Tuple.of(1, nested));
  }

  static Arbitrary<String> fieldName() {
    return Arbitraries.of("email", "phoneNumber", "dateOfBirth", "ipAddress", "firstName", "ssn",
        "creditCardNumber", "heartRate", "religion", "location", "count", "x", "名前", "ünïcødé",
        "$dollar", "_under", "α", "value", "healthRecord", "deviceId");
  }

  static Arbitrary<FieldSpec> fieldSpec() {
    return Combinators.combine(fieldName(), fieldType(), memberAnnotations()).as(FieldSpec::new);
  }

  static Arbitrary<TypeSpec> typeSpec() {
    Arbitrary<String> name = Arbitraries.of("Profile", "Account", "Ünïcødé", "数据", "Ω", "$Dollar", "_Under");
    Arbitrary<Shape> shape = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(Shape.CLASS)),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Shape.RECORD)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Shape.ENUM)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Shape.INTERFACE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Shape.ANNOTATION_TYPE)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Shape.NESTED)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Shape.LOCAL)));
    Arbitrary<String> annotations = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, userData(true)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("@NotUserData(\"configuration\")")),
        net.jqwik.api.Tuple.of(1, userData(true).map(a -> "@SuppressWarnings(\"datasafety\") " + a)));
    return Combinators.combine(name, shape, annotations, fieldSpec().list().ofMaxSize(5),
        Arbitraries.integers().between(-12, 3), Arbitraries.of(true, false, false, false))
        .as(TypeSpec::new);
  }

  static Arbitrary<PurposeSpec> purposeSpec() {
    Arbitrary<String> choice = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(6, enumValue("Choice", "REQUIRED", "OPT_OUT", "OPT_IN").map(v -> ", choice = " + v)));
    Arbitrary<String> experimental = Arbitraries.of("", "", "", ", experimental = true", ", experimental = false",
        ", experimental = true, expires = \"2099-12-31\"", ", experimental = true, expires = \"2000-01-01\"",
        ", expires = \"not a date\"", ", legalBasis = LegalBasis.CONSENT");
    // A missing description or userBenefit is a javac error (no default): rare, or nothing else is checked.
    Arbitrary<String> description = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(60, Arbitraries.just(", description = \"Sign you in.\"")),
        net.jqwik.api.Tuple.of(20, literal().map(v -> ", description = " + v)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    Arbitrary<String> benefit = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(60, Arbitraries.just(", userBenefit = \"Your notes everywhere.\"")),
        net.jqwik.api.Tuple.of(20, literal().map(v -> ", userBenefit = " + v)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    Arbitrary<String> title = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(1, literal().map(v -> ", title = " + v)));
    Arbitrary<String> annotation = Combinators.combine(purposeIdLiteral(), title, description, benefit, choice, experimental)
        .as((id, t, d, b, c, e) -> "@Purpose(id = " + id + t + d + b + c + e + ")");
    Arbitrary<String> placed = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, annotation),
        net.jqwik.api.Tuple.of(1, annotation.list().ofMinSize(1).ofMaxSize(3)
            .map(l -> "@Purposes({" + String.join(", ", l) + "})")),
        net.jqwik.api.Tuple.of(1, annotation.map(a -> a + "\n" + a + "\n" + a)));
    return Combinators.combine(Arbitraries.integers().between(-1, 3), placed).as(PurposeSpec::new);
  }

  static Arbitrary<String> option() {
    return Arbitraries.of(
        "datasafety.stats=true", "datasafety.application=Acme Notes", "datasafety.application=",
        "datasafety.maxRetention=P1Y", "datasafety.maxRetention=forever", "datasafety.maxRetention=P0D",
        "datasafety.experimentMaxRetention=P30D", "datasafety.experimentMaxRetention=",
        "datasafety.requireReview=false", "datasafety.requireReview=maybe",
        "datasafety.undeclaredPersonalData=error", "datasafety.undeclaredPersonalData=off",
        "datasafety.undeclaredPersonalData=loud", "datasafety.baseline=/no/such/baseline.json",
        "datasafety.stats=yes");
  }

  // ---------------------------------------------------------------- rendering

  static Program render(List<TypeSpec> types, List<PurposeSpec> purposes, List<String> options, String junk) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      names.add(types.get(i).name() + i);
    }
    List<SourceFile> sources = new ArrayList<>();

    StringBuilder catalog = new StringBuilder();
    for (PurposeSpec p : purposes) {
      if (p.placement() < 0 || p.placement() >= types.size()) {
        catalog.append(p.annotation()).append('\n');
      }
    }
    sources.add(new SourceFile(CATALOG_PACKAGE + "/package-info.java",
        catalog + "package " + CATALOG_PACKAGE + ";\n\nimport dev.datasafety.*;\n"));
    sources.add(new SourceFile(PACKAGE + "/package-info.java", junk + "package " + PACKAGE + ";\n\nimport dev.datasafety.*;\n"));
    sources.add(new SourceFile(PACKAGE + "/Ids.java", "package " + PACKAGE + ";\n\n"
        + "public final class Ids {\n  public static final String ACCOUNT = \"account\";\n"
        + "  public static final String RETENTION = \"P30D\";\n  private Ids() {}\n}\n"));

    for (int i = 0; i < types.size(); i++) {
      TypeSpec t = types.get(i);
      StringBuilder purposeAnnotations = new StringBuilder();
      for (PurposeSpec p : purposes) {
        if (p.placement() == i) {
          purposeAnnotations.append(p.annotation()).append('\n');
        }
      }
      String code = "package " + PACKAGE + ";\n\nimport dev.datasafety.*;\n\n"
          + renderType(t, names.get(i), purposeAnnotations.toString(), names, types) + "\n";
      sources.add(new SourceFile(PACKAGE + "/" + names.get(i) + ".java", code));
    }
    return new Program(List.copyOf(sources), List.copyOf(options), Optional.empty());
  }

  private static String renderType(TypeSpec t, String name, String purposeAnnotations, List<String> names,
      List<TypeSpec> types) {
    String annotations = purposeAnnotations + t.annotations() + "\n";
    String typeParams = t.generic() ? "<T extends Comparable<T>>" : "";
    String extendsClause = "";
    int superIndex = t.superType();
    if (t.shape() == Shape.CLASS && superIndex >= 0 && superIndex < names.size()
        && types.get(superIndex).shape() == Shape.CLASS) {
      // May be the type itself or form a cycle: javac reports it, the processor must cope.
      extendsClause = " extends " + names.get(superIndex);
    }
    switch (t.shape()) {
      case RECORD: {
        String components = IntStream.range(0, t.fields().size())
            .mapToObj(i -> t.fields().get(i).annotations() + " " + type(t.fields().get(i).type(), name, names)
                + " " + t.fields().get(i).name() + i)
            .collect(Collectors.joining(",\n    "));
        String firstCheck = t.fields().isEmpty() ? "" : "    java.util.Objects.requireNonNull((Object) " + t.fields().get(0).name() + "0);\n";
        return annotations + "public record " + name + typeParams + "(\n    " + components + ") {\n"
            + "  public " + name + " {\n" + firstCheck + "  }\n}";
      }
      case ENUM:
        return annotations + "public enum " + name + " {\n  FIRST, SECOND;\n\n" + fields(t, name, names, "  ", false) + "}";
      case INTERFACE:
        return annotations + "public interface " + name + typeParams + " {\n" + fields(t, name, names, "  ", true) + "}";
      case ANNOTATION_TYPE:
        return annotations + "public @interface " + name + " {\n  String value() default \"\";\n" + fields(t, name, names, "  ", true) + "}";
      case NESTED:
        return "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", description = \"outer\")\n"
            + purposeAnnotations + "public class " + name + " {\n"
            + "  " + t.annotations() + "\n  public static class Inner" + typeParams + " {\n" + fields(t, name + ".Inner", names, "    ", false) + "  }\n\n"
            + "  " + t.annotations() + "\n  public class Member {\n" + fields(t, name + ".Member", names, "    ", false) + "  }\n}";
      case LOCAL:
        return purposeAnnotations + "public class " + name + " {\n  void method() {\n"
            + "    " + t.annotations() + "\n    class Local" + typeParams + " {\n" + fields(t, "Object", names, "      ", false) + "    }\n"
            + "    new Object() {\n" + fields(t, "Object", names, "      ", false) + "    };\n  }\n}";
      case CLASS:
      default:
        return annotations + "public class " + name + typeParams + extendsClause + " {\n"
            + "  private static final long serialVersionUID = 1L;\n" + fields(t, name, names, "  ", false) + "}";
    }
  }

  private static String fields(TypeSpec t, String self, List<String> names, String indent, boolean constants) {
    StringBuilder s = new StringBuilder();
    int i = 0;
    for (FieldSpec f : t.fields()) {
      String type = type(f.type(), self, names);
      s.append(indent).append(f.annotations()).append('\n').append(indent)
          .append(type).append(' ').append(f.name()).append(i++);
      if (constants) {
        s.append(" = ").append(defaultValue(type));
      }
      s.append(";\n");
    }
    return s.toString();
  }

  private static String type(String spec, String self, List<String> names) {
    String t = spec.replace("SELF", self);
    for (int i = 9; i >= 0; i--) {
      t = t.replace("#" + i, names.get(i % names.size()));
    }
    return t;
  }

  private static String defaultValue(String type) {
    switch (type) {
      case "int":
      case "long":
      case "double":
        return "0";
      case "boolean":
        return "false";
      default:
        return "null";
    }
  }

  /** A Java string literal for any string, lone surrogates (as unicode escapes) and control characters included. */
  static String javaLiteral(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired) {
        // As a source file can only hold it: no encoding has a lone surrogate.
        out.append(String.format("\\u%04x", (int) c));
        continue;
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        // javac (17 and 25) reads an escaped backslash right after a lone high surrogate as an
        // illegal escape; the octal escape of the backslash it reads right.
        case '\\' -> out.append(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? "\\134" : "\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static String abbreviate(String code) {
    return code.length() <= 4_000 ? code : code.substring(0, 4_000) + "... (" + code.length() + " chars)";
  }
}
