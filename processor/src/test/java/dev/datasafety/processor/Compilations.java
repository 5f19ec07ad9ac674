package dev.datasafety.processor;

import dev.datasafety.UserData;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compilations on the real file system, as build tools run them, where compile-testing's
 * in-memory file manager would hide the difference (class output that is also on the class path).
 */
final class Compilations {
  private Compilations() {}

  /** The outcome of a compilation on disk. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    String messages() {
      return diagnostics.stream().map(d -> d.getMessage(Locale.ROOT)).reduce("", (a, b) -> a + "\n" + b);
    }
  }

  /**
   * Compiles with {@code output} both on the class path and as the class output, as Maven does
   * when it rebuilds a module without cleaning it.
   */
  static Result compileWithOutputOnClassPath(Path output, Path sourceDir) {
    return compile(sourceDir, () -> List.of(
        "-d", output.toString(),
        "-s", Files.createDirectories(output.resolveSibling("generated")).toString(),
        "-cp", output + File.pathSeparator + System.getProperty("java.class.path")));
  }

  /**
   * Compiles the named module whose {@code module-info.java} and packages are under
   * {@code sourceDir} into {@code output}, with {@code modulePath} as the module path: a build of
   * a JPMS module.
   */
  static Result compileModule(Path output, Path sourceDir, List<Path> modulePath) {
    return compile(sourceDir, () -> List.of(
        "-d", Files.createDirectories(output).toString(),
        "-s", Files.createDirectories(output.resolveSibling(output.getFileName() + "-generated")).toString(),
        "--module-path", String.join(File.pathSeparator, modulePath.stream().map(Path::toString).toList())));
  }

  /** The annotations module of this build (its class folder or jar, with its module-info). */
  static Path annotationsModule() throws URISyntaxException {
    return Path.of(UserData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The options of one compilation, which may create the folders they name. */
  private interface Options {
    List<String> get() throws IOException;
  }

  /** Compiles every source under {@code sourceDir} with the processor. */
  private static Result compile(Path sourceDir, Options options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
         var walk = Files.walk(sourceDir)) {
      List<File> sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options.get(), null, files.getJavaFileObjectsFromFiles(sources));
      task.setProcessors(List.of(new DataSafetyProcessor()));
      return new Result(task.call(), diagnostics.getDiagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
