package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.datasafety.it.MultiModuleIT.ids;
import static dev.datasafety.it.MultiModuleIT.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real JPA model persisted with Hibernate ORM and H2 (SPEC §3 inherited members, §8 export):
 * a {@code @MappedSuperclass} whose fields are data of each of two entities under each one's
 * purposes, lazy associations, and Hibernate's own annotation processor (the JPA static
 * metamodel) on the processor path after datasafety ({@code hibernate-clinic}) and before it
 * ({@code hibernate-clinic-reversed}, the same sources).
 */
class HibernateIT {
  private static final String ORDERED = "hibernate-clinic";
  private static final String REVERSED = "hibernate-clinic-reversed";
  private static final String PACKAGE = "com.example.clinic.";

  @ParameterizedTest
  @ValueSource(strings = {ORDERED, REVERSED})
  void inheritedFieldsAreDataOfEachEntityWithThatEntitysPurposesAndRetention(String module) {
    BuildResult build = Reactors.passing();
    build.assertOutcome(module, "SUCCESS");
    JsonNode data = build.requireInventory(module).get("data");
    assertThat(ids(data)).containsExactly(
        PACKAGE + "Owner#firstName", PACKAGE + "Owner#lastName", PACKAGE + "Owner#telephone",
        PACKAGE + "Vet#firstName", PACKAGE + "Vet#lastName",
        PACKAGE + "Visit#reason", PACKAGE + "Visit#visitedOn").inOrder();
    for (JsonNode datum : data) {
      String id = datum.get("id").asText();
      boolean vet = id.startsWith(PACKAGE + "Vet#");
      assertWithMessage("purposes of %s", id).that(texts(datum.get("purposes")))
          .containsExactly(vet ? "staff" : "care");
      String retention = vet ? "P2Y" : id.startsWith(PACKAGE + "Owner#") ? "until-account-deletion" : "P5Y";
      assertWithMessage("retention of %s", id).that(datum.get("retention").get("value").asText()).isEqualTo(retention);
    }
    // The shared base names and describes the datum for both entities.
    assertThat(datum(data, "Owner#firstName").get("description").asText()).isEqualTo("Your first name.");
    assertThat(datum(data, "Vet#firstName").get("description").asText()).isEqualTo("Your first name.");
    assertThat(datum(data, "Owner#telephone").get("kind").asText()).isEqualTo("identifier");
  }

  @Test
  void bothProcessorOrdersWriteTheSameInventoryAndHibernatesMetamodel() throws IOException {
    BuildResult build = Reactors.passing();
    build.assertOutcome(ORDERED, "SUCCESS");
    build.assertOutcome(REVERSED, "SUCCESS");
    assertThat(Files.readString(build.inventoryFile(REVERSED), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(build.inventoryFile(ORDERED), StandardCharsets.UTF_8));
    for (String module : List.of(ORDERED, REVERSED)) {
      Path classes = build.dir().resolve(module).resolve("target/classes/com/example/clinic");
      for (String generated : List.of("Owner_", "Person_", "Vet_", "Visit_", "DataSafetyInventory")) {
        assertWithMessage("%s.class in %s", generated, module)
            .that(Files.isRegularFile(classes.resolve(generated + ".class"))).isTrue();
      }
    }
  }

  /**
   * ExportCheck persists owners, visits and vets, then in new sessions exports an owner loaded
   * with {@code getReference} (an uninitialised proxy) and one loaded by a query (its visits a lazy
   * collection, each visit's vet a lazy proxy): every declared value, read through the getters
   * that load them, and no undeclared member (ids, versions, counters, the back reference).
   */
  @ParameterizedTest
  @ValueSource(strings = {ORDERED, REVERSED})
  void proxiesAndLazyCollectionsExportEveryDeclaredValueWhileTheSessionIsOpen(String module) throws Exception {
    BuildResult build = Reactors.passing();
    String output = ExportChecks.assertPasses(build, module, "com.example.clinic.ExportCheck", runtimeClassPath(build, module));
    assertThat(output).contains("export of the Owner proxy of getReference: {firstName=Ada, lastName=Lovelace,");
    assertThat(output).doesNotContain("LazyInitializationException");
  }

  private static JsonNode datum(JsonNode data, String idInPackage) {
    for (JsonNode datum : data) {
      if (datum.get("id").asText().equals(PACKAGE + idInPackage)) {
        return datum;
      }
    }
    throw new AssertionError("no datum " + PACKAGE + idInPackage);
  }

  /** Written by the fixture's maven-dependency-plugin: Hibernate, H2 and the annotations jar. */
  private static List<Path> runtimeClassPath(BuildResult build, String module) throws IOException {
    String line = Files.readString(build.dir().resolve(module).resolve("target/runtime-classpath.txt"),
        StandardCharsets.UTF_8).strip();
    List<Path> entries = new ArrayList<>();
    for (String entry : line.split(java.io.File.pathSeparator)) {
      entries.add(Path.of(entry));
    }
    assertThat(entries).contains(ExportChecks.annotationsJar());
    return entries;
  }
}
