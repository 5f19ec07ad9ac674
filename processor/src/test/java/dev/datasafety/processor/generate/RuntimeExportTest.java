package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.ModuleInventory;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid declarations of every shape compile, and the generated export reads them at run time
 * (SPEC §8): private fields without accessors, accessors of other types, private nested types,
 * inherited fields, overriding accessors (as proxies have), cycles, generics; hostile texts.
 */
class RuntimeExportTest extends GeneratedCodeSupport {
  private static final String INVENTORY = "test.notes.DataSafetyInventory";

  @TempDir Path classes;

  private static JavaFileObject type(String simpleName, String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "package test.notes;";
    lines[1] = "import dev.datasafety.*;";
    lines[2] = "import java.util.*;";
    System.arraycopy(body, 0, lines, 3, body.length);
    return source("test.notes." + simpleName, lines);
  }

  /** Compiles in full, runs {@code test.notes.Samples.sample()} and exports what it returns. */
  private Map<?, ?> exportSample(List<String> options, JavaFileObject... sources) throws Exception {
    JavaFileObject[] all = Arrays.copyOf(sources, sources.length + 1);
    all[sources.length] = NotesFixture.CATALOG;
    Compilation c = compile(options, all);
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      Object sample = loader.loadClass("test.notes.Samples").getMethod("sample").invoke(null);
      return (Map<?, ?>) loader.loadClass(INVENTORY).getMethod("export", Object.class).invoke(null, sample);
    }
  }

  private Map<?, ?> exportSample(JavaFileObject... sources) throws Exception {
    return exportSample(List.of(), sources);
  }

  private static JavaFileObject samples(String body) {
    return type("Samples", "public final class Samples {", "  public static Object sample() {", body, "  }", "}");
  }

  @Test
  void privateFieldsWithoutAccessorsAreRead() throws Exception {
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "final class Account {",
        "  @UserData(description = \"Your email.\") private final String email;",
        "  @UserData(description = \"Your age.\", kind = DataKind.ATTRIBUTE) private int age = 36;",
        "  @NotUserData(\"a secret hash\") private String hash = \"x\";",
        "  Account(String email) { this.email = email; }",
        "}");
    Map<?, ?> exported = exportSample(account, samples("return new Account(\"ada@example.com\");"));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("email", "ada@example.com");
    expected.put("age", 36);
    assertThat(exported).containsExactlyEntriesIn(expected).inOrder();
  }

  @Test
  void anAccessorOfAnotherTypeIsUsedAsItIs() throws Exception {
    JavaFileObject owner = type("Owner",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Owner {",
        "  @UserData(description = \"Your pets' names.\") private Set<String> pets = new TreeSet<>(List.of(\"Rex\", \"Tom\"));",
        "  public Collection<String> getPets() { return Collections.unmodifiableCollection(pets); }",
        "}");
    assertThat(exportSample(owner, samples("return new Owner();"))).isEqualTo(Map.of("pets", List.of("Rex", "Tom")));
  }

  @Test
  void anOverridingAccessorIsCalledAsAProxyWouldHaveIt() throws Exception {
    JavaFileObject owner = type("Owner",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Owner {",
        "  @UserData(description = \"Your name.\") String name;",
        "  public String getName() { return name; }",
        "}");
    // A lazy proxy: its field stays null, its getter loads the value.
    JavaFileObject proxy = type("OwnerProxy",
        "public class OwnerProxy extends Owner {",
        "  @Override public String getName() { return \"loaded from the database\"; }",
        "}");
    assertThat(exportSample(owner, proxy, samples("return new OwnerProxy();")))
        .isEqualTo(Map.of("name", "loaded from the database"));
  }

  @Test
  void privateNestedTypesAndGenericsAreExported() throws Exception {
    JavaFileObject outer = type("Outer",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Outer<T> {",
        "  private final Secret secret = new Secret();",
        "  @UserData(description = \"Some values.\") private final List<Map<String, T>> values;",
        "  Outer(T value) { values = List.of(Map.of(\"k\", value)); }",
        "  @UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "  private static final class Secret {",
        "    @UserData(description = \"A secret.\") private final String code = \"1234\";",
        "  }",
        "}");
    Map<?, ?> exported = exportSample(outer, samples("return new Outer<>(42);"));
    assertThat(exported).isEqualTo(Map.of("secret", Map.of("code", "1234"), "values", List.of(Map.of("k", 42))));
  }

  @Test
  void inheritedFieldsAreExportedAndEachSubclassGivesThemItsOwnPurposes() throws Exception {
    JavaFileObject person = type("Person",
        "@UserData(name = \"You\", kind = DataKind.ATTRIBUTE)",
        "public abstract class Person {",
        "  @UserData(description = \"Your first name.\") private String firstName;",
        "  protected Person(String firstName) { this.firstName = firstName; }",
        "}");
    JavaFileObject owner = type("Owner",
        "@UserData(purposes = \"account\", retention = \"until-account-deletion\", reviews = \"DSR-1\")",
        "public class Owner extends Person {",
        "  @UserData(description = \"Your city.\") private String city = \"Paris\";",
        "  public Owner() { super(\"Ada\"); }",
        "}");
    JavaFileObject vet = type("Vet",
        "@UserData(purposes = \"sync\", retention = \"P30D\", reviews = \"DSR-2\")",
        "public class Vet extends Person {",
        "  public Vet() { super(\"James\"); }",
        "}");
    JavaFileObject samples = type("Samples", "public final class Samples {",
        "  public static Object sample() { return List.of(new Owner(), new Vet()); }", "}");
    Compilation c = compile(NotesFixture.CATALOG, person, owner, vet, samples);
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      DataInventory inventory = (DataInventory) loader.loadClass(INVENTORY).getMethod("inventory").invoke(null);
      assertThat(inventory.data().stream().map(DatumInfo::id).toList())
          .containsExactly("test.notes.Owner#city", "test.notes.Owner#firstName", "test.notes.Vet#firstName").inOrder();
      assertThat(inventory.datum("test.notes.Owner#firstName").orElseThrow().purposes()).containsExactly("account");
      assertThat(inventory.datum("test.notes.Vet#firstName").orElseThrow().purposes()).containsExactly("sync");
      assertThat(inventory.datum("test.notes.Vet#firstName").orElseThrow().retention().value()).isEqualTo("P30D");
      List<?> people = (List<?>) loader.loadClass("test.notes.Samples").getMethod("sample").invoke(null);
      java.lang.reflect.Method export = loader.loadClass(INVENTORY).getMethod("export", Object.class);
      Map<String, Object> ownerData = new LinkedHashMap<>();
      ownerData.put("firstName", "Ada");
      ownerData.put("city", "Paris");
      assertThat((Map<?, ?>) export.invoke(null, people.get(0))).containsExactlyEntriesIn(ownerData).inOrder();
      assertThat(export.invoke(null, people.get(1))).isEqualTo(Map.of("firstName", "James"));
    }
  }

  @Test
  void anObjectMetAgainInsideItselfEndsTheExport() throws Exception {
    JavaFileObject node = type("Node",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Node {",
        "  @UserData(description = \"A label.\") String label;",
        "  Node next;",
        "  Node(String label) { this.label = label; }",
        "}");
    Map<?, ?> exported = exportSample(node,
        samples("Node a = new Node(\"a\"); Node b = new Node(\"b\"); a.next = b; b.next = a; return a;"));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("label", "b");
    b.put("next", ModuleInventory.CYCLE);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("label", "a");
    a.put("next", b);
    assertThat(exported).isEqualTo(a);
  }

  @Test
  void aSourceTakingTheInventoryClassNameIsReportedOnceOnTheType() {
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Your email.\") String email;",
        "}");
    JavaFileObject taken = type("DataSafetyInventory", "class DataSafetyInventory {}");
    Compilation c = compile(NotesFixture.CATALOG, account, taken);
    assertThat(c).hadErrorContaining("[datasafety:generated-name-taken] test.notes.DataSafetyInventory cannot be"
            + " generated for the module's inventory: a class of that name is already part of this compilation."
            + " Rename that class, or choose another name with -Adatasafety.package=...")
        .inFile(account).onLineContaining("class Account");
    assertThat(errorKeys(c)).containsExactly("generated-name-taken");
  }

  @Test
  void aModuleWithErrorsGetsNoTableAndEachErrorIsReportedOnce() {
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"acount\", retention = \"P30D\", reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Your email.\") String email;",
        "  @UserData(description = \"Your name.\") String name;",
        "  @UserData(description = \"Your phone.\") String phone;",
        "}");
    Compilation c = compile(NotesFixture.CATALOG, account);
    // One misspelt purpose on the type, inherited by three data: one problem, one message.
    assertThat(errorKeys(c)).containsExactly("undeclared-purpose");
    assertThat(c).hadErrorContaining("Purpose 'acount'").inFile(account).onLineContaining("purposes = \"acount\"");
    assertThat(anyGeneratedFile(c, "DataSafetyInventory.data")).isEmpty();
    assertThat(anyGeneratedFile(c, "META-INF/datasafety/inventory.json")).isEmpty();
  }

  /**
   * Texts that broke generated sources or readers: line and paragraph separators (JavaPoet splits
   * lines on them), NEL, NUL, a BOM, bidi controls, emoji, an unpaired surrogate, comment and
   * quote characters, and a datum whose texts together are far above a class-file constant's
   * 64 KiB (one annotation value cannot be: javac limits each constant). The metamodel compiles and
   * keeps each text char for char; the table and the document carry them through the run-time.
   */
  @Test
  void everyTextSurvivesTheGeneratedCodeTheTableAndTheDocument() throws Exception {
    String huge = "€".repeat(20_000); // 60,000 bytes in a class file; name and description: 120,000
    List<String> texts = List.of("a\u2028b\u2029c\u0085d", "nul\u0000 bom\ufeff bidi\u202e\u2066 \u0007bell",
        "emoji \ud83d\ude00 lone \ud800 surrogate", "*/ <b>@deprecated</b> \\u0022 \" \\ $L $S %s", huge);
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      fields.append("  @UserData(name = ").append(javaLiteral(texts.get(i))).append(", description = ")
          .append(javaLiteral(texts.get(i))).append(") String text").append(i)
          .append(" = ").append(javaLiteral(texts.get(i))).append(";\n");
    }
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\","
            + " name = " + javaLiteral("group\u2028name") + ")",
        "public class Account {", fields.toString(), "}");
    Compilation c = compile(List.of("-Adatasafety.metamodel=true"), NotesFixture.CATALOG, account,
        samples("return new Account();"));
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      Class<?> inventoryClass = loader.loadClass(INVENTORY);
      DataInventory inventory = (DataInventory) inventoryClass.getMethod("inventory").invoke(null);
      Object sample = loader.loadClass("test.notes.Samples").getMethod("sample").invoke(null);
      Map<?, ?> exported = (Map<?, ?>) inventoryClass.getMethod("export", Object.class).invoke(null, sample);
      List<?> metamodel = (List<?>) loader.loadClass("test.notes.AccountUserData").getMethod("data").invoke(null);
      for (int i = 0; i < texts.size(); i++) {
        String expected = texts.get(i); // an unpaired surrogate too: the document escapes it
        DatumInfo constant = (DatumInfo) metamodel.get(i);
        assertThat(constant.description()).isEqualTo(texts.get(i)); // the class file keeps even that
        assertThat(constant.name()).isEqualTo(texts.get(i));
        assertThat(inventory.datum("test.notes.Account#text" + i).orElseThrow().description()).isEqualTo(expected);
        assertThat(exported.get("text" + i)).isEqualTo(texts.get(i));
      }
      assertThat(inventory.data().get(0).group()).isEqualTo("group\u2028name");
    }
  }

  /**
   * javac misreads an escaped backslash right after a lone high surrogate written as a unicode
   * escape ({@code "\\ud800\\\\u0041"}: an illegal escape), so the metamodel's literal of such a text
   * did not compile. The source writes the text as a constant concatenation, which javac reads right.
   */
  @Test
  void aBackslashRightAfterALoneSurrogateCompilesInTheMetamodel() throws Exception {
    String text = "lone \ud800" + "\\u0041 and \udbff" + "\\\\";
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Account {",
        "  @UserData(description = \"lone \\ud800\" + \"\\\\u0041 and \\udbff\" + \"\\\\\\\\\") String text;",
        "}");
    Compilation c = compile(List.of("-Adatasafety.metamodel=true"), NotesFixture.CATALOG, account);
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      List<?> metamodel = (List<?>) loader.loadClass("test.notes.AccountUserData").getMethod("data").invoke(null);
      assertThat(((DatumInfo) metamodel.get(0)).description()).isEqualTo(text);
    }
  }

  private static String javaLiteral(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      // Unicode escapes are read before the lexer: never one for a line end, a quote or a backslash.
      out.append(ch == '"' || ch == '\\' ? "\\" + ch
          : ch == '\n' || ch == '\r' ? String.format("\\%03o", (int) ch)
          : ch < 0x20 || ch > 0x7e ? String.format("\\u%04x", (int) ch) : "" + ch);
    }
    return out.append('"').toString();
  }

  @Test
  void theRunTimeRefusesATableOfAnotherEncodingNamingBothAndTheFix() {
    IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> ModuleInventory.load(java.lang.invoke.MethodHandles.lookup(), ModuleInventory.ENCODING + 1, () -> null));
    assertThat(refused).hasMessageThat().contains("was generated for datasafety encoding " + (ModuleInventory.ENCODING + 1)
        + ", but the datasafety-annotations run-time on the class path reads encoding " + ModuleInventory.ENCODING);
    assertThat(refused).hasMessageThat().contains("Use the datasafety-annotations version that matches");
  }

}
