package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.datasafety.processor.format.ModuleMarker;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DataRetention;
import dev.datasafety.runtime.DatumInfo;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A purpose catalog compiled in one module is visible to the modules that depend on it, and a
 * module's inventory includes its dependencies' data.
 */
class DependencyInventoryTest extends ProcessorTestSupport {

  private static final JavaFileObject CATALOG_MODULE = source("catalog.Purposes",
      "package catalog;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\")",
      "@Purpose(id = \"support\", description = \"Answer questions.\", userBenefit = \"Help.\", choice = Choice.OPT_IN)",
      "public final class Purposes {",
      "  @UserData(description = \"Support ticket text\", purposes = \"support\", retention = \"P90D\",",
      "      kind = DataKind.ATTRIBUTE, reviews = \"DSR-3\")",
      "  String ticket;",
      "}");

  /** A module using the catalog's purpose. */
  private static final JavaFileObject APP_USING_THE_CATALOG = source("app.Profile",
      "package app;",
      "import dev.datasafety.*;",
      "public class Profile {",
      "  @UserData(description = \"Your language\", purposes = \"account\", retention = \"P30D\",",
      "      kind = DataKind.ATTRIBUTE, serverVisible = false) String language;",
      "}");

  private static File compileCatalog(Path dir) throws Exception {
    Compilation catalog = compile(CATALOG_MODULE);
    assertThat(catalog).succeeded();
    return writeClassOutput(catalog, Files.createDirectories(dir.resolve("catalog")));
  }

  @Test
  void dependantSeesCatalogPurposesAndIncludesItsData(@TempDir Path dir) throws Exception {
    File catalog = compileCatalog(dir);
    Compilation c = compile(List.of(), List.of(catalog), APP_USING_THE_CATALOG);
    assertThat(c).succeeded();
    JsonNode inventory = inventoryTree(c);
    assertThat(idsOf(inventory.get("purposes"))).containsExactly("account", "support").inOrder();
    assertThat(idsOf(inventory.get("data"))).containsExactly("app.Profile#language", "catalog.Purposes#ticket").inOrder();
    assertThat(inventory.get("data").get(1).get("optional").asBoolean()).isTrue();
  }

  /** The application's typed model at run time holds the dependency's data too, every element intact. */
  @Test
  void generatedInventoryClassCarriesTheDependencysData(@TempDir Path dir) throws Exception {
    File catalog = compileCatalog(dir);
    Compilation c = compile(List.of(), List.of(catalog), APP_USING_THE_CATALOG);
    assertThat(c).succeeded();
    File appClasses = writeClassOutput(c, dir.resolve("app"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {appClasses.toURI().toURL(), catalog.toURI().toURL()},
        getClass().getClassLoader())) {
      DataInventory inventory = (DataInventory) loader.loadClass("app.DataSafetyInventory").getMethod("inventory")
          .invoke(null);
      DatumInfo ticket = inventory.data().stream().filter(d -> d.id().equals("catalog.Purposes#ticket")).findFirst()
          .orElseThrow();
      assertThat(ticket.description()).isEqualTo("Support ticket text");
      assertThat(ticket.purposes()).containsExactly("support");
      assertThat(ticket.retention()).isEqualTo(DataRetention.finite("P90D", "90 days", Period.ofDays(90), Duration.ZERO));
      assertThat(ticket.reviews()).containsExactly("DSR-3");
      assertThat(ticket.optional()).isTrue();
      assertThat(ticket.group()).isEqualTo(inventoryTree(c).get("data").get(1).get("source").get("group").asText());
    }
  }

  @Test
  void undeclaredPurposeStillFailsAcrossModules(@TempDir Path dir) throws Exception {
    File catalog = compileCatalog(dir);
    JavaFileObject app = source("app.Profile",
        "package app;",
        "import dev.datasafety.*;",
        "public class Profile {",
        "  @UserData(description = \"Your language\", purposes = \"acount\", retention = \"P30D\",",
        "      kind = DataKind.ATTRIBUTE, serverVisible = false) String language;",
        "}");
    Compilation c = compile(List.of(), List.of(catalog), app);
    assertThat(c).hadErrorContaining("Purpose 'acount' of Field 'language' of app.Profile is not declared anywhere"
        + " visible. Did you mean 'account'?").inFile(app).onLineContaining("@UserData");
  }

