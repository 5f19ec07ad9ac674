package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.datasafety.it.MultiModuleIT.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Kotlin sources, datasafety run by kapt through the Kotlin Maven plugin (src/it/kotlin and
 * kotlin-errors, set up in src/it/pom.xml as docs/build-tools.md shows): data classes, {@code val}
 * constructor properties, nullable types, an {@code object} catalog, the generated inventory
 * called from Kotlin, and errors on the .kt lines.
 */
class KotlinIT {
  private static final String PROFILE = "kotlin-errors/src/main/kotlin/com/example/kotlin/errors/Profile.kt";

  @Test
  void kotlinPropertiesAreTheDataAndTheObjectDeclaresThePurposes() {
    BuildResult build = Reactors.kotlin();
    build.assertOutcome("kotlin", "SUCCESS");

    JsonNode inventory = build.requireInventory("kotlin");
    assertThat(inventory.path("application").asText()).isEqualTo("Kotlin Notes");
    assertThat(ids(inventory.get("purposes"))).containsExactly("account", "newsletter").inOrder();
    // The backing fields of the properties, not the getters, component functions or copy parameters.
    assertThat(ids(inventory.get("data"))).containsExactly(
        "com.example.kotlin.Account#displayName",
        "com.example.kotlin.Account#email",
        "com.example.kotlin.Account#newsletterEmail",
        "com.example.kotlin.Device#language",
        "com.example.kotlin.Device#timeZone").inOrder();
    JsonNode email = inventory.get("data").get(1);
    assertThat(email.path("kind").asText()).isEqualTo("identifier");
    assertThat(email.path("retention").path("value").asText()).isEqualTo("until-account-deletion");
    assertThat(email.path("source").path("group").asText()).isEqualTo("Your account");
    JsonNode newsletter = inventory.get("data").get(2);
    assertThat(newsletter.path("purposes").get(0).asText()).isEqualTo("newsletter");
    assertThat(newsletter.path("optional").asBoolean()).isTrue();
    JsonNode language = inventory.get("data").get(3);
    assertThat(language.path("serverVisible").asBoolean()).isFalse();
    assertThat(language.path("retention").path("value").asText()).isEqualTo("P30D");
    assertWithMessage("detector warnings on Kotlin stubs (log: %s)", build.log())
        .that(build.output()).doesNotContain("[datasafety:undeclared-personal-data]");
  }

  @Test
  void kotlinCodeReadsTheGeneratedInventory() throws Exception {
    BuildResult build = Reactors.kotlin();
    build.assertOutcome("kotlin", "SUCCESS");
    Path repository = FixtureBuild.localRepository();
    String classPath = String.join(File.pathSeparator,
        build.dir().resolve("kotlin/target/classes").toString(),
        jar(repository, "dev/datasafety/datasafety-annotations", System.getProperty("it.version")).toString(),
        jar(repository, "org/jetbrains/kotlin/kotlin-stdlib", kotlinVersion()).toString());
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, "com.example.kotlin.TransparencyKt")
        .redirectErrorStream(true)
        .start();
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage(output).that(run.exitValue()).isEqualTo(0);
    assertThat(output).contains("purposes=account,newsletter\n");
    assertThat(output).contains("json-bytes=" + Files.size(build.inventoryFile("kotlin")) + "\n");
  }

  @Test
  void errorsLandOnTheKotlinLinesNotInKaptsStubs() {
    BuildResult build = Reactors.kotlin();
    build.assertOutcome("kotlin-errors", "FAILURE");
    assertThat(errorKeysOnLine(build, "val email: String")).containsExactly("undeclared-purpose");
    assertThat(errorKeysOnLine(build, "val city: String?")).containsExactly("missing-kind", "invalid-retention");
    assertWithMessage("errors pointing into kapt's stubs (log: %s)", build.log())
        .that(build.output()).doesNotContain("kaptStubs");
  }

  /** The datasafety keys kapt printed for Profile.kt on the line containing {@code text}: {@code [ERROR] /…/Profile.kt:14: error: [datasafety:KEY] …}. */
  private static List<String> errorKeysOnLine(BuildResult build, String text) {
    String prefix = "[ERROR] " + build.dir().resolve(PROFILE) + ":" + build.lineContaining(PROFILE, text) + ": error: ";
    Pattern key = Pattern.compile("^" + Pattern.quote(prefix) + "\\[datasafety:([a-z-]+)\\]", Pattern.MULTILINE);
    Matcher m = key.matcher(build.output());
    List<String> keys = new java.util.ArrayList<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    // Maven prints the compiler's errors twice: as they happen and in the failure summary.
    return keys.stream().distinct().toList();
  }

  private static Path jar(Path repository, String groupPath, String version) {
    String artifact = groupPath.substring(groupPath.lastIndexOf('/') + 1);
    Path jar = repository.resolve(groupPath).resolve(version).resolve(artifact + "-" + version + ".jar");
    assertWithMessage("%s in the fixture repository", jar).that(Files.isRegularFile(jar)).isTrue();
    return jar;
  }

  /** The Kotlin version the fixtures use, from their parent POM. */
  private static String kotlinVersion() throws IOException {
    Matcher m = Pattern.compile("<kotlin.version>([^<]+)</kotlin.version>")
        .matcher(Files.readString(FixtureBuild.fixtures().resolve("pom.xml"), StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
