package dev.datasafety.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real {@code mvn} (the one on the PATH) on a reactor of fixture modules from
 * {@code src/it}, with the datasafety artifacts of this build, and keeps its output.
 *
 * <p>Each reactor is built once per test run and shared by the tests that look at it (see
 * {@link Reactors}): Maven's start-up is the largest cost of a fixture build, so independent
 * fixtures are built together, with {@code --fail-at-end} where some modules must fail.
 */
final class FixtureBuild {
  /** A stuck build must not hang the test suite forever; this is a guard, not a measurement. */
  private static final long GUARD_MINUTES = 10;

  private static FixtureRepository repository;

  private FixtureBuild() {}

  static Path fixtures() {
    return Path.of(required("it.fixtures"));
  }

  static Path work() {
    return Path.of(required("it.work"));
  }

  /**
   * Copies the fixtures into a fresh folder (so no build output lands in src/it) and builds the
   * reactor {@code <name>.xml} up to {@code package} with the JDK at {@code javaHome}.
   */
  static BuildResult run(String reactor, Path javaHome) {
    Path dir = freshCopy(reactor);
    return mvn(reactor, dir, javaHome, dir.resolve(reactor + ".xml"));
  }

  /** A fresh copy of all fixtures in {@code target/it/<name>}. */
  static Path freshCopy(String name) {
    try {
      Path dir = work().resolve(name);
      deleteRecursively(dir);
      copyRecursively(fixtures(), dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code mvn package} on {@code pom} (in a copy made by {@link #freshCopy}) with the JDK at
   * {@code javaHome}; the output is kept in {@code target/it/<logName>.log}.
   */
  static BuildResult mvn(String logName, Path dir, Path javaHome, Path pom, String... extraArguments) {
    try {
      FixtureRepository repo = repository();
      List<String> command = new ArrayList<>(List.of(
          "mvn", "-B", "--show-version", "--no-transfer-progress", "--fail-at-end",
          "-s", repo.settings().toString(),
          "-Dmaven.repo.local=" + repo.localRepository(),
          "-Ddatasafety.version=" + required("it.version"),
          "-f", pom.toString()));
      command.addAll(List.of(extraArguments));
      command.add("package");
      Path log = work().resolve(logName + ".log");
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", javaHome.toString());
      builder.environment().remove("MAVEN_OPTS");
      Process process = builder.start();
      if (!process.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("mvn did not finish within " + GUARD_MINUTES + " minutes; see " + log);
      }
      return new BuildResult(logName, dir, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The fixture builds' private local repository (each artifact in its Maven layout). */
  static Path localRepository() {
    try {
      return repository().localRepository();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized FixtureRepository repository() throws IOException {
    if (repository == null) {
      repository = FixtureRepository.prepare(
          Path.of(required("it.root")).toRealPath(), work(), required("it.version"), Path.of(required("it.userRepository")));
    }
    return repository;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set: run the integration tests"
          + " through Maven (mvn verify), whose failsafe configuration sets it");
    }
    return value;
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
