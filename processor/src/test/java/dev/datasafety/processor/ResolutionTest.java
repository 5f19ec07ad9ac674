package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How each element of a datum is resolved (SPEC §3) and which members count. */
class ResolutionTest extends ProcessorTestSupport {

  private static JsonNode datum(JsonNode inventory, String id) {
    for (JsonNode d : inventory.get("data")) {
      if (d.get("id").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no datum " + id + " in " + inventory);
  }

  private static List<String> ids(JsonNode inventory) {
    List<String> ids = new ArrayList<>();
    inventory.get("data").forEach(d -> ids.add(d.get("id").asText()));
    return ids;
  }

  @Test
  void memberValueWinsOverDeclaringTypeWhichWinsOverOuterType() {
    JavaFileObject outer = source("test.Outer",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P1Y\", kind = DataKind.IDENTIFIER, serverVisible = false,",
        "    sensitive = true, form = DataForm.PSEUDONYMIZED, reviews = \"DSR-OUTER\")",
        "class Outer {",
        "  @UserData(retention = \"P30D\", kind = DataKind.ATTRIBUTE)",
        "  static class Inner {",
        "    @UserData(description = \"Inherits\") String inherits;",
        "    @UserData(description = \"Overrides\", retention = \"session\", purposes = \"sync\", serverVisible = true,",
        "        reviews = {\"DSR-1\", \"DSR-2\"})",
        "    String overrides;",
        "  }",
        "}");
    JsonNode inventory = inventoryTree(compile(CATALOG, outer));
    JsonNode inherits = datum(inventory, "test.Outer.Inner#inherits");
    assertThat(inherits.get("retention").get("value").asText()).isEqualTo("P30D");
    assertThat(inherits.get("kind").asText()).isEqualTo("attribute");
    assertThat(inherits.get("purposes").get(0).asText()).isEqualTo("account");
    assertThat(inherits.get("serverVisible").asBoolean()).isFalse();
    assertThat(inherits.get("sensitive").asBoolean()).isTrue();
    assertThat(inherits.get("form").asText()).isEqualTo("pseudonymized");
    assertThat(inherits.get("reviews").get(0).asText()).isEqualTo("DSR-OUTER");
    assertThat(inherits.get("source").get("group").asText()).isEqualTo("Inner");

    JsonNode overrides = datum(inventory, "test.Outer.Inner#overrides");
    assertThat(overrides.get("retention").get("value").asText()).isEqualTo("session");
    assertThat(overrides.get("retention").get("text").asText()).isEqualTo("Until the end of your session");
    assertThat(overrides.get("purposes").get(0).asText()).isEqualTo("sync");
    assertThat(overrides.get("optional").asBoolean()).isTrue();
    assertThat(overrides.get("serverVisible").asBoolean()).isTrue();
    assertThat(overrides.get("reviews").size()).isEqualTo(2);
  }

  @Test
  void defaultsApplyOnlyToServerVisibleSensitiveFormAndReviews() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Your email\", purposes = \"account\", retention = \"until-account-deletion\",",
        "      kind = DataKind.IDENTIFIER, reviews = \"DSR-12\")",
        "  String emailAddress;",
        "}");
    JsonNode d = datum(inventoryTree(compile(CATALOG, account)), "test.Account#emailAddress");
    assertThat(d.get("name").asText()).isEqualTo("Email address");
    assertThat(d.get("serverVisible").asBoolean()).isTrue();
    assertThat(d.get("sensitive").asBoolean()).isFalse();
    assertThat(d.get("form").asText()).isEqualTo("raw");
    assertThat(d.get("optional").asBoolean()).isFalse();
    assertThat(d.get("source").get("group").asText()).isEqualTo("Account");
    assertThat(d.get("retention").get("text").asText()).isEqualTo("Until you delete your account");
  }

