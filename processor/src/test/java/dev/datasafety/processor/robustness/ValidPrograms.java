package dev.datasafety.processor.robustness;

import static dev.datasafety.processor.robustness.AdversarialPrograms.javaLiteral;

import dev.datasafety.processor.robustness.AdversarialPrograms.Program;
import dev.datasafety.processor.robustness.AdversarialPrograms.Shape;
import dev.datasafety.processor.robustness.AdversarialPrograms.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid programs, kept as a model beside their source: which members each type declares, with
 * which texts, and the values a generated static factory {@code sample(int depth)} puts in each
 * object. So a test can compile a program in full, build its objects, and know exactly what
 * {@code DataSafetyInventory.export} and {@code inventory()} must give back.
 *
 * <p>Every object of a depth-{@code d} sample holds, in each reference member, a sample of depth
 * {@code d - 1}; at depth 0 a reference is {@code null}, an empty map or optional, or, for a
 * class's own type, the object itself (a cycle the export must end). Field names are unique in a
 * program, so no field hides an inherited one. Members are private or not, with a getter, a
 * {@code x()} accessor, an accessor returning {@code Object}, or none.
 */
final class ValidPrograms {
  private ValidPrograms() {}

  static final String PACKAGE = AdversarialPrograms.PACKAGE;
  static final String CATALOG_PACKAGE = AdversarialPrograms.CATALOG_PACKAGE;
  static final List<String> PURPOSE_IDS = List.of("account", "sync", "ads.measurement", "research");
  /** How deep the root objects the test exports are. */
  static final int ROOT_DEPTH = 2;

  /** How a member is read: the exporter must use an accessor of any return type, or the field. */
  enum Accessor { NONE, GETTER, PLAIN, GETTER_OF_OBJECT }

  /** The value kinds a member can hold; {@code #n} reference the n-th type of the program. */
  enum ValueType {
    STRING("String"), INT("int"), LONGS("long[]"), STRINGS("java.util.List<String>"), SELF("SELF"),
    OTHER("#"), MAP_OF_OTHER("java.util.Map<String, java.util.List<java.util.Optional<#>>>"),
    OPTIONAL_SELF("java.util.Optional<SELF>");

    final String pattern;

    ValueType(String pattern) {
      this.pattern = pattern;
    }

    boolean scalar() {
      return this == STRING || this == INT || this == LONGS || this == STRINGS;
    }
  }

  /**
   * One member. {@code description} and {@code displayName} are the raw texts of a declared
   * member ({@code displayName} empty when derived); {@code target} the index of the referenced type.
   */
  record Member(String baseName, ValueType valueType, int target, boolean declared, boolean suppressed,
      String description, String displayName, String retention, String form, String flags, List<String> purposes,
      boolean privateField, Accessor accessor, String textSeed) {}

  /** A type-level annotation: none, a group without defaults, a named group. */
  record TypeAnnotation(String source, boolean present) {}

  record Type(String baseName, Shape shape, TypeAnnotation annotation, List<Member> members, int superType,
      boolean generic) {}

  /**
   * One concrete class of the program the test samples: its binary name, its source name, the
   * type it came from and the members it declares itself (not inherited).
   */
  record Holder(String binaryName, String canonicalName, String sourceName, int typeIndex, Shape shape,
      boolean annotated, List<Member> members, Optional<String> superclass) {}

  /** A valid program: the compilation and the classes it declares. */
  record Model(List<Type> types, List<String> names, Map<String, Holder> holders, boolean metamodel) {
    Holder holder(String binaryName) {
      return holders.get(binaryName);
    }
  }

  // ---------------------------------------------------------------- arbitraries

