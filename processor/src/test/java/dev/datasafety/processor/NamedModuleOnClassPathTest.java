package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.datasafety.processor.format.ModuleMarker;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library built as a named module (with {@code module-info.java}) used by an application
 * compiled on the class path, as most Maven and Spring Boot builds are: the application reads the
 * library's marker when {@code -Adatasafety.dependencyModules} names the module, and is told so
 * when it does not. Runs on javac and on ECJ (the library is always built by javac, as its own
 * build would).
 */
class NamedModuleOnClassPathTest extends ProcessorTestSupport {
  /** An application on the class path naming the library's purpose and recipient. */
  private static final JavaFileObject BOOKING = source("com.example.app.Booking",
      "package com.example.app;",
      "import dev.datasafety.*;",
      "@UserData(name = \"Booking\", purposes = \"membership\", retention = \"P1Y\", reviews = \"DSR-41\")",
      "public final class Booking {",
      "  @UserData(kind = DataKind.ATTRIBUTE, description = \"The court you booked.\", recipients = \"mailer\")",
      "  String court;",
      "}");

  /** An application that names nothing of the library: only the library's data would be missing. */
  private static final JavaFileObject OWN_PURPOSES = source("com.example.app.Visit",
      "package com.example.app;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"visits\", description = \"Count your visits.\", userBenefit = \"Rewards.\")",
      "@UserData(name = \"Visit\", purposes = \"visits\", retention = \"P1Y\", kind = DataKind.ATTRIBUTE,",
      "    serverVisible = false)",
      "final class Visit {",
      "  @UserData(description = \"The day of your visit.\") String day;",
      "}");

  @TempDir Path dir;

  @Test
  void namedTheLibraryModuleGivesItsPurposesRecipientsAndData() throws Exception {
    File lib = library();
    Compilation c = compile(List.of("-Adatasafety.dependencyModules=com.example.lib"), List.of(lib), BOOKING);
    assertThat(c).succeededWithoutWarnings();
    JsonNode inventory = inventoryTree(c);
    assertThat(idsOf(inventory.get("purposes"))).containsExactly("membership");
    assertThat(idsOf(inventory.get("recipients"))).containsExactly("mailer");
    assertThat(idsOf(inventory.get("data"))).containsExactly("com.example.app.Booking#court", "com.example.lib.Member#number")
        .inOrder();

    // At run time on the class path the application exports the library's objects, private field included.
    File app = writeClassOutput(c, dir.resolve("app"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {app.toURI().toURL(), lib.toURI().toURL()},
        getClass().getClassLoader())) {
      Class<?> inventoryClass = loader.loadClass("com.example.app.DataSafetyInventory");
      Object member = loader.loadClass("com.example.lib.Member").getConstructor(String.class).newInstance("M-17");
      assertThat(inventoryClass.getMethod("export", Object.class).invoke(null, member)).isEqualTo(Map.of("number", "M-17"));
    }
  }

