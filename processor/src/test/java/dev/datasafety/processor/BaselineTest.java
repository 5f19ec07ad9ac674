package dev.datasafety.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The approved baseline: weakening changes fail on the member; removals and tightenings pass. */
class BaselineTest extends ProcessorTestSupport {

  private static JavaFileObject account(String email, String language) {
    return source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Email\", " + email + ")",
        "  String email;",
        "  @UserData(description = \"Language\", " + language + ")",
        "  String language;",
        "}");
  }

  private static final String APPROVED_EMAIL =
      "purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false,"
          + " form = DataForm.PSEUDONYMIZED";
  private static final String APPROVED_LANGUAGE =
      "purposes = {\"account\", \"sync\"}, retention = \"P1Y\", kind = DataKind.IDENTIFIER, sensitive = true";

  private static Path approvedBaseline(Path dir) throws Exception {
    Compilation approved = compile(CATALOG, account(APPROVED_EMAIL, APPROVED_LANGUAGE));
    return Files.writeString(dir.resolve("baseline.json"), inventory(approved));
  }

  @Test
  void unchangedSourcesPass(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, account(APPROVED_EMAIL, APPROVED_LANGUAGE));
    assertThat(c).succeeded();
  }

  @Test
  void everyWeakeningFailsNamingTheChange(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    JavaFileObject weakened = account(
        "purposes = {\"account\", \"sync\"}, retention = \"P60D\", kind = DataKind.IDENTIFIER, serverVisible = true,"
            + " form = DataForm.RAW, sensitive = true",
        APPROVED_LANGUAGE);
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, weakened);
    assertThat(c).hadErrorContaining("[datasafety:baseline-change] Field 'email' of test.Account: it has the new"
        + " purpose(s) [sync] compared with the approved baseline " + baseline).inFile(weakened).onLineContaining("@UserData(description = \"Email\"");
    assertThat(c).hadErrorContaining("its retention grew from \"P30D\" to \"P60D\"");
    assertThat(c).hadErrorContaining("it became visible to the server (serverVisible false → true)");
    assertThat(c).hadErrorContaining("it became an identifier (kind ATTRIBUTE → IDENTIFIER)");
    assertThat(c).hadErrorContaining("its form is less protective (PSEUDONYMIZED → RAW)");
    assertThat(c).hadErrorContaining("it became sensitive (sensitive false → true)");
    String candidate = "mem:///SOURCE_OUTPUT/datasafety/inventory.candidate.json";
    assertThat(c).hadErrorContaining("This build wrote the inventory it would ship to " + candidate
        + "; once the change is approved, make it the baseline: cp " + candidate + " " + baseline);
    // The candidate exists although the build failed, and holds the changed declaration.
    JsonNode written = new ObjectMapper().readTree(anyGeneratedFile(c, "/SOURCE_OUTPUT/datasafety/inventory.candidate.json")
        .orElseThrow(() -> new AssertionError("no candidate written")));
    assertThat(written.get("data").get(0).get("retention").get("value").asText()).isEqualTo("P60D");
    assertThat(errorKeys(c)).containsExactly("baseline-change", "baseline-change", "baseline-change",
        "baseline-change", "baseline-change", "baseline-change");
  }

  @Test
  void newDatumFails(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    JavaFileObject more = source("test.Device",
        "package test;",
        "import dev.datasafety.*;",
        "class Device {",
        "  @UserData(description = \"Device id\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.IDENTIFIER, reviews = \"DSR-2\") String deviceId;",
        "}");
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG,
        account(APPROVED_EMAIL, APPROVED_LANGUAGE), more);
    assertThat(c).hadErrorContaining("Field 'deviceId' of test.Device: it is a new datum").inFile(more)
        .onLineContaining("@UserData");
    assertThat(errorKeys(c)).containsExactly("baseline-change");
  }

  @Test
  void removalsAndTighteningsPass(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    JavaFileObject tightened = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Language\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.ATTRIBUTE, form = DataForm.ANONYMIZED)",
        "  String language;",
        "}");
    assertThat(compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, tightened)).succeeded();
  }

  @Test
  void aggregatedAndAnonymizedProtectAlike(@TempDir Path dir) throws Exception {
    JavaFileObject anonymized = source("test.Stats",
        "package test;",
        "import dev.datasafety.*;",
        "class Stats {",
        "  @UserData(description = \"Usage\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.ATTRIBUTE, form = DataForm." + "ANONYMIZED" + ")",
        "  long usage;",
        "}");
    Path baseline = Files.writeString(dir.resolve("b.json"), inventory(compile(CATALOG, anonymized)));
    JavaFileObject aggregated = source("test.Stats",
        "package test;",
        "import dev.datasafety.*;",
        "class Stats {",
        "  @UserData(description = \"Usage\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.ATTRIBUTE, form = DataForm.AGGREGATED)",
        "  long usage;",
        "}");
    assertThat(compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, aggregated)).succeeded();
  }
}
