package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.ProcessorTestSupport;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * What tests of generated code add to the shared fixture (which also fails any test in which the
 * processor swallowed an exception): golden files of generated sources, and a class loader over a
 * compilation's output to run the generated code.
 */
abstract class GeneratedCodeSupport extends ProcessorTestSupport {
  /** Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change. */
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/generated");

  static Optional<String> generatedSource(Compilation compilation, String qualifiedName) {
    return compilation.generatedSourceFile(qualifiedName).map(ProcessorTestSupport::read);
  }

  /** Asserts the generated source equals {@code golden/generated/<test>/<qualifiedName>.java}. */
  static void assertGolden(Compilation compilation, String test, String qualifiedName) throws IOException {
    String actual = generatedSource(compilation, qualifiedName)
        .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated; diagnostics: " + compilation.diagnostics()));
    Path golden = GOLDEN.resolve(test).resolve(qualifiedName + ".java");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("golden file %s (rerun with -Dgolden.update=true after a deliberate change)", golden)
        .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /**
   * Writes the classes and resources the compilation produced under {@code dir} and returns a
   * class loader over them, whose parent gives the annotations and run-time types.
   */
  static URLClassLoader load(Compilation compilation, Path dir) throws IOException {
    File classes = writeClassOutput(compilation, dir);
    return new URLClassLoader(new URL[] {classes.toURI().toURL()}, GeneratedCodeSupport.class.getClassLoader());
  }

  /**
   * The qualified names of the sources generated, failed compilation or not: compile-testing only
   * hands out files of successful compilations, but tests of errors must show nothing was generated.
   */
  @SuppressWarnings("unchecked")
  static List<String> generatedSourceNames(Compilation compilation) {
    try {
      Field files = Compilation.class.getDeclaredField("generatedFiles");
      files.setAccessible(true);
      return ((List<JavaFileObject>) files.get(compilation)).stream()
          .filter(f -> f.getKind() == JavaFileObject.Kind.SOURCE)
          .map(f -> f.toUri().getPath().replaceFirst(".*/SOURCE_OUTPUT/", "").replaceFirst("\\.java$", "").replace('/', '.'))
          .sorted()
          .toList();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("compile-testing changed; adapt generatedSourceNames", e);
    }
  }
}