  /** Valid texts of every kind: Unicode of every plane, separators, controls, bidi, very long. */
  static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("The email you sign in with.", "Account", "Émoji 🔒 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "\u202eRTL override", "e\u0301 combining", "数据 データ 데이터", "quote \" and backslash \\ and \\u0041",
            "</script><b>html</b>", "tab\tand\nnewline", "line\u2028and\u2029paragraph\u0085next", "NUL \u0000 inside",
            "\ufeffBOM", "lone \ud800 surrogate", "closing */ comment", "trailing \\")),
        Tuple.of(1, Arbitraries.integers().between(1_000, 6_000).map("long text "::repeat)));
  }

  static Arbitrary<Member> member() {
    Arbitrary<List<String>> purposes = Arbitraries.of(PURPOSE_IDS).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    Arbitrary<String> retention = Arbitraries.of("P30D", "P2W", "P6M", "P1Y6M", "PT12H", "P1DT12H", "transient",
        "session", "until-account-deletion", "until-deletion-request");
    Arbitrary<String> form = Arbitraries.of("", ", form = DataForm.RAW", ", form = DataForm.PSEUDONYMIZED",
        ", form = DataForm.AGGREGATED", ", form = DataForm.ANONYMIZED");
    Arbitrary<String> displayName = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")), Tuple.of(1, text()));
    Arbitrary<Integer> kind = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(1)), Tuple.of(1, Arbitraries.just(2)));
    Arbitrary<Object[]> texts = Combinators.combine(text(), displayName, retention, form,
        Arbitraries.of("", ", sensitive = true", ", serverVisible = false"), purposes)
        .as((d, n, r, f, flags, p) -> new Object[] {d, n, r, f, flags, p});
    return Combinators.combine(AdversarialPrograms.fieldName(), Arbitraries.of(ValueType.values()),
            Arbitraries.integers().between(0, 3), kind, texts, Arbitraries.of(true, false),
            Arbitraries.of(Accessor.values()), text())
        .as((name, valueType, target, k, t, priv, accessor, seed) -> {
          @SuppressWarnings("unchecked")
          List<String> ids = (List<String>) t[5];
          return new Member(name, valueType, target, k != 1, k == 2, (String) t[0], (String) t[1], (String) t[2],
              (String) t[3], (String) t[4], ids, priv, accessor, seed);
        });
  }

  static Arbitrary<TypeAnnotation> typeAnnotation() {
    return Arbitraries.of(
        new TypeAnnotation("@UserData(description = \"Your account\")", true),
        new TypeAnnotation("@UserData(name = \"Ünïcødé group\", description = \"数据\", kind = DataKind.ATTRIBUTE)", true),
        new TypeAnnotation("", false));
  }

  static Arbitrary<Type> type() {
    return Combinators.combine(
            Arbitraries.of("Profile", "Ünïcødé", "数据", "Ω"),
            Arbitraries.of(Shape.CLASS, Shape.CLASS, Shape.RECORD, Shape.ENUM, Shape.NESTED, Shape.LOCAL),
            typeAnnotation(), member().list().ofMaxSize(5), Arbitraries.integers().between(-3, 3),
            Arbitraries.of(true, false, false))
        .as(Type::new);
  }

  /** Every id declared in the catalog, and identical copies of some declarations on types. */
  static Arbitrary<Program> programs() {
    Arbitrary<List<Integer>> copies = Arbitraries.integers().between(0, 15).list().ofMaxSize(6);
    Arbitrary<List<String>> options = Arbitraries.of("datasafety.stats=true", "datasafety.application=Acme Notes 数据",
        "datasafety.requireReview=false", "datasafety.undeclaredPersonalData=off").list().ofMaxSize(2).uniqueElements();
    return Combinators.combine(type().list().ofMinSize(1).ofMaxSize(4), copies, options,
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))))
        .as(ValidPrograms::render);
  }

  static String purposeAnnotation(String id) {
    String choice = id.equals("research") ? ", choice = Choice.OPT_IN" : id.equals("sync") ? ", choice = Choice.OPT_OUT" : "";
    return "@Purpose(id = " + javaLiteral(id) + ", title = \"Tïtle " + id + "\", description = \"What \u202e it is for: "
        + id + "\", userBenefit = \"Your benefit 🔒\"" + choice + ")";
  }

  // ---------------------------------------------------------------- rendering

  static Program render(List<Type> drawn, List<Integer> copies, List<String> drawnOptions, boolean metamodel) {
    List<Type> types = withoutInvalidSuperclasses(drawn);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      names.add(types.get(i).baseName() + i);
    }
    Map<String, Holder> holders = new LinkedHashMap<>();
    List<SourceFile> sources = new ArrayList<>();
    String catalog = PURPOSE_IDS.stream().map(id -> purposeAnnotation(id) + "\n").collect(Collectors.joining());
    sources.add(new SourceFile(CATALOG_PACKAGE + "/package-info.java",
        catalog + "package " + CATALOG_PACKAGE + ";\n\nimport dev.datasafety.*;\n"));
    sources.add(new SourceFile(PACKAGE + "/package-info.java", "package " + PACKAGE + ";\n\nimport dev.datasafety.*;\n"));
    for (int i = 0; i < types.size(); i++) {
      StringBuilder purposes = new StringBuilder();
      for (int copy : copies) {
        if (copy % types.size() == i && copy < 4 * types.size()) {
          purposes.append(purposeAnnotation(PURPOSE_IDS.get(copy % PURPOSE_IDS.size()))).append('\n');
        }
      }
      String code = "package " + PACKAGE + ";\n\nimport dev.datasafety.*;\n\n"
          + renderType(types, i, names, purposes.toString(), holders) + "\n";
      sources.add(new SourceFile(PACKAGE + "/" + names.get(i) + ".java", code));
    }
    List<String> options = new ArrayList<>(drawnOptions);
    if (metamodel) {
      options.add("datasafety.metamodel=true");
    }
    Model model = new Model(List.copyOf(types), List.copyOf(names), Map.copyOf(holders), metamodel);
    return new Program(List.copyOf(sources), List.copyOf(options), Optional.of(model));
  }

  /** Only classes extend, and only classes drawn before them: no cycle, no record or enum base. */
  private static List<Type> withoutInvalidSuperclasses(List<Type> drawn) {
    List<Type> types = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      Type t = drawn.get(i);
      int superType = t.superType();
      boolean valid = t.shape() == Shape.CLASS && superType >= 0 && superType < i
          && drawn.get(superType).shape() == Shape.CLASS;
      List<Member> members = t.members();
      if (t.shape() == Shape.ENUM) {
        // An enum's constants are shared: its samples hold scalars only, the same at every depth.
        members = members.stream().filter(m -> m.valueType().scalar()).toList();
      }
      types.add(new Type(t.baseName(), t.shape(), t.annotation(), members, valid ? superType : -1, t.generic()));
    }
    return types;
  }

  /** A member's field name: unique in the program, so no field hides another. */
  static String fieldName(Member m, int typeIndex, int memberIndex) {
    return m.baseName() + typeIndex + "_" + memberIndex;
  }

  private static String renderType(List<Type> types, int i, List<String> names, String purposeAnnotations,
      Map<String, Holder> holders) {
    Type t = types.get(i);
    String name = names.get(i);
    String typeParams = t.generic() ? "<T extends Comparable<T>>" : "";
    String annotation = t.annotation().source();
    String binary = PACKAGE + "." + name;
    switch (t.shape()) {
      case RECORD: {
        holders.put(binary, holder(binary, binary, name, i, t, Optional.empty()));
        List<String> components = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (int k = 0; k < t.members().size(); k++) {
          Member m = t.members().get(k);
          components.add(memberAnnotation(m) + " " + javaType(m, name, names) + " " + fieldName(m, i, k));
          arguments.add(valueExpression(m, i, k, name, names, "null", false));
        }
        String rawWarning = t.generic() ? "@SuppressWarnings({\"rawtypes\", \"unchecked\"})\n  " : "";
        return purposeAnnotations + annotation + "\npublic record " + name + typeParams + "(\n    "
            + String.join(",\n    ", components) + ") {\n"
            + "  " + rawWarning + "public static " + name + " sample(int depth) {\n"
            + "    return new " + name + "(" + String.join(",\n        ", arguments) + ");\n  }\n}";
      }
      case ENUM: {
        holders.put(binary, holder(binary, binary, name, i, t, Optional.empty()));
        return purposeAnnotations + annotation + "\npublic enum " + name + " {\n  FIRST, SECOND;\n\n"
            + classBody(t, i, name, names, "  ", true, false)
            + "  public static " + name + " sample(int depth) {\n    FIRST.fill(0);\n    return FIRST;\n  }\n}";
      }
      case NESTED: {
        holders.put(binary, new Holder(binary, binary, name, i, Shape.NESTED, true, List.of(), Optional.empty()));
        holders.put(binary + "$Inner", holder(binary + "$Inner", binary + ".Inner", name + ".Inner", i, t, Optional.empty()));
        holders.put(binary + "$Member", holder(binary + "$Member", binary + ".Member", name + ".Member", i, t,
            Optional.empty()));
        return "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", description = \"outer\")\n"
            + purposeAnnotations + "public class " + name + " {\n"
            + "  public static " + name + " sample(int depth) {\n    return new " + name + "();\n  }\n\n"
            + "  " + annotation + "\n  public static class Inner" + typeParams + " {\n"
            + classBody(t, i, name + ".Inner", names, "    ", false, false)
            + factory(name + ".Inner", "new " + name + ".Inner()", "    ", t.generic()) + "  }\n\n"
            + "  " + annotation + "\n  public class Member {\n"
            + classBody(t, i, name + ".Member", names, "    ", false, false)
            + factory(name + ".Member", "new " + name + "().new Member()", "    ", false) + "  }\n}";
      }
      case LOCAL: {
        // Local and anonymous classes are no members of anything: javac shows them to no processor.
        holders.put(binary, new Holder(binary, binary, name, i, Shape.LOCAL, false, List.of(), Optional.empty()));
        return purposeAnnotations + "public class " + name + " {\n"
            + "  public static " + name + " sample(int depth) {\n    return new " + name + "();\n  }\n\n"
            + "  void method() {\n"
            + "    " + annotation + "\n    class Local" + typeParams + " {\n" + fieldDeclarations(t, i, "Object", names, "      ")
            + "    }\n    new Object() {\n" + fieldDeclarations(t, i, "Object", names, "      ") + "    };\n  }\n}";
      }
      case CLASS:
      default: {
        Optional<String> superclass = t.superType() >= 0 ? Optional.of(PACKAGE + "." + names.get(t.superType())) : Optional.empty();
        holders.put(binary, holder(binary, binary, name, i, t, superclass));
        String extendsClause = superclass.map(s -> " extends " + names.get(t.superType())).orElse("");
        return purposeAnnotations + annotation + "\npublic class " + name + typeParams + extendsClause + " {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + classBody(t, i, name, names, "  ", false, superclass.isPresent())
            + factory(name, "new " + name + "()", "  ", t.generic()) + "}";
      }
    }
  }

  private static Holder holder(String binary, String canonical, String sourceName, int i, Type t, Optional<String> superclass) {
    boolean annotated = t.annotation().present() || t.members().stream().anyMatch(Member::declared);
    return new Holder(binary, canonical, sourceName, i, t.shape(), annotated, t.members(), superclass);
  }

  private static String factory(String self, String construction, String indent, boolean raw) {
    String warning = raw ? indent + "@SuppressWarnings({\"rawtypes\", \"unchecked\"})\n" : "";
    return warning + indent + "public static " + self + " sample(int depth) {\n"
        + indent + "  " + self + " o = " + construction + ";\n"
        + indent + "  o.fill(depth);\n"
        + indent + "  return o;\n" + indent + "}\n";
  }

  /** Fields, their accessors, and {@code fill(depth)}, which sets every field (the inherited ones first). */
  private static String classBody(Type t, int i, String self, List<String> names, String indent, boolean isEnum,
      boolean hasSuper) {
    StringBuilder s = new StringBuilder(fieldDeclarations(t, i, self, names, indent));
    for (int k = 0; k < t.members().size(); k++) {
      Member m = t.members().get(k);
      String field = fieldName(m, i, k);
      String type = javaType(m, self, names);
      String capitalized = Character.toUpperCase(field.charAt(0)) + field.substring(1);
      switch (isEnum ? Accessor.NONE : m.accessor()) {
        case GETTER -> s.append(indent).append("public ").append(type).append(" get").append(capitalized)
            .append("() {\n").append(indent).append("  return ").append(field).append(";\n").append(indent).append("}\n");
        case PLAIN -> s.append(indent).append("public ").append(type).append(' ').append(field)
            .append("() {\n").append(indent).append("  return ").append(field).append(";\n").append(indent).append("}\n");
        case GETTER_OF_OBJECT -> s.append(indent).append("public Object get").append(capitalized)
            .append("() {\n").append(indent).append("  return ").append(field).append(";\n").append(indent).append("}\n");
        case NONE -> { }
      }
    }
    s.append(indent).append("@SuppressWarnings({\"rawtypes\", \"unchecked\"})\n")
        .append(indent).append("void fill(int depth) {\n");
    if (hasSuper) {
      s.append(indent).append("  super.fill(depth);\n");
    }
    for (int k = 0; k < t.members().size(); k++) {
      Member m = t.members().get(k);
      s.append(indent).append("  this.").append(fieldName(m, i, k)).append(" = ")
          .append(valueExpression(m, i, k, self, names, "this", isEnum)).append(";\n");
    }
    return s.append(indent).append("}\n").toString();
  }

  private static String fieldDeclarations(Type t, int i, String self, List<String> names, String indent) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < t.members().size(); k++) {
      Member m = t.members().get(k);
      s.append(indent).append(memberAnnotation(m)).append('\n').append(indent)
          .append(m.privateField() ? "private " : "").append(javaType(m, self, names)).append(' ')
          .append(fieldName(m, i, k)).append(";\n");
    }
    return s.toString();
  }

  private static String memberAnnotation(Member m) {
    if (!m.declared()) {
      return "@NotUserData(\"a counter, not about a person\")";
    }
    String name = m.displayName().isEmpty() ? "" : "name = " + javaLiteral(m.displayName()) + ", ";
    String purposes = m.purposes().stream().map(AdversarialPrograms::javaLiteral).collect(Collectors.joining(", ", "{", "}"));
    String annotation = "@UserData(" + name + "description = " + javaLiteral(m.description())
        + ", kind = DataKind.ATTRIBUTE, purposes = " + purposes + ", retention = " + javaLiteral(m.retention()) + m.form()
        + m.flags() + ", reviews = {\"DSR-1\", \"https://example.com/review/2\"})";
    return m.suppressed() ? "@SuppressWarnings(\"datasafety\") " + annotation : annotation;
  }

  static String targetName(Member m, List<String> names) {
    return names.get(m.target() % names.size());
  }

  private static String javaType(Member m, String self, List<String> names) {
    return m.valueType().pattern.replace("SELF", self).replace("#", targetName(m, names));
  }

  // ---------------------------------------------------------------- values

  /** The text a string member holds at a depth (the program appends the depth). */
  static String stringValue(Member m, int depth) {
    return m.textSeed() + depth;
  }

  static int intValue(int typeIndex, int memberIndex, int depth) {
    return 1000 * typeIndex + 10 * memberIndex + depth;
  }

  /**
   * The Java expression a factory sets a member to, for the {@code depth} variable; {@code here} is
   * what a member of the own type holds at depth 0 ({@code this} in a class, {@code null} in a record).
   */
  private static String valueExpression(Member m, int i, int k, String self, List<String> names, String here,
      boolean isEnum) {
    String depth = isEnum ? "0" : "depth";
    String number = "(" + intValue(i, k, 0) + " + " + depth + ")";
    String target = targetName(m, names);
    return switch (m.valueType()) {
      case STRING -> javaLiteral(m.textSeed()) + " + " + depth;
      case INT -> number;
      case LONGS -> "new long[] {" + number + ", -1L}";
      case STRINGS -> "java.util.List.of(" + javaLiteral(m.textSeed()) + " + " + depth + ", \"second\")";
      case SELF -> "depth > 0 ? " + self + ".sample(depth - 1) : " + here;
      case OTHER -> "depth > 0 ? " + target + ".sample(depth - 1) : null";
      case MAP_OF_OTHER -> "depth > 0 ? java.util.Map.of(\"k\", java.util.List.of(java.util.Optional.of(" + target
          + ".sample(depth - 1)), java.util.Optional.empty())) : java.util.Map.of()";
      case OPTIONAL_SELF -> "depth > 0 ? java.util.Optional.of(" + self + ".sample(depth - 1)) : java.util.Optional.empty()";
    };
  }
}
