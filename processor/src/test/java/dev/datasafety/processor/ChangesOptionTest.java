package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Adatasafety.changes: the change report written beside a baseline check, failing or not. */
class ChangesOptionTest extends ProcessorTestSupport {

  private static JavaFileObject account(String retention, String serverVisible) {
    return source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Email\", purposes = \"account\", retention = \"" + retention + "\",",
        "      kind = DataKind.IDENTIFIER, serverVisible = " + serverVisible + ")",
        "  String email;",
        "}");
  }

  private static Compilation withReport(Path baseline, Path report, JavaFileObject account) {
    return compile(List.of("-Adatasafety.baseline=" + baseline, "-Adatasafety.changes=" + report), CATALOG, account);
  }

  private static Path baseline(Path dir) throws Exception {
    return Files.writeString(dir.resolve("baseline.json"), inventory(compile(CATALOG, account("P30D", "false"))));
  }

  @Test
  void writtenWhenTheBuildFailsOnABaselineChange(@TempDir Path dir) throws Exception {
    Path baseline = baseline(dir);
    Path report = dir.resolve("reports/changes.md");
    Compilation c = withReport(baseline, report, account("P1Y", "true"));
    assertThat(errorKeys(c)).containsExactly("baseline-change", "baseline-change");
    String markdown = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(markdown).startsWith("## Data-safety changes: 2 weaken data safety, 0 tighten it, 0 removals, 0 neutral\n");
    assertThat(markdown).contains("### Datum `test.Account#email` (\"Email\")\n\n"
        + "- **Weakens:** longer retention, `P30D` → `P1Y` (30 days → 1 year): data already stored will be kept longer.\n"
        + "- **Weakens:** visible to the server (serverVisible false → true): the server will be able to read it in"
        + " clear.\n");
    // Same sources, same bytes.
    withReport(baseline, report, account("P1Y", "true"));
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(markdown);
  }

  @Test
  void writtenWhenTheBuildPassesWithTighteningsOrNoChange(@TempDir Path dir) throws Exception {
    Path baseline = baseline(dir);
    Path report = dir.resolve("changes.md");
    Compilation tightened = withReport(baseline, report, account("P7D", "false"));
    assertThat(tightened).succeeded();
    assertThat(Files.readString(report)).contains("- Tightens: shorter retention, `P30D` → `P7D`");

    Compilation unchanged = withReport(baseline, report, account("P30D", "false"));
    assertThat(unchanged).succeeded();
    assertThat(Files.readString(report)).contains("No changes");
  }

  @Test
  void notWrittenWhenOtherErrorsLeaveTheInventoryIncomplete(@TempDir Path dir) throws Exception {
    Path baseline = baseline(dir);
    Path report = dir.resolve("changes.md");
    Compilation c = withReport(baseline, report, account("P1X", "true"));
    assertThat(errorKeys(c)).contains("invalid-retention");
    assertThat(Files.exists(report)).isFalse();
  }

  @Test
  void withoutABaselineIsAnInvalidOption(@TempDir Path dir) {
    Path report = dir.resolve("changes.md");
    Compilation c = compile(List.of("-Adatasafety.changes=" + report), CATALOG, account("P30D", "false"));
    assertThat(c).hadErrorContaining("[datasafety:invalid-option] Option -Adatasafety.changes=" + report
        + " is invalid: it needs -Adatasafety.baseline: the change report lists the differences from the approved"
        + " baseline.");
    assertThat(errorKeys(c)).containsExactly("invalid-option");
    assertThat(Files.exists(report)).isFalse();
  }

  @Test
  void anUnwritableReportIsAnInvalidOption(@TempDir Path dir) throws Exception {
    Path baseline = baseline(dir);
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline,
        "-Adatasafety.changes=" + notADirectory.resolve("changes.md")), CATALOG, account("P30D", "false"));
    assertThat(c).hadErrorContaining("the change report cannot be written");
    assertThat(errorKeys(c)).containsExactly("invalid-option");
  }
}