  @Test
  void nameAndDescriptionAreNeverInheritedFromTheType() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(name = \"Your account\", description = \"What we keep to run your account\",",
        "    purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Account {",
        "  @UserData(description = \"Your language\") String preferredLanguage;",
        "  @UserData(name = \"Time zone\", description = \"Your time zone\") String tz;",
        "}");
    JsonNode inventory = inventoryTree(compile(CATALOG, account));
    assertThat(datum(inventory, "test.Account#preferredLanguage").get("name").asText()).isEqualTo("Preferred language");
    assertThat(datum(inventory, "test.Account#preferredLanguage").get("source").get("group").asText())
        .isEqualTo("Your account");
    assertThat(datum(inventory, "test.Account#tz").get("name").asText()).isEqualTo("Time zone");
  }

  @Test
  void recordComponentsAreOneDatumEach() {
    JavaFileObject address = source("test.Address",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "record Address(@UserData(description = \"Street\") String street,",
        "               @UserData(description = \"City\") String city,",
        "               @NotUserData(\"a format version\") int version) {",
        "  Address {",
        "    if (street == null) throw new IllegalArgumentException();",
        "  }",
        "  static final String UNUSED = \"static fields are not members\";",
        "}");
    JsonNode inventory = inventoryTree(compile(CATALOG, address));
    assertThat(ids(inventory)).containsExactly("test.Address#city", "test.Address#street").inOrder();
  }

  @Test
  void undeclaredRecordComponentIsReportedOnce() {
    JavaFileObject address = source("test.Address",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "record Address(@UserData(description = \"Street\") String street, String city) {}");
    Compilation c = compile(CATALOG, address);
    assertThat(c).hadErrorContaining("[datasafety:undeclared-field] Record component 'city' of @UserData type"
        + " test.Address is not accounted for").inFile(address).onLineContaining("record Address");
    assertThat(errorKeys(c)).containsExactly("undeclared-field");
  }

  @Test
  void errorsOnRecordComponentsPointAtTheComponentValue() {
    JavaFileObject address = source("test.Address",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "record Address(",
        "    @UserData(description = \"Street\", retention = \"P30D\") String street,",
        "    @UserData(description = \"City\",",
        "              retention = \"soon\",",
        "              purposes = {\"account\", \"acount\"}) String city) {}");
    Compilation c = compile(CATALOG, address);
    // ECJ positions messages about a record component on its declaration, not on the annotation value.
    assertThat(c).hadErrorContaining("Retention \"soon\" of Field 'city'").inFile(address)
        .onLineContaining(onEcj() ? "String city" : "\"soon\"");
    assertThat(c).hadErrorContaining("Purpose 'acount'").inFile(address)
        .onLineContaining(onEcj() ? "String city" : "\"acount\"");
    assertThat(errorKeys(c)).containsExactly("undeclared-purpose", "invalid-retention").inOrder();
  }

  @Test
  void anInheritedFieldIsADatumOfEachConcreteClassResolvedThroughTheInheritingClass() {
    JavaFileObject base = source("test.Person",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Person {",
        "  @UserData(description = \"Your name\") String fullName;",
        "}");
    JavaFileObject customer = source("test.Customer",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"sync\", retention = \"P1Y\", kind = DataKind.IDENTIFIER, serverVisible = false)",
        "class Customer extends Person {",
        "  @UserData(description = \"Customer number\") String customerNumber;",
        "}");
    JsonNode inventory = inventoryTree(compile(CATALOG, base, customer));
    assertThat(ids(inventory))
        .containsExactly("test.Customer#customerNumber", "test.Customer#fullName", "test.Person#fullName").inOrder();
    assertThat(datum(inventory, "test.Person#fullName").get("purposes").get(0).asText()).isEqualTo("account");
    JsonNode inherited = datum(inventory, "test.Customer#fullName");
    assertThat(inherited.get("purposes").get(0).asText()).isEqualTo("sync");
    assertThat(inherited.get("retention").get("value").asText()).isEqualTo("P1Y");
    assertThat(inherited.get("kind").asText()).isEqualTo("identifier");
    assertThat(inherited.get("description").asText()).isEqualTo("Your name");
    assertThat(inherited.get("source").get("type").asText()).isEqualTo("test.Customer");
  }

  @Test
  void membersWhoseTypeHoldsUserDataAreAccountedFor() {
    JavaFileObject types = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "import java.util.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Account<T extends Address> {",
        "  Address home;",
        "  Address[] previous;",
        "  List<Address> all;",
        "  Set<List<Address>> nested;",
        "  Map<String, Address> byLabel;",
        "  Optional<Address> work;",
        "  T generic;",
        "  List<? extends Address> wildcard;",
        "  Map<Address, String> keysDoNotCount;",
        "  List<String> notes;",
        "}",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "record Address(@UserData(description = \"City\") String city) {}");
    Compilation c = compile(CATALOG, types);
    assertThat(c).hadErrorContaining("Field 'keysDoNotCount' of @UserData type test.Account")
        .inFile(types).onLineContaining("keysDoNotCount");
    assertThat(c).hadErrorContaining("Field 'notes' of @UserData type test.Account")
        .inFile(types).onLineContaining("List<String> notes");
    assertThat(errorKeys(c)).containsExactly("undeclared-field", "undeclared-field");
  }

  @Test
  void notUserDataContradictionsAreReported() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Account {",
        "  @NotUserData(\"\") int version;",
        "  @UserData(description = \"Both\") @NotUserData(\"not really\") String both;",
        "  @UserData(description = \"Shared\") static String shared;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:contradiction] @NotUserData on 'version' gives no reason")
        .inFile(account).onLineContaining("int version");
    assertThat(c).hadErrorContaining("Field 'both' is annotated both @UserData and @NotUserData")
        .inFile(account).onLineContaining("String both");
    assertThat(c).hadErrorContaining("Static field 'shared' is annotated @UserData")
        .inFile(account).onLineContaining("static String shared");
    assertThat(errorKeys(c)).containsExactly("contradiction", "contradiction", "contradiction");
  }

  @Test
  void inheritedInvalidValueIsReportedWhereItIsWritten() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", kind = DataKind.ATTRIBUTE, serverVisible = false,",
        "    retention = \"P3X\")",
        "class Account {",
        "  @UserData(description = \"Language\") String language;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("Retention \"P3X\" of Field 'language' of test.Account is not valid")
        .inFile(account).onLineContaining("retention = \"P3X\"");
  }

  @Test
  void genericFieldsAndEnumsAndInterfacesAreHandled() {
    JavaFileObject types = source("test.Holder",
        "package test;",
        "import dev.datasafety.*;",
        "import java.util.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Holder<T> {",
        "  @UserData(description = \"Tags\") List<Map<String, T>> tags;",
        "}",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "enum Plan { FREE, PRO; @UserData(description = \"Label\") String label; }",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "interface Marker { String CONSTANT = \"interfaces have only static fields\"; }");
    JsonNode inventory = inventoryTree(compile(CATALOG, types));
    assertThat(ids(inventory)).containsExactly("test.Holder#tags", "test.Plan#label").inOrder();
  }
}
