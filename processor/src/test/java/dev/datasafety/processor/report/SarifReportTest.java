package dev.datasafety.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.datasafety.processor.DataSafetyProcessor;
import dev.datasafety.processor.diag.InternalErrors;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Adatasafety.report: every finding, errors and warnings, uncapped, as valid SARIF 2.1.0. */
class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @BeforeEach
  @AfterEach
  void noSwallowedExceptions() {
    assertThat(InternalErrors.caught()).isEmpty();
    InternalErrors.clear();
  }

  private static JsonSchema sarifSchema() throws Exception {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private JsonNode compileWithReport(JavaFileObject... sources) throws Exception {
    Path report = dir.resolve("reports/datasafety.sarif");
    Compilation compilation = Compiler.javac()
        .withProcessors(new DataSafetyProcessor())
        .withOptions("-Adatasafety.report=" + report)
        .compile(sources);
    assertThat(compilation.status()).isNotNull();
    assertThat(Files.exists(report)).isTrue();
    JsonNode log = JSON.readTree(Files.readString(report));
    Set<ValidationMessage> problems = sarifSchema().validate(log);
    assertThat(problems).isEmpty();
    return log;
  }

  @Test
  void writesWarningsAndErrorsWithRuleLevelLocationMemberAndDataType() throws Exception {
    JsonNode log = compileWithReport(JavaFileObjects.forSourceLines("com.acme.Customer",
        "package com.acme;",
        "import dev.datasafety.*;",
        "class Customer {",
        "  String email;",
        "  @UserData(description = \"Your phone.\", kind = DataKind.IDENTIFIER, purposes = \"nowhere\",",
        "      retention = \"P1Y\", reviews = \"DSR-1\")",
        "  String phone;",
        "}"));
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("datasafety");
    List<String> ruleIds = new ArrayList<>();
    run.path("results").forEach(r -> ruleIds.add(r.path("ruleId").asText()));
    assertThat(ruleIds).containsExactly("undeclared-purpose", "undeclared-personal-data");

    JsonNode error = run.path("results").get(0);
    assertThat(error.path("level").asText()).isEqualTo("error");
    JsonNode errorRegion = error.path("locations").get(0).path("physicalLocation").path("region");
    assertThat(errorRegion.path("startLine").asInt()).isEqualTo(5);
    assertThat(errorRegion.path("startColumn").asInt()).isEqualTo(
        "  @UserData(description = \"Your phone.\", kind = DataKind.IDENTIFIER, purposes = ".length() + 1);
    JsonNode warning = run.path("results").get(1);
    assertThat(warning.path("level").asText()).isEqualTo("warning");
    assertThat(warning.path("message").path("text").asText()).contains("looks like an email address");
    JsonNode location = warning.path("locations").get(0);
    JsonNode physical = location.path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).endsWith("com/acme/Customer.java");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(4);
    assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo("  String ".length() + 1);
    assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
        .isEqualTo("com.acme.Customer#email");
    assertThat(warning.path("properties").path("member").asText()).isEqualTo("com.acme.Customer#email");
    assertThat(warning.path("properties").path("dataType").asText()).isEqualTo("email");
    assertThat(warning.path("properties").path("category").asText()).isEqualTo("contact.email");
    assertThat(warning.path("partialFingerprints").path(SarifReport.FINGERPRINT).asText()).hasLength(32);
    List<String> rules = new ArrayList<>();
    run.path("tool").path("driver").path("rules").forEach(r -> rules.add(r.path("id").asText()));
    assertThat(rules).containsExactly("undeclared-personal-data", "undeclared-purpose").inOrder();
    assertThat(warning.path("ruleIndex").asInt()).isEqualTo(0);
  }

  @Test
  void locatesFindingsInNestedTypesAndInEveryTypeOfAFile() throws Exception {
    JsonNode log = compileWithReport(JavaFileObjects.forSourceLines("com.acme.Outer",
        "package com.acme;",
        "class Outer {",
        "  static class Inner {",
        "    static class Deeper {",
        "      String email;",
        "    }",
        "  }",
        "}",
        "class Second {",
        "    String phoneNumber;",
        "}",
        "@dev.datasafety.NotUserData(\"no data\") class Third {}"));
    List<String> places = new ArrayList<>();
    log.path("runs").get(0).path("results").forEach(r -> {
      JsonNode region = r.path("locations").get(0).path("physicalLocation").path("region");
      places.add(r.path("properties").path("member").asText() + " " + region.path("startLine").asInt() + ":"
          + region.path("startColumn").asInt());
    });
    assertThat(places).containsExactly("com.acme.Outer.Inner.Deeper#email 5:14", "com.acme.Second#phoneNumber 10:12");
  }

  /**
   * javac's own position of each finding (the field's name, after its annotations and type),
   * with a tab counted as one column as SARIF's utf16CodeUnits columns count it (javac's
   * Diagnostic.getColumnNumber expands tabs to 8; its character position does not).
   */
  @Test
  void positionsAreJavacsOnAFileWithTabsAndAnnotationsAboveFields() throws Exception {
    String[] lines = {
        "package com.acme;",
        "",
        "class Patient {",
        "\t@Deprecated",
        "\t@SuppressWarnings(\"unused\")",
        "\tprivate\tString\temail;",
        "\t/** The number. */",
        "\t@Deprecated private java.util.List<",
        "\t\tString> phoneNumbers;",
        "\tString\tfirstName, lastName;",
        "}"};
    JavaFileObject source = JavaFileObjects.forSourceLines("com.acme.Patient", lines);
    Path report = dir.resolve("tabs.sarif");
    Compilation compilation = Compiler.javac()
        .withProcessors(new DataSafetyProcessor())
        .withOptions("-Adatasafety.report=" + report)
        .compile(source);
    String text = String.join("\n", lines);
    List<String> javacs = new ArrayList<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getMessage(null).startsWith("[datasafety:undeclared-personal-data]")) {
        long lineStart = text.lastIndexOf('\n', (int) d.getPosition() - 1) + 1;
        javacs.add(d.getLineNumber() + ":" + (d.getPosition() - lineStart + 1));
      }
    }
    List<String> sarifs = new ArrayList<>();
    JsonNode log = JSON.readTree(Files.readString(report));
    log.path("runs").get(0).path("results").forEach(r -> {
      JsonNode region = r.path("locations").get(0).path("physicalLocation").path("region");
      sarifs.add(region.path("startLine").asInt() + ":" + region.path("startColumn").asInt());
    });
    assertThat(javacs).containsExactly("6:17", "9:11", "10:9", "10:20").inOrder();
    assertThat(sarifs).containsExactlyElementsIn(javacs).inOrder();
    assertThat(log.path("runs").get(0).path("columnKind").asText()).isEqualTo("utf16CodeUnits");
  }

  @Test
  void fingerprintsStayWhenAFindingMovesAndDifferByMemberAndCategory() throws Exception {
    JsonNode before = compileWithReport(JavaFileObjects.forSourceLines("com.acme.Customer",
        "package com.acme;",
        "class Customer { String email; String phone; }"));
    JsonNode after = compileWithReport(JavaFileObjects.forSourceLines("com.acme.Customer",
        "package com.acme;",
        "",
        "/** Moved down by an edit above it. */",
        "class Customer {",
        "  String phone;",
        "  String email;",
        "}"));
    java.util.Map<String, String> printsBefore = new java.util.TreeMap<>();
    before.path("runs").get(0).path("results").forEach(r -> printsBefore.put(r.path("properties").path("member").asText(),
        r.path("partialFingerprints").path(SarifReport.FINGERPRINT).asText()));
    java.util.Map<String, String> printsAfter = new java.util.TreeMap<>();
    after.path("runs").get(0).path("results").forEach(r -> printsAfter.put(r.path("properties").path("member").asText(),
        r.path("partialFingerprints").path(SarifReport.FINGERPRINT).asText()));
    assertThat(printsAfter).isEqualTo(printsBefore);
    assertThat(printsBefore.keySet()).containsExactly("com.acme.Customer#email", "com.acme.Customer#phone");
    assertThat(printsBefore.get("com.acme.Customer#email")).isNotEqualTo(printsBefore.get("com.acme.Customer#phone"));
  }

  @Test
  void reportsEveryFindingWhenJavacStopsPrintingWarningsAtOneHundred() throws Exception {
    List<String> lines = new ArrayList<>(List.of("package com.acme;", "@dev.datasafety.NotUserData(\"no data\") class Many {}"));
    for (int i = 0; i < 120; i++) {
      lines.add("class Customer" + i + " { String email; }");
    }
    JsonNode log = compileWithReport(JavaFileObjects.forSourceLines("com.acme.Many", lines.toArray(String[]::new)));
    assertThat(log.path("runs").get(0).path("results").size()).isEqualTo(120);
  }

  @Test
  void anEmptyCompilationWritesAnEmptyValidReport() throws Exception {
    JsonNode log = compileWithReport(JavaFileObjects.forSourceLines("com.acme.Quiet",
        "package com.acme;",
        "@dev.datasafety.NotUserData(\"configuration\") class Quiet { String emailTemplate; }"));
    assertThat(log.path("runs").get(0).path("results").size()).isEqualTo(0);
  }

  @Test
  void theSchemaCopyRejectsALogThatBreaksSarif() throws Exception {
    JsonNode broken = JSON.readTree(
        "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
            + " \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}");
    assertThat(sarifSchema().validate(broken)).isNotEmpty();
  }
}
