package dev.datasafety.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The fixture reactors of src/it, each built at most once per test run and shared by the test
 * classes that look at its modules.
 */
final class Reactors {
  private static BuildResult passing;
  private static BuildResult failing;
  private static BuildResult jdk25;
  private static BuildResult kotlin;

  private Reactors() {}

  /** Modules that must build, on the JDK that runs this build. */
  static synchronized BuildResult passing() {
    if (passing == null) {
      passing = FixtureBuild.run("passing", currentJdk());
    }
    return passing;
  }

  /** Modules that must fail, each with its own error, on the JDK that runs this build. */
  static synchronized BuildResult failing() {
    if (failing == null) {
      failing = FixtureBuild.run("failing", currentJdk());
    }
    return failing;
  }

  /** Kotlin modules built with kapt (one must build, one must fail), on the JDK that runs this build. */
  static synchronized BuildResult kotlin() {
    if (kotlin == null) {
      kotlin = FixtureBuild.run("kotlin", currentJdk());
    }
    return kotlin;
  }

  /** The JDK 23+ setup, built with JDK 25; empty when that JDK is not installed. */
  static synchronized Optional<BuildResult> jdk25() {
    if (jdk25 == null && Files.isExecutable(jdk25Home().resolve("bin/javac"))) {
      jdk25 = FixtureBuild.run("jdk25", jdk25Home());
    }
    return Optional.ofNullable(jdk25);
  }

  static Path jdk25Home() {
    return Path.of(System.getProperty("it.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
  }

  static Path currentJdk() {
    return Path.of(System.getProperty("java.home"));
  }
}
