package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is particular to the Eclipse compiler (ECJ, which Eclipse and VS Code's Java tooling run as
 * people type), whatever compiler the rest of the suite runs on. The check tests themselves also
 * run on ECJ (the surefire execution {@code ecj}).
 */
class EclipseCompilerTest extends ProcessorTestSupport {
  @TempDir Path dir;

  private static final String SUPPRESSED = "[datasafety:undeclared-personal-data]";

  private static JavaFileObject suppressedCustomer() {
    return sourceOnDisk("com.acme.Customer",
        "package com.acme;",
        "@SuppressWarnings(\"datasafety:undeclared-personal-data\")",
        "class Customer { String email; }");
  }

  /** With a catalog on disk beside {@code sources}: a compilation that declares something, so that the processor runs. */
  private static Compilation compileOnEcj(List<String> options, JavaFileObject... sources) {
    List<JavaFileObject> all = new java.util.ArrayList<>(List.of(sources));
    all.add(sourceOnDisk("test.Catalog", read(CATALOG).split("\n")));
    return eclipseCompiler().withProcessors(new DataSafetyProcessor()).withOptions(options).compile(all);
  }

  private static List<String> warnings(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> d.getMessage(null))
        .toList();
  }

  @Test
  void aSuppressionHoldsButEcjWarnsAboutItsTokenByDefault() {
    Compilation c = compileOnEcj(List.of(), suppressedCustomer());
    assertThat(c).succeeded();
    assertThat(inventoryTree(c).path("purposes").size()).isEqualTo(4);
    assertThat(warnings(c)).hasSize(1);
    assertThat(warnings(c).get(0)).contains("Unsupported @SuppressWarnings(\"datasafety:undeclared-personal-data\")");
  }

  @Test
  void ecjsWarningTokenSwitchSilencesIt() {
    Compilation c = compileOnEcj(List.of("-warn:-warningToken"), suppressedCustomer());
    assertThat(c).succeededWithoutWarnings();
  }

  /** The setting Eclipse keeps in .settings/org.eclipse.jdt.core.prefs, which ECJ reads with -properties. */
  @Test
  void theEclipsePreferenceSilencesIt() throws Exception {
    Path prefs = Files.writeString(dir.resolve("org.eclipse.jdt.core.prefs"),
        "org.eclipse.jdt.core.compiler.problem.unhandledWarningToken=ignore\n");
    Compilation c = compileOnEcj(List.of("-properties", prefs.toString()), suppressedCustomer());
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void withoutTheSuppressionTheWarningIsReportedOnTheField() {
    JavaFileObject customer = sourceOnDisk("com.acme.Customer",
        "package com.acme;",
        "class Customer {",
        "  String email;",
        "}");
    Compilation c = compileOnEcj(List.of(), customer);
    assertThat(c).hadWarningContaining(SUPPRESSED).inFile(customer).onLineContaining("String email");
  }

  @Test
  void errorsOnARepeatedAnnotationLandOnIt() {
    JavaFileObject catalog = sourceOnDisk("test.BadCatalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"support\", description = \"Answer you.\", userBenefit = \"Help when stuck.\")",
        "@Purpose(id = \"Not An Id\", description = \"Something.\", userBenefit = \"Something else.\")",
        "final class BadCatalog {}");
    Compilation c = compileOnEcj(List.of(), catalog);
    assertThat(c).hadErrorContaining("[datasafety:invalid-purpose] Purpose 'Not An Id'")
        .inFile(catalog).onLineContaining("\"Not An Id\"");
    assertThat(errorKeys(c)).containsExactly("invalid-purpose");
  }

  @Test
  void theInventoryIsTheSameAsJavacs() {
    String[] account = {
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(name = \"Your account\", purposes = {\"account\", \"sync\"}, retention = \"until-account-deletion\",",
        "    kind = DataKind.IDENTIFIER, reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Your email.\") String email;",
        "  @UserData(description = \"Your language.\", kind = DataKind.ATTRIBUTE, retention = \"P1Y\") String language;",
        "  @NotUserData(\"a version counter\") int version;",
        "}"};
    Compilation onJavac = Compiler.javac().withProcessors(new DataSafetyProcessor())
        .withOptions("-Adatasafety.application=Notes")
        .compile(JavaFileObjects.forSourceString("test.Catalog", read(CATALOG)), JavaFileObjects.forSourceLines("test.Account", account));
    Compilation onEcj = compileOnEcj(List.of("-Adatasafety.application=Notes"), sourceOnDisk("test.Account", account));
    assertThat(onEcj).succeededWithoutWarnings();
    assertThat(inventory(onEcj)).isEqualTo(inventory(onJavac));
  }
}
