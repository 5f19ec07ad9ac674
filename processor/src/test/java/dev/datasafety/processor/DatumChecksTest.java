package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The errors about one datum: each reported on the exact value, with a message that says how to fix it. */
class DatumChecksTest extends ProcessorTestSupport {

  @Test
  void missingPurposeIsReportedOnTheMember() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Email\", kind = DataKind.IDENTIFIER, retention = \"P30D\", reviews = \"DSR-1\")",
        "  String email;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:missing-purpose] Field 'email' of test.Account declares no purpose")
        .inFile(account).onLineContaining("@UserData");
    assertThat(errorKeys(c)).containsExactly("missing-purpose");
  }

  @Test
  void emptyPurposesArrayIsReportedOnTheArray() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Email\", kind = DataKind.IDENTIFIER, retention = \"P30D\", reviews = \"DSR-1\",",
        "      purposes = {})",
        "  String email;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:missing-purpose]").inFile(account).onLineContaining("purposes = {}");
  }

  @Test
  void undeclaredPurposeIsReportedOnTheOffendingEntryWithSuggestions() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Email\", kind = DataKind.IDENTIFIER, retention = \"P30D\", reviews = \"DSR-1\",",
        "      purposes = {\"account\",",
        "                  \"acount\"})",
        "  String email;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:undeclared-purpose] Purpose 'acount' of Field 'email' of test.Account"
        + " is not declared anywhere visible. Did you mean 'account'?")
        .inFile(account).onLineContaining(entryLine("\"acount\"", "purposes = {"));
    assertThat(errorKeys(c)).containsExactly("undeclared-purpose");
  }

  @Test
  void undeclaredPurposeWithNothingCloseOffersNoSuggestion() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Email\", kind = DataKind.IDENTIFIER, retention = \"P30D\", reviews = \"DSR-1\",",
        "      purposes = \"marketing\")",
        "  String email;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("Purpose 'marketing' of Field 'email' of test.Account is not declared anywhere"
        + " visible. Declare it with @Purpose(id = \"marketing\"").inFile(account).onLineContaining("\"marketing\"");
  }

  @Test
  void missingRetentionIsReported() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Email\", kind = DataKind.IDENTIFIER, purposes = \"account\", reviews = \"DSR-1\")",
        "  String email;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:missing-retention] Field 'email' of test.Account has no retention."
        + " Add retention = \"P30D\"").inFile(account).onLineContaining("@UserData");
    assertThat(errorKeys(c)).containsExactly("missing-retention");
  }

  @Test
  void invalidRetentionsAreReportedOnTheValueWithTheReason() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Account {",
        "  @UserData(description = \"a\", retention = \"30 days\") String a;",
        "  @UserData(description = \"b\", retention = \"P0D\") String b;",
        "  @UserData(description = \"c\", retention = \"P-3D\") String c;",
        "  @UserData(description = \"d\", retention = \"P1.5D\") String d;",
        "  @UserData(description = \"e\", retention = \"forever\") String e;",
        "  @UserData(description = \"f\", retention = \"P99999999999999999999Y\") String f;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("Retention \"30 days\" of Field 'a' of test.Account is not valid: it is neither a"
        + " keyword nor an ISO-8601 duration").inFile(account).onLineContaining("String a;");
    assertThat(c).hadErrorContaining("is not valid: it is zero").inFile(account).onLineContaining("String b;");
    assertThat(c).hadErrorContaining("is not valid: it is negative").inFile(account).onLineContaining("String c;");
    assertThat(c).hadErrorContaining("fractions are not supported").inFile(account).onLineContaining("String d;");
    assertThat(c).hadErrorContaining("Retention \"forever\"").inFile(account).onLineContaining("String e;");
    assertThat(c).hadErrorContaining("too long to represent").inFile(account).onLineContaining("String f;");
    assertThat(errorKeys(c)).containsExactly("invalid-retention", "invalid-retention", "invalid-retention",
        "invalid-retention", "invalid-retention", "invalid-retention");
  }

  @Test
  void missingDescriptionIsReportedAndBlankDescriptionOnTheValue() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false,",
        "    description = \"A type-level description describes the group, not its members\")",
        "class Account {",
        "  @UserData String language;",
        "  @UserData(description = \"  \") String country;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:missing-description] Field 'language' of test.Account has no"
        + " description").inFile(account).onLineContaining("String language;");
    assertThat(c).hadErrorContaining("[datasafety:missing-description] Field 'country'")
        .inFile(account).onLineContaining("String country;");
    assertThat(errorKeys(c)).containsExactly("missing-description", "missing-description");
  }

  @Test
  void kindMustBeWrittenSomewhereNotTakenFromTheDefault() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Email\", purposes = \"account\", retention = \"P30D\", reviews = \"DSR-1\")",
        "  String email;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:missing-kind] Field 'email' of test.Account does not say whether it"
        + " singles out a person").inFile(account).onLineContaining("@UserData");
    assertThat(errorKeys(c)).containsExactly("missing-kind");
  }

  @Test
  void identifierCannotBeAggregatedOrAnonymized() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.IDENTIFIER)",
        "class Account {",
        "  @UserData(description = \"Email\", form = DataForm.AGGREGATED) String email;",
        "  @UserData(description = \"Id\", form = DataForm.ANONYMIZED) String deviceId;",
        "  @UserData(description = \"Token\", form = DataForm.PSEUDONYMIZED, reviews = \"DSR-2\") String token;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:contradiction] Field 'email' of test.Account is an IDENTIFIER but its"
        + " form is AGGREGATED").inFile(account).onLineContaining("String email;");
    assertThat(c).hadErrorContaining("form is ANONYMIZED").inFile(account).onLineContaining("String deviceId;");
    assertThat(errorKeys(c)).containsExactly("contradiction", "contradiction");
  }

  @Test
  void serverVisibleRawOrPseudonymizedDataNeedsAReview() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE)",
        "class Account {",
        "  @UserData(description = \"raw\") String raw;",
        "  @UserData(description = \"pseudo\", form = DataForm.PSEUDONYMIZED) String pseudo;",
        "  @UserData(description = \"blank\", reviews = {\"DSR-1\", \" \"}) String blankEntry;",
        "  @UserData(description = \"device only\", serverVisible = false) String deviceOnly;",
        "  @UserData(description = \"aggregated\", form = DataForm.AGGREGATED) String aggregated;",
        "  @UserData(description = \"anonymized\", form = DataForm.ANONYMIZED) String anonymized;",
        "  @UserData(description = \"reviewed\", reviews = \"https://reviews.example/DSR-9\") String reviewed;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:missing-review] Field 'raw' of test.Account is visible to the server"
        + " in RAW form but names no review").inFile(account).onLineContaining("String raw;");
    assertThat(c).hadErrorContaining("in PSEUDONYMIZED form").inFile(account).onLineContaining("String pseudo;");
    assertThat(c).hadErrorContaining("its review reference is blank").inFile(account).onLineContaining("blankEntry");
    assertThat(errorKeys(c)).containsExactly("missing-review", "missing-review", "missing-review");
  }

  @Test
  void reviewsAreNotRequiredWhenTheOptionTurnsThemOff() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"raw\", purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE)",
        "  String raw;",
        "}");
    assertThat(compile(List.of("-Adatasafety.requireReview=false"), CATALOG, account)).succeeded();
  }

  @Test
  void finiteRetentionLongerThanTheMaximumFails() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Account {",
        "  @UserData(description = \"long\", retention = \"P13M\") String longer;",
        "  @UserData(description = \"year\", retention = \"P1Y\") String exactlyAYear;",
        "  @UserData(description = \"short\", retention = \"P30D\") String shorter;",
        "  @UserData(description = \"account\", retention = \"until-account-deletion\") String untilDeletion;",
        "}");
    Compilation c = compile(List.of("-Adatasafety.maxRetention=P1Y"), CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:retention-too-long] Retention \"P13M\" (13 months) of Field 'longer'"
        + " of test.Account is longer than the maximum P1Y").inFile(account).onLineContaining("String longer;");
    assertThat(errorKeys(c)).containsExactly("retention-too-long");
  }

  @Test
  void oneBuildReportsEveryProblemInSourceOrder() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData String first;",
        "  @UserData(purposes = \"nope\") String second;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(errorKeys(c)).containsExactly(
        "missing-purpose", "missing-retention", "missing-description", "missing-kind", "missing-review",
        "missing-retention", "missing-description", "missing-kind", "undeclared-purpose", "missing-review").inOrder();
  }

  @Test
  void noInventoryIsWrittenWhenAnErrorWasReported(@TempDir Path dir) {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData String first;",
        "}");
    Path copy = dir.resolve("inventory.json");
    Compilation c = compile(List.of("-Adatasafety.output=" + copy), CATALOG, account);
    assertThat(c).failed();
    assertThat(Files.exists(copy)).isFalse();
  }
}
