package dev.datasafety.it;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a fixture's {@code ExportCheck} main as an application runs it: on the module's class
 * output and the class path given, with the JDK that runs this build. The check exits non-zero
 * when an export misses or misreads a member, and prints {@code export ok} when all passed.
 */
final class ExportChecks {
  /** A guard against a hung JVM, not a measurement. */
  private static final long GUARD_SECONDS = 120;

  private ExportChecks() {}

  /** The check's output, once it passed. */
  static String assertPasses(BuildResult build, String module, String mainClass, List<Path> classPath)
      throws IOException, InterruptedException {
    List<Path> entries = new ArrayList<>();
    entries.add(build.dir().resolve(module).resolve("target/classes"));
    entries.addAll(classPath);
    return run(build, module, mainClass, "-cp", path(entries), mainClass);
  }

  /**
   * The check's output, once it passed, run as a named module: {@code java -p modulePath -m
   * moduleAndClass}, {@code moduleAndClass} being {@code module/class}.
   */
  static String assertPassesOnModulePath(BuildResult build, String module, String moduleAndClass, List<Path> modulePath)
      throws IOException, InterruptedException {
    return run(build, module, moduleAndClass, "-p", path(modulePath), "-m", moduleAndClass);
  }

  private static String path(List<Path> entries) {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  private static String run(BuildResult build, String module, String mainClass, String... arguments)
      throws IOException, InterruptedException {
    build.assertOutcome(module, "SUCCESS");
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(List.of(arguments));
    Path log = FixtureBuild.work().resolve(module + "-export-check.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(mainClass + " did not finish within " + GUARD_SECONDS + " s; see " + log);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertWithMessage("%s of %s exited with %s:\n%s", mainClass, module, process.exitValue(), output)
        .that(process.exitValue()).isEqualTo(0);
    assertWithMessage("output of %s", mainClass).that(output).contains("export ok");
    return output;
  }

  /** The annotations jar of this build, as the fixture builds resolve it. */
  static Path annotationsJar() {
    String version = System.getProperty("it.version");
    return FixtureBuild.localRepository().resolve("dev/datasafety/datasafety-annotations/" + version
        + "/datasafety-annotations-" + version + ".jar");
  }

  /** The {@code java} launcher of the JDK that runs this build. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
