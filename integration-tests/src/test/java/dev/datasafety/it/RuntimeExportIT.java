package dev.datasafety.it;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.datasafety.it.MultiModuleIT.ids;

import com.google.common.truth.Truth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run-time export of built fixtures (SPEC §8), run as an application runs it: each module's
 * {@code ExportCheck} main on its class output, with only the annotations jar (and the module's own
 * dependencies) on the class path, or its jar on the module path for named modules. It exits
 * non-zero when an export misses or misreads a member.
 */
class RuntimeExportIT {

  @Test
  void lombokGettersAndPrivateFieldsExportWithLombokBeforeDatasafety() throws Exception {
    assertExportCheckPasses("lombok", "com.example.lombok.ExportCheck");
  }

  @Test
  void lombokGettersAndPrivateFieldsExportWithLombokAfterDatasafety() throws Exception {
    BuildResult build = Reactors.passing();
    build.assertOutcome("lombok-after", "SUCCESS");
    Truth.assertThat(ids(build.requireInventory("lombok-after").get("data"))).containsExactly(
        "com.example.lombok.Customer#phone", "com.example.lombok.Customer#postalAddress").inOrder();
    assertExportCheckPasses("lombok-after", "com.example.lombok.ExportCheck");
  }

  /**
   * Private fields without accessors, a {@code Collection<Visit>} getter for a {@code Set<Visit>}
   * field, and a {@code @MappedSuperclass} whose fields are data of each entity, with its purposes.
   */
  @Test
  void privateInheritedAndSupertypeGetterMembersExport() throws Exception {
    BuildResult build = Reactors.passing();
    build.assertOutcome("runtime-members", "SUCCESS");
    var data = build.requireInventory("runtime-members").get("data");
    Truth.assertThat(ids(data)).containsExactly(
        "com.example.members.Owner#firstName", "com.example.members.Owner#lastName",
        "com.example.members.Owner#telephone", "com.example.members.Vet#firstName",
        "com.example.members.Vet#lastName", "com.example.members.Visit#reason").inOrder();
    for (var datum : data) {
      String expectedPurpose = datum.get("id").asText().contains(".Vet#") ? "staff" : "care";
      assertWithMessage("purposes of %s", datum.get("id")).that(datum.get("purposes").get(0).asText())
          .isEqualTo(expectedPurpose);
    }
    assertExportCheckPasses("runtime-members", "com.example.members.ExportCheck",
        "jakarta/persistence/jakarta.persistence-api/3.2.0/jakarta.persistence-api-3.2.0.jar");
  }

  /**
   * Two named JPMS modules built with datasafety (SPEC §8), their jars launched on the module path
   * as {@code java -p ... -m}: no split package stops the launch, the application's export reads
   * the library's private field through the library's own lookup (no {@code opens}), and the
   * application's inventory holds the library's purpose and datum, seen at compile time on the
   * module path.
   */
  @Test
  void namedModulesExportOnTheModulePath() throws Exception {
    BuildResult build = Reactors.passing();
    build.assertOutcome("jpms-lib", "SUCCESS");
    build.assertOutcome("jpms-app", "SUCCESS");
    var inventory = build.requireInventory("jpms-app");
    Truth.assertThat(ids(inventory.get("purposes"))).containsExactly("booking", "membership").inOrder();
    Truth.assertThat(ids(inventory.get("data"))).containsExactly(
        "com.example.app.Booking#court", "com.example.app.Booking#member", "com.example.lib.Member#number").inOrder();
    String output = ExportChecks.assertPassesOnModulePath(build, "jpms-app", "com.example.app/com.example.app.ExportCheck",
        List.of(build.dir().resolve("jpms-app/target/jpms-app-1.0.jar"),
            build.dir().resolve("jpms-lib/target/jpms-lib-1.0.jar"), ExportChecks.annotationsJar()));
    // json() at run time is the document the build wrote, the library's datum included.
    Truth.assertThat(output.substring(output.indexOf("export ok") + "export ok".length()).strip())
        .isEqualTo(Files.readString(build.dir().resolve("jpms-app/target/classes/META-INF/datasafety/inventory.json"),
            StandardCharsets.UTF_8).strip());
    Truth.assertThat(output).contains("\"id\": \"com.example.lib.Member#number\"");
  }

  /**
   * The same library module used by applications on the class path (no {@code module-info.java}):
   * with {@code -Adatasafety.dependencyModules} the application sees the library's purpose and
   * datum at compile time and exports the library's objects at run time; without it the build warns
   * that the library's declarations are missing, naming the option.
   */
  @Test
  void aNamedModuleLibraryOnTheClassPathOfAnApplication() throws Exception {
    BuildResult build = Reactors.passing();
    build.assertOutcome("jpms-classpath-app", "SUCCESS");
    var inventory = build.requireInventory("jpms-classpath-app");
    Truth.assertThat(ids(inventory.get("purposes"))).containsExactly("membership");
    Truth.assertThat(ids(inventory.get("data"))).containsExactly("com.example.cpapp.Booking#court",
        "com.example.cpapp.Booking#member", "com.example.lib.Member#number").inOrder();
    String output = ExportChecks.assertPasses(build, "jpms-classpath-app", "com.example.cpapp.ExportCheck",
        List.of(build.dir().resolve("jpms-lib/target/jpms-lib-1.0.jar"), ExportChecks.annotationsJar()));
    Truth.assertThat(output.substring(output.indexOf("export ok") + "export ok".length()).strip())
        .isEqualTo(Files.readString(build.dir().resolve(
            "jpms-classpath-app/target/classes/META-INF/datasafety/inventory.json"), StandardCharsets.UTF_8).strip());

    build.assertOutcome("jpms-classpath-unlisted", "SUCCESS");
    Truth.assertThat(build.output()).contains("[datasafety:unreadable-dependency] The inventory of a dependency"
        + " (module com.example.lib) was not read");
    Truth.assertThat(build.output()).contains("-Adatasafety.dependencyModules=com.example.lib.");
    Truth.assertThat(ids(build.requireInventory("jpms-classpath-unlisted").get("data")))
        .containsExactly("com.example.unlisted.Visit#day");
  }

  private static void assertExportCheckPasses(String module, String mainClass, String... repositoryJars)
      throws IOException, InterruptedException {
    List<Path> classPath = new ArrayList<>();
    classPath.add(ExportChecks.annotationsJar());
    for (String jar : repositoryJars) {
      classPath.add(FixtureBuild.localRepository().resolve(jar));
    }
    ExportChecks.assertPasses(Reactors.passing(), module, mainClass, classPath);
  }
}
