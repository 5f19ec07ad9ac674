package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module rebuilt without {@code clean} after one source changed gives what a clean build gives:
 * the same inventory, module files and generated sources. With maven-compiler-plugin's default
 * incremental mode Maven recompiles the whole module when a source changed; with
 * {@code useIncrementalCompilation=false} it recompiles only the changed file, and the processor
 * reads the rest of the module from its class files.
 */
class IncrementalBuildIT {
  private static final String NOTE = "incremental/src/main/java/com/example/incremental/Note.java";

  @Test
  void rebuildingAfterTouchingOneFileGivesTheCleanBuildsOutput() throws IOException {
    Path dir = FixtureBuild.freshCopy("incremental");
    Path pom = dir.resolve("incremental.xml");
    BuildResult clean = FixtureBuild.mvn("incremental-clean", dir, Reactors.currentJdk(), pom);
    clean.assertOutcome("incremental", "SUCCESS");
    Map<String, byte[]> expected = outputs(dir);
    assertThat(expected.keySet()).contains("classes/META-INF/datasafety/inventory.json");
    assertThat(expected.keySet()).contains("classes/com/example/incremental/DataSafetyInventory.data");
    assertThat(new String(expected.get("classes/META-INF/datasafety/inventory.json")))
        .contains("com.example.incremental.Account#email");

    touch(dir.resolve(NOTE));
    BuildResult whole = FixtureBuild.mvn("incremental-default", dir, Reactors.currentJdk(), pom);
    whole.assertOutcome("incremental", "SUCCESS");
    assertWithMessage("Maven's default incremental mode (log: %s)", whole.log())
        .that(whole.output()).contains("Compiling 3 source files");
    assertSameOutputs(expected, dir, whole);

    touch(dir.resolve(NOTE));
    BuildResult onlyChanged = FixtureBuild.mvn("incremental-stale-only", dir, Reactors.currentJdk(), pom,
        "-Dmaven.compiler.useIncrementalCompilation=false");
    onlyChanged.assertOutcome("incremental", "SUCCESS");
    assertWithMessage("only the touched file recompiled (log: %s)", onlyChanged.log())
        .that(onlyChanged.output()).contains("Compiling 1 source file");
    assertSameOutputs(expected, dir, onlyChanged);
  }

  private static void assertSameOutputs(Map<String, byte[]> expected, Path dir, BuildResult build) throws IOException {
    Map<String, byte[]> actual = outputs(dir);
    assertWithMessage("datasafety's files after %s (log: %s)", build.reactor(), build.log())
        .that(actual.keySet()).containsExactlyElementsIn(expected.keySet());
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertWithMessage("%s after %s", file.getKey(), build.reactor())
          .that(new String(actual.get(file.getKey()))).isEqualTo(new String(file.getValue()));
    }
  }

  /**
   * What datasafety writes, by path: the inventory, the module files and the generated inventory
   * class's table in the classes, and the generated sources.
   */
  private static Map<String, byte[]> outputs(Path dir) throws IOException {
    Path target = dir.resolve("incremental/target");
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(target.resolve("classes"))) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String path = target.relativize(file).toString();
        if (path.startsWith("classes/META-INF/datasafety/") || path.startsWith("classes/dev/datasafety/modules/")
            || file.getFileName().toString().equals("DataSafetyInventory.data")) {
          files.put(path, Files.readAllBytes(file));
        }
      }
    }
    Path generated = target.resolve("generated-sources/annotations");
    if (Files.isDirectory(generated)) {
      try (Stream<Path> walk = Files.walk(generated)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          files.put(target.relativize(file).toString(), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** Newer than its class file, whatever the file system's timestamp resolution. */
  private static void touch(Path source) throws IOException {
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
  }
}