  @Test
  void conflictingRedeclarationOfADependencyPurposeIsReportedHere(@TempDir Path dir) throws Exception {
    File catalog = compileCatalog(dir);
    JavaFileObject app = source("app.Local",
        "package app;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"account\", description = \"Something else.\", userBenefit = \"Your notes everywhere.\")",
        "final class Local {}");
    Compilation c = compile(List.of(), List.of(catalog), app);
    assertThat(c).hadErrorContaining("[datasafety:duplicate-purpose] Purpose 'account' is declared twice with"
        + " different content: here and the dependency inventory dev.datasafety.modules.Inventory_")
        .inFile(app).onLineContaining("id = \"account\"");
  }

  @Test
  void identicalRedeclarationIsAllowed(@TempDir Path dir) throws Exception {
    File catalog = compileCatalog(dir);
    JavaFileObject app = source("app.Local",
        "package app;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\")",
        "final class Local {}");
    assertThat(compile(List.of(), List.of(catalog), app)).succeeded();
  }

  @Test
  void dependencyDataUsedAsFieldTypeAccountsForTheField(@TempDir Path dir) throws Exception {
    JavaFileObject address = source("lib.Address",
        "package lib;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "public record Address(@UserData(description = \"City\") String city) {}");
    Compilation lib = compile(CATALOG, address);
    File libDir = writeClassOutput(lib, Files.createDirectories(dir.resolve("lib")));
    JavaFileObject app = source("app.Person",
        "package app;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "public class Person {",
        "  java.util.List<lib.Address> addresses;",
        "  @UserData(description = \"Name\") String name;",
        "}");
    Compilation c = compile(List.of(), List.of(libDir), app);
    assertThat(idsOf(inventoryTree(c).get("data"))).containsExactly("app.Person#name", "lib.Address#city").inOrder();
  }

  /**
   * The marker is a class file written as a resource with the inventory in the last round: a
   * module without {@code @UserData} types (a catalog) generates no source and no class file, so
   * javac runs no round beyond the two every processor costs (each round re-enters every unit).
   */
  @Test
  void markerIsAValidClassWrittenWithTheInventoryWithoutAnExtraRound() throws Exception {
    Compilation c = compile(List.of("-Adatasafety.stats=true"), CATALOG);
    assertThat(c).succeeded();
    // Three rounds: the first generates DataSafetyInventory, the second compiles it, the last writes
    // the resources and the marker, which start no round of their own.
    assertThat(c.diagnostics().stream().map(d -> d.getMessage(null)).filter(m -> m.startsWith("[datasafety:stats] rounds=3 ")))
        .hasSize(1);
    List<JavaFileObject> markers = c.generatedFiles().stream()
        .filter(f -> f.toUri().toString().matches(".*/CLASS_OUTPUT/dev/datasafety/modules/Inventory_[0-9a-f]{20}\\.class"))
        .toList();
    assertThat(markers).hasSize(1);
    // The marker carries the module's part itself: nothing else is written into the marker's package.
    assertThat(c.generatedFiles().stream().map(f -> f.toUri().toString()).filter(u -> u.contains("/dev/datasafety/modules/")))
        .containsExactly(markers.get(0).toUri().toString());
    String uri = markers.get(0).toUri().toString();
    String simpleName = uri.substring(uri.lastIndexOf('/') + 1, uri.length() - ".class".length());
    assertThat(c.generatedSourceFiles()).hasSize(1);
    assertThat(c.generatedSourceFile("test.DataSafetyInventory")).isPresent();

    byte[] bytes;
    try (var in = markers.get(0).openInputStream()) {
      bytes = in.readAllBytes();
    }
    Class<?> marker = new ClassLoader(null) {
      Class<?> define() {
        return defineClass("dev.datasafety.modules." + simpleName, bytes, 0, bytes.length);
      }
    }.define();
    assertThat(java.lang.reflect.Modifier.isPublic(marker.getModifiers())).isTrue();
    assertThat(java.lang.reflect.Modifier.isFinal(marker.getModifiers())).isTrue();
    // Its constants name the module's inventory class, which a depending module's export initialises,
    // and hold the module's own inventory and declarations.
    assertThat(marker.getField("INVENTORY_CLASS").get(null)).isEqualTo("test.DataSafetyInventory");
    java.util.Map<String, Object> constants = new java.util.HashMap<>();
    for (java.lang.reflect.Field field : marker.getDeclaredFields()) {
      constants.put(field.getName(), field.get(null));
    }
    ModuleMarker.Contents contents = ModuleMarker.read(constants).orElseThrow();
    assertThat(contents.inventory()).isEqualTo(inventory(c));
    assertThat(contents.declarations()).containsExactly("purposes:test.Catalog");
  }

  @Test
  void ownOutputOfAnEarlierBuildOnTheClassPathIsNotADependency(@TempDir Path dir) throws Exception {
    // Maven puts target/classes on the class path of the next build of the same module.
    Path sources = Files.createDirectories(dir.resolve("src/catalog"));
    Path output = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(sources.resolve("Purposes.java"), String.join("\n",
        "package catalog;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"account\", description = \"First text.\", userBenefit = \"Your notes everywhere.\")",
        "public final class Purposes {}"));
    Compilations.Result first = Compilations.compileWithOutputOnClassPath(output, dir.resolve("src"));
    assertWithMessage(first.messages()).that(first.success()).isTrue();
    Files.writeString(sources.resolve("Purposes.java"), String.join("\n",
        "package catalog;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"account\", description = \"Changed text.\", userBenefit = \"Your notes everywhere.\")",
        "public final class Purposes {}"));
    // A new declaration changes the module's marker name, so the stale marker is found on the class path.
    Files.writeString(sources.resolve("More.java"), String.join("\n",
        "package catalog;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"support\", description = \"Help.\", userBenefit = \"Answers.\")",
        "final class More {}"));
    Compilations.Result second = Compilations.compileWithOutputOnClassPath(output, dir.resolve("src"));
    assertWithMessage(second.messages()).that(second.success()).isTrue();
    assertThat(Files.readString(output.resolve("META-INF/datasafety/inventory.json"))).contains("Changed text.");
  }

  @Test
  void unreadableDependencyInventoryIsAWarningNotACrash(@TempDir Path dir) throws Exception {
    File catalog = compileCatalog(dir);
    try (var files = Files.walk(catalog.toPath())) {
      for (Path p : files.filter(p -> p.getFileName().toString().matches("Inventory_[0-9a-f]{20}\\.class")).toList()) {
        String simpleName = p.getFileName().toString().replace(".class", "");
        Files.write(p, new ModuleMarker(ModuleMarker.SHARED_PACKAGE, simpleName).classFile(
            new ModuleMarker.Contents("catalog.DataSafetyInventory", "{ broken", List.of("purposes:catalog.Purposes"))));
      }
    }
    Compilation c = compile(List.of(), List.of(catalog), CATALOG);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[datasafety:unreadable-dependency] The inventory of a dependency"
        + " (dev.datasafety.modules.Inventory_");
    assertThat(c).hadWarningContaining("the inventory its marker carries is not a valid inventory: it is not valid JSON");
  }

  /** A marker of a newer datasafety is reported, not misread. */
  @Test
  void markerOfAnotherFormatIsAWarningNamingBothFormats(@TempDir Path dir) throws Exception {
    Path classes = dependencyWithMarker(dir, "public static final String FORMAT = \"datasafety-marker/9\";");
    Compilation c = compile(List.of(), List.of(classes.toFile()), CATALOG);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("(dev.datasafety.modules.Inventory_0123456789abcdef0123) could not be read: its"
        + " marker was written by another datasafety version: it has format datasafety-marker/9, but this processor"
        + " reads datasafety-marker/1.");
  }

  /**
   * Jars built by earlier versions hold a marker with only the inventory class, and the module's
   * part as a resource beside it: they are still read.
   */
  @Test
  void markerOfAnEarlierVersionIsReadFromTheResourceBesideIt(@TempDir Path dir) throws Exception {
    Path classes = dependencyWithMarker(dir, "public static final String INVENTORY_CLASS = \"\";");
    Compilation catalog = compile(CATALOG_MODULE);
    Files.writeString(classes.resolve("dev/datasafety/modules/Inventory_0123456789abcdef0123.json"), inventory(catalog));
    Compilation c = compile(List.of(), List.of(classes.toFile()), APP_USING_THE_CATALOG);
    assertThat(c).succeededWithoutWarnings();
    assertThat(idsOf(inventoryTree(c).get("data"))).containsExactly("app.Profile#language", "catalog.Purposes#ticket")
        .inOrder();
  }

  /** A class folder holding one marker class, {@code dev.datasafety.modules.Inventory_0123…}, with these members. */
  private static Path dependencyWithMarker(Path dir, String members) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("dependency"));
    Path source = Files.createDirectories(dir.resolve("src")).resolve("Inventory_0123456789abcdef0123.java");
    Files.writeString(source, "package dev.datasafety.modules;\n"
        + "public final class Inventory_0123456789abcdef0123 { " + members + " }\n");
    assertThat(javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-proc:none", "-d",
        classes.toString(), source.toString())).isEqualTo(0);
    return classes;
  }
}
