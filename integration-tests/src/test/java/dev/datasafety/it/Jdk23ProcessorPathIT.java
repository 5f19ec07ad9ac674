package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK 23+ setup, built with JDK 25. Since JDK 23 javac runs no annotation processor found on
 * the class path unless told to, so the processor must be on the processor path
 * ({@code annotationProcessorPaths}); a processor left as a plain dependency is skipped without a
 * word. The fixtures' parent therefore also has the inventory guard: an enforcer rule that fails
 * the build when no inventory was written.
 */
class Jdk23ProcessorPathIT {

  @BeforeAll
  static void requireJdk25() {
    // The only skip in the suite: the JDK 23+ behaviour cannot be shown without a JDK 23+.
    assumeTrue(Files.isExecutable(Reactors.jdk25Home().resolve("bin/javac")),
        "JDK 25 is not installed at " + Reactors.jdk25Home()
            + " (set -Djdk25.home=... to another JDK 23+): the JDK 23+ integration tests did not run");
  }

  @Test
  void processorOnTheProcessorPathRunsAndWritesTheInventory() {
    BuildResult build = Reactors.jdk25().orElseThrow();
    assertThat(build.output()).containsMatch("(?m)^Java version: (2[3-9]|[3-9][0-9])");
    build.assertOutcome("catalog", "SUCCESS");
    build.assertOutcome("app", "SUCCESS");
    MultiModuleIT.assertAppInventoryHasTheCatalog(build);
  }

  @Test
  void processorOnTheProcessorPathReportsErrors() {
    BuildResult build = Reactors.jdk25().orElseThrow();
    assertThat(build.exitCode()).isNotEqualTo(0);
    build.assertOutcome("app-undeclared", "FAILURE");
    build.assertErrorOnLine("app-undeclared/src/main/java/com/example/signup/Signup.java", "\"acount\"",
        "[datasafety:undeclared-purpose] Purpose 'acount' of ");
  }

  @Test
  void processorAsPlainDependencyFailsTheBuildThroughTheInventoryGuard() {
    BuildResult build = Reactors.jdk25().orElseThrow();
    build.assertOutcome("plain-dependency", "FAILURE");
    assertThat(build.inventory("plain-dependency")).isEmpty();
    assertThat(build.output()).contains("[datasafety] No data inventory was written: the datasafety processor did not run."
        + " Put dev.datasafety:datasafety-processor in the annotationProcessorPaths of maven-compiler-plugin");
    assertThat(build.output()).contains("plain-dependency/target/classes/META-INF/datasafety/inventory.json");
  }

  /**
   * Why the guard exists: without it the same mistake passes on JDK 25, although the code names
   * an undeclared purpose, and no inventory is written.
   */
  @Test
  void processorAsPlainDependencyIsSilentlySkippedWithoutTheGuard() {
    BuildResult build = Reactors.jdk25().orElseThrow();
    build.assertOutcome("plain-dependency-unguarded", "SUCCESS");
    assertThat(build.inventory("plain-dependency-unguarded")).isEmpty();
    assertThat(Files.isRegularFile(build.dir().resolve(
        "plain-dependency-unguarded/target/classes/com/example/plain/Device.class"))).isTrue();
  }
}