  @Test
  void unnamedTheLibraryModuleIsAWarningAndTheUndeclaredPurposeSaysWhatToDo() throws Exception {
    Compilation c = compile(List.of(), List.of(library()), BOOKING);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[datasafety:undeclared-purpose] Purpose 'membership' of Field 'court' of"
        + " com.example.app.Booking is not declared anywhere visible.").inFile(BOOKING).onLineContaining("purposes = \"membership\"");
    assertThat(c).hadErrorContaining("If a dependency built as a named module (with a module-info.java) declares it,"
        + " name that module in -Adatasafety.dependencyModules: this build is on the class path, where a named"
        + " module's declarations are found only by the module's name.").inFile(BOOKING).onLineContaining("purposes = \"membership\"");
    assertThat(c).hadErrorContaining("[datasafety:undeclared-recipient] Recipient 'mailer' of Field 'court' of"
        + " com.example.app.Booking is not declared anywhere visible.").inFile(BOOKING).onLineContaining("mailer");
    assertThat(c).hadWarningContaining(unlistedWarning("com.example.lib"));
  }

  /** A build that meets no named module is not told about them: the message stays short. */
  @Test
  void withoutNamedModulesTheUndeclaredPurposeDoesNotMentionThem() {
    Compilation c = compile(List.of(), BOOKING);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[datasafety:undeclared-purpose] Purpose 'membership' of Field 'court' of"
        + " com.example.app.Booking is not declared anywhere visible.").inFile(BOOKING).onLineContaining("purposes = \"membership\"");
    assertThat(c).hadErrorContaining("[datasafety:undeclared-recipient]").inFile(BOOKING).onLineContaining("mailer");
    for (Diagnostic<? extends JavaFileObject> error : c.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("named module");
      assertThat(error.getMessage(null)).doesNotContain("dependencyModules");
    }
  }

  /** Without a reference to the library nothing fails; the warning is what says its data is missing. */
  @Test
  void unnamedTheLibraryModuleIsReportedEvenWhenNothingFails() throws Exception {
    Compilation c = compile(List.of(), List.of(library()), OWN_PURPOSES);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(unlistedWarning("com.example.lib"));
    assertThat(c.warnings()).hasSize(1);
    assertThat(idsOf(inventoryTree(c).get("data"))).containsExactly("com.example.app.Visit#day");
  }

  /** The suggested value keeps the modules already named. */
  @Test
  void theWarningSuggestsTheListWithTheMissingModule() throws Exception {
    File other = module("other", "module com.example.other { requires dev.datasafety; exports com.example.other; }",
        "com/example/other/Catalog.java", String.join("\n",
            "package com.example.other;",
            "import dev.datasafety.*;",
            "@Purpose(id = \"visits\", description = \"Count your visits.\", userBenefit = \"Rewards.\")",
            "public final class Catalog {}"));
    // The class path shows the first jar's module name: here the library's, while only the other is named.
    Compilation c = compile(List.of("-Adatasafety.dependencyModules=com.example.other"), List.of(library(), other),
        OWN_PURPOSES);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("-Adatasafety.dependencyModules=com.example.other,com.example.lib.");
  }

  @Test
  void aNamedModuleWithoutAMarkerIsAnOptionError() throws Exception {
    Compilation c = compile(List.of("-Adatasafety.dependencyModules=com.example.lib, com.example.nope"),
        List.of(library()), BOOKING);
    assertThat(c).hadErrorContaining("[datasafety:invalid-option] Option -Adatasafety.dependencyModules="
        + "com.example.lib,com.example.nope is invalid: no dependency of this build is a module com.example.nope built"
        + " with datasafety (its jar would hold dev/datasafety/modules/com/example/nope/Inventory_….class); name only"
        + " modules that this build depends on and that declare something.");
    List<Diagnostic<? extends JavaFileObject>> errors = c.errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getSource()).isNull();
  }

  @Test
  void aValueThatIsNoModuleNameIsAnOptionError() {
    Compilation c = compile(List.of("-Adatasafety.dependencyModules=,com.example-lib"), OWN_PURPOSES);
    assertThat(c).hadErrorContaining("[datasafety:invalid-option] Option -Adatasafety.dependencyModules="
        + ",com.example-lib is invalid: it names an empty module; expected a comma-separated list of"
        + " module names such as com.acme.catalog.");
    assertThat(c).hadErrorContaining("is invalid: 'com.example-lib' is not a module name; expected a comma-separated"
        + " list of module names such as com.acme.catalog.");
    assertThat(c.errors()).hasSize(2);
  }

  /** The library named module, built by javac on the module path as its own build would. */
  private File library() throws Exception {
    File lib = module("lib", ModulePathTest.LIBRARY_MODULE, "com/example/lib/Member.java", ModulePathTest.MEMBER);
    // What the class path can tell of it: its marker's package by name, and its name in one resource.
    assertThat(Files.readString(dir.resolve("lib").resolve(ModuleMarker.MODULE_NAME_RESOURCE)))
        .isEqualTo("com.example.lib\n");
    return lib;
  }

  private File module(String name, String moduleInfo, String sourcePath, String source) throws Exception {
    Path sources = dir.resolve(name + "-src");
    Files.createDirectories(sources.resolve(sourcePath).getParent());
    Files.writeString(sources.resolve("module-info.java"), moduleInfo);
    Files.writeString(sources.resolve(sourcePath), source);
    Path output = dir.resolve(name);
    Compilations.Result result = Compilations.compileModule(output, sources, List.of(Compilations.annotationsModule()));
    assertWithMessage(result.messages()).that(result.success()).isTrue();
    return jar(output, dir.resolve(name + ".jar"));
  }

  /**
   * The class output as a jar, as a Maven dependency is: compilers look into a jar's folders only
   * where their names are package names, which a folder of the class output does not show.
   */
  private static File jar(Path classes, Path jar) throws Exception {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
         Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar.toFile();
  }

  private static String unlistedWarning(String module) {
    return "[datasafety:unreadable-dependency] The inventory of a dependency (module " + module + ") was not read: it"
        + " is a named module (with a module-info.java) on the class path, where its declarations are found only by the"
        + " module's name. Its purposes and data are missing from this inventory; name it in the processor's options:"
        + " -Adatasafety.dependencyModules=" + module + ".";
  }

}
