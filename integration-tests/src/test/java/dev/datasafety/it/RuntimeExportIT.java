package dev.datasafety.it;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.datasafety.it.MultiModuleIT.ids;

import com.google.common.truth.Truth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run-time export of built fixtures (SPEC §8), run as an application runs it: each module's
 * {@code ExportCheck} main on its class output, with only the annotations jar (and the module's own
 * dependencies) on the class path. It exits non-zero when an export misses or misreads a member.
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
