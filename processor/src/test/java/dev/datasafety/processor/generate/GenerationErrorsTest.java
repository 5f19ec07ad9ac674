package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.DataSafetyProcessor;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When code cannot or must not be generated, and unusual declarations that must still generate well. */
class GenerationErrorsTest extends GeneratedCodeSupport {
  @TempDir Path classes;

  private static JavaFileObject type(String simpleName, String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "package test.notes;";
    lines[1] = "import dev.datasafety.*;";
    lines[2] = "import java.util.*;";
    System.arraycopy(body, 0, lines, 3, body.length);
    return source("test.notes." + simpleName, lines);
  }

  @Test
  void privateFieldWithoutGetterIsReportedOnTheFieldAndNothingIsGenerated() {
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Your email.\")",
        "  private String email;",
        "  public Optional<String> getEmail() { return Optional.ofNullable(email); }",
        "}");
    Compilation c = compile(NotesFixture.CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:unreadable-member] Member 'email' of test.notes.Account cannot be read"
            + " by the generated AccountUserData: the field is private and has no accessible getter returning"
            + " java.lang.String (tried getEmail(), email())")
        .inFile(account).onLineContaining("private String email");
    assertThat(errorKeys(c)).containsExactly("unreadable-member");
    assertThat(generatedSourceNames(c)).doesNotContain("test.notes.AccountUserData");
  }

  /**
   * Another processor adds the getter in the same round, after datasafety ran: here it generates
   * the superclass that declares it. Reading waits one round instead of failing.
   */
  @Test
  void getterAddedByAnotherProcessorInTheSameRoundIsFoundInTheNextRound() throws Exception {
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Account extends AccountBase {",
        "  @UserData(description = \"Your email.\")",
        "  private String email = \"ada@example.com\";",
        "  public static Account sample() { return new Account(); }",
        "}");
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new DataSafetyProcessor(), new FirstRoundSourceGenerator("test.notes.AccountBase",
            "package test.notes; public abstract class AccountBase {"
              + " public String getEmail() { return \"read through the generated superclass\"; } }"))
        .compile(NotesFixture.CATALOG, account);
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      Object sample = loader.loadClass("test.notes.Account").getMethod("sample").invoke(null);
      Object exported = loader.loadClass("test.notes.AccountUserData")
          .getMethod("export", loader.loadClass("test.notes.Account")).invoke(null, sample);
      assertThat(exported).isEqualTo(Map.of("email", "read through the generated superclass"));
      // DataSafetyInventory waits for the retried type instead of being written without it.
      DataInventory inventory = (DataInventory) loader.loadClass("test.DataSafetyInventory").getMethod("inventory").invoke(null);
      assertThat(inventory.datum("test.notes.Account#email")).isPresent();
    }
  }

  @Test
  void aSourceTakingTheGeneratedNameIsReportedOnTheType() {
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Your email.\") String email;",
        "}");
    JavaFileObject taken = type("AccountUserData", "class AccountUserData {}");
    Compilation c = compile(NotesFixture.CATALOG, account, taken);
    assertThat(c).hadErrorContaining("[datasafety:unreadable-member] Type test.notes.Account cannot be read by the"
            + " generated test.notes.AccountUserData: a class of that name is already part of this compilation")
        .inFile(account).onLineContaining("class Account");
    assertThat(errorKeys(c)).containsExactly("unreadable-member");
  }

  @Test
  void privateNestedTypeIsReportedOnTheType() {
    JavaFileObject outer = type("Outer",
        "class Outer {",
        "  @UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "  private static final class Secret {",
        "    @UserData(description = \"A secret.\") String secret;",
        "  }",
        "}");
    Compilation c = compile(NotesFixture.CATALOG, outer);
    assertThat(c).hadErrorContaining("[datasafety:unreadable-member] Type test.notes.Outer.Secret cannot be read by the"
            + " generated Outer_SecretUserData: it is private")
        .inFile(outer).onLineContaining("class Secret");
    assertThat(errorKeys(c)).containsExactly("unreadable-member");
  }

  @Test
  void typeWithErrorsGetsNoClassAndItsErrorIsReportedOnce() {
    JavaFileObject account = type("Account",
        "class Account {",
        "  @UserData(description = \"Your email.\", kind = DataKind.IDENTIFIER, purposes = \"account\", reviews = \"DSR-1\")",
        "  String email;",
        "}");
    JavaFileObject device = type("Device",
        "class Device {",
        "  @UserData(description = \"Its name.\", kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\",",
        "      reviews = \"DSR-1\")",
        "  String name;",
        "}");
    Compilation c = compile(NotesFixture.CATALOG, account, device);
    assertThat(errorKeys(c)).containsExactly("missing-retention");
    assertThat(generatedSourceNames(c)).contains("test.notes.DeviceUserData");
    assertThat(generatedSourceNames(c)).containsNoneOf("test.notes.AccountUserData", "test.DataSafetyInventory");
  }

  @Test
  void typeWhoseNestedTypeHasErrorsWaitsAndGetsNoClassThatCouldNotCompile() {
    JavaFileObject account = type("Account",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "class Account {",
        "  List<Note> notes;",
        "}");
    JavaFileObject note = type("Note",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", reviews = \"DSR-1\")",
        "class Note {",
        "  @UserData(description = \"The text.\") String text;",
        "}");
    Compilation c = compile(NotesFixture.CATALOG, account, note);
    assertThat(errorKeys(c)).containsExactly("missing-retention");
    assertThat(generatedSourceNames(c)).doesNotContain("test.notes.AccountUserData");
    assertThat(c.errors().stream().filter(e -> !e.getMessage(null).startsWith("[datasafety:"))).isEmpty();
  }

  @Test
  void hostileTextIsKeptExactlyAndCannotBreakTheGeneratedSource() throws Exception {
    String hostile = "*/ <script>alert(1)</script> \\u0022 @deprecated \" $L ";
    JavaFileObject account = type("Account",
        "class Account {",
        "  @UserData(description = \"" + hostile.replace("\\", "\\\\").replace("\"", "\\\"") + "\",",
        "      kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "  String email;",
        "}");
    Compilation c = compile(NotesFixture.CATALOG, account);
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      DatumInfo email = (DatumInfo) loader.loadClass("test.notes.AccountUserData").getField("EMAIL").get(null);
      assertThat(email.description()).isEqualTo(hostile);
    }
  }

  @Test
  void genericTypesAndGettersOfAnotherTypeExportThroughTheFieldOrTheBound() throws Exception {
    JavaFileObject box = type("Box",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Box<T extends Item> {",
        "  public T item;",
        "  @UserData(description = \"A label.\") String label = \"kept\";",
        "  public Optional<String> getLabel() { return Optional.of(\"not this one\"); }",
        "}");
    JavaFileObject item = type("Item",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "public class Item {",
        "  @UserData(description = \"A name.\") public String name = \"pen\";",
        "  public static Box<Item> boxed() { Box<Item> b = new Box<>(); b.item = new Item(); return b; }",
        "}");
    Compilation c = compile(NotesFixture.CATALOG, box, item);
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      Object boxed = loader.loadClass("test.notes.Item").getMethod("boxed").invoke(null);
      Object exported = loader.loadClass("test.notes.BoxUserData").getMethods()[0].getDeclaringClass()
          .getMethod("export", loader.loadClass("test.notes.Box")).invoke(null, boxed);
      assertThat(exported).isEqualTo(Map.of("item", Map.of("name", "pen"), "label", "kept"));
    }
  }
}
