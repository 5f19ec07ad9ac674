package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden inventories, one folder per case under {@code golden/inventory/}: {@code src/} (the
 * sources), optional {@code options.txt} (one option a line) and {@code inventory.json} (the exact
 * bytes expected). Each case also checks determinism: the sources in reverse order give the same
 * bytes. Run with {@code -Dgolden.update=true} to rewrite the expected files after a reviewed change.
 */
class GoldenInventoryTest extends ProcessorTestSupport {

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static Path root() throws URISyntaxException {
    return Path.of(GoldenInventoryTest.class.getResource("/golden/inventory").toURI());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void inventoryMatchesGoldenFileAndIsDeterministic(String name) throws Exception {
    Path dir = root().resolve(name);
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
    }
    Path optionsFile = dir.resolve("options.txt");
    List<String> options = Files.exists(optionsFile)
        ? Files.readAllLines(optionsFile).stream().filter(l -> !l.isBlank()).toList()
        : List.of();

    String actual = inventory(compile(options, sources.toArray(JavaFileObject[]::new)));
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    Compilation again = compile(options, reversed.toArray(JavaFileObject[]::new));
    assertWithMessage("inventory of the sources in reverse order").that(inventory(again)).isEqualTo(actual);

    Path expectedFile = sourceTreeCopy(name).resolve("inventory.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(dir.resolve("inventory.json"), StandardCharsets.UTF_8));
  }

  /** The golden folder in the source tree, where updates are written. */
  private static Path sourceTreeCopy(String name) {
    return Path.of("src/test/resources/golden/inventory", name);
  }
}
