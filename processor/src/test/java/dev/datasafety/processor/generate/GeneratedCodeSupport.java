package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.datasafety.processor.DataSafetyProcessor;
import dev.datasafety.processor.diag.InternalErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Compiles sources with the processor, compares generated sources with golden files, and loads
 * the compiled classes to run generated code. Fails any test in which the processor swallowed
 * an exception.
 */
abstract class GeneratedCodeSupport {
  /** Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change. */
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/generated");

  @BeforeEach
  void clearInternalErrors() {
    InternalErrors.clear();
  }

  @AfterEach
  void processorSwallowedNothing() {
    assertWithMessage("exceptions the processor caught").that(InternalErrors.caught()).isEmpty();
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new DataSafetyProcessor()).compile(sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new DataSafetyProcessor()).withOptions(options).compile(sources);
  }

  static Optional<String> generatedSource(Compilation compilation, String qualifiedName) {
    return compilation.generatedSourceFile(qualifiedName).map(GeneratedCodeSupport::read);
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

  static String read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the classes and resources the compilation produced under {@code dir} and returns a
   * class loader over them, whose parent gives the annotations and run-time types.
   */
  static URLClassLoader load(Compilation compilation, Path dir) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf("/CLASS_OUTPUT/");
      if (at < 0) {
        continue;
      }
      Path target = dir.resolve(uri.substring(at + "/CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, GeneratedCodeSupport.class.getClassLoader());
  }

  /** The datasafety keys of the errors, in the order reported. */
  static List<String> errorKeys(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[datasafety:"))
        .map(m -> m.substring("[datasafety:".length(), m.indexOf(']')))
        .collect(Collectors.toList());
  }

  /**
   * The qualified names of the sources generated, failed compilation or not: compile-testing only
   * hands out files of successful compilations, but tests of errors must show nothing was generated.
   */
  @SuppressWarnings("unchecked")
  static List<String> generatedSourceNames(Compilation compilation) {
    try {
      java.lang.reflect.Field files = Compilation.class.getDeclaredField("generatedFiles");
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

  static Optional<String> generatedResource(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(GeneratedCodeSupport::read);
  }
}
