package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -Adatasafety.findingsBaseline: adopting datasafety on an existing code base. The report of a
 * first build silences the findings already in it, at any severity, so that
 * undeclaredPersonalData=error gates new code from day one.
 */
class FindingsBaselineTest extends ProcessorTestSupport {
  @TempDir Path dir;

  private static final String BEFORE = String.join("\n",
      "package com.acme;",
      "class Customer {",
      "  String email;",
      "  String phone;",
      "}");

  private Path firstReport() {
    Path report = dir.resolve("first.sarif");
    Compilation first = compile(List.of("-Adatasafety.report=" + report), source("com.acme.Customer", BEFORE));
    assertThat(keys(first, Diagnostic.Kind.WARNING)).containsExactly("undeclared-personal-data", "undeclared-personal-data");
    return report;
  }

  @Test
  void oldFindingsAreSilencedNewOnesReportedAndMovedOnesStaySilenced() {
    Path baseline = firstReport();
    Compilation later = compile(
        List.of("-Adatasafety.findingsBaseline=" + baseline, "-Adatasafety.undeclaredPersonalData=error"),
        source("com.acme.Customer",
            "package com.acme;",
            "",
            "/** Lines added above: every old finding moves down. */",
            "class Customer {",
            "  String dateOfBirth;",
            "  String phone;",
            "  String email;",
            "}"));
    assertThat(later).failed();
    assertThat(errorKeys(later)).containsExactly("undeclared-personal-data");
    assertThat(later).hadErrorContaining("Field 'dateOfBirth' of com.acme.Customer").inFile(later.sourceFiles().get(0))
        .onLine(5);
  }

  @Test
  void aFindingOfAnotherCategoryOrMemberIsNotTheOldOne() {
    Path baseline = firstReport();
    Compilation later = compile(List.of("-Adatasafety.findingsBaseline=" + baseline),
        source("com.acme.Customer", "package com.acme;", "class Customer { String email; }"),
        source("com.acme.Supplier", "package com.acme;", "class Contact { String email; }"));
    assertThat(later).hadWarningContaining("Field 'email' of com.acme.Contact");
    assertThat(keys(later, Diagnostic.Kind.WARNING)).containsExactly("undeclared-personal-data");
  }

  @Test
  void anUnreadableOrInvalidFileIsAnInvalidOptionError() throws Exception {
    Compilation missing = compile(List.of("-Adatasafety.findingsBaseline=" + dir.resolve("nowhere.sarif")),
        source("com.acme.Customer", BEFORE));
    assertThat(errorKeys(missing)).containsExactly("invalid-option");
    assertThat(missing).hadErrorContaining("-Adatasafety.findingsBaseline=");
    assertThat(missing).hadErrorContaining("cannot be read");

    Path notSarif = dir.resolve("inventory.json");
    Files.writeString(notSarif, "{\"format\": \"datasafety-inventory/2\"}", StandardCharsets.UTF_8);
    Compilation invalid = compile(List.of("-Adatasafety.findingsBaseline=" + notSarif), source("com.acme.Customer", BEFORE));
    assertThat(errorKeys(invalid)).containsExactly("invalid-option");
    assertThat(invalid).hadErrorContaining("is not a SARIF report");
  }
}
