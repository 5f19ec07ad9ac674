package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.datasafety.UserData;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged processor jar, as users put it on {@code -processorpath}: it runs alone, in a
 * separate javac, and carries its libraries relocated so they cannot clash with other processors.
 */
class ShadedJarIT {

  private static Path processorJar() {
    Path jar = Path.of(System.getProperty("processor.jar", "target/missing.jar"));
    assertWithMessage("the packaged processor jar (run with mvn verify)").that(Files.exists(jar)).isTrue();
    return jar;
  }

  private static String annotationsClassPath() throws Exception {
    return Path.of(UserData.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void everyClassIsOursOrRelocatedUnderOurPackage() throws Exception {
    List<String> foreign = new ArrayList<>();
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      Collections.list(jar.entries()).stream()
          .map(e -> e.getName())
          .filter(n -> n.endsWith(".class"))
          .filter(n -> !n.startsWith("dev/datasafety/"))
          .forEach(foreign::add);
      assertThat(jar.getEntry("META-INF/services/javax.annotation.processing.Processor")).isNotNull();
      assertThat(jar.getEntry("META-INF/gradle/incremental.annotation.processors")).isNotNull();
      assertThat(jar.getEntry("META-INF/datasafety/inventory.schema.json")).isNotNull();
      assertThat(jar.getEntry("dev/datasafety/processor/shaded/jackson/databind/ObjectMapper.class")).isNotNull();
      assertThat(jar.getEntry("dev/datasafety/processor/shaded/picocli/CommandLine.class")).isNotNull();
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.datasafety.processor.cli.Main");
    }
    assertThat(foreign).isEmpty();
  }

  @Test
  void runsAloneOnTheProcessorPathOfAPlainJavac(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/app/Account.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n",
        "package app;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes.\")",
        "class Account {",
        "  @UserData(description = \"Email\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.IDENTIFIER, reviews = \"DSR-1\") String email;",
        "}"));
    Path out = dir.resolve("out");
    Process javac = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-processorpath", processorJar().toString(),
        "-cp", annotationsClassPath(),
        "-d", out.toString(),
        source.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage(output).that(javac.waitFor()).isEqualTo(0);
    assertThat(Files.readString(out.resolve("META-INF/datasafety/inventory.json"))).contains("\"app.Account#email\"");

    Files.writeString(source, Files.readString(source).replace("\"P30D\"", "\"P30X\""));
    Process failing = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-processorpath", processorJar().toString(),
        "-cp", annotationsClassPath(),
        "-d", dir.resolve("out2").toString(),
        source.toString())
        .redirectErrorStream(true)
        .start();
    String failure = new String(failing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(failing.waitFor()).isEqualTo(1);
    assertThat(failure).contains("Account.java:5: error: [datasafety:invalid-retention] Retention \"P30X\"");
    assertThat(failure).doesNotContain(File.separator + "Exception");
  }

  /** The result of {@code java -jar datasafety-processor.jar ...}. */
  private record Run(int exit, String out, String err) {}

  private static Run java(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", processorJar().toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process java = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = java.waitFor();
    return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The jar is the command line too: diff of an inventory and a jar holding one, and bad input. */
  @Test
  void runsAsTheCommandLineWithJavaDashJar(@TempDir Path dir) throws Exception {
    Path approved = Files.copy(Path.of("src/test/resources/changes/approved.inventory.json"), dir.resolve("approved.json"));
    Path app = dir.resolve("app.jar");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(app))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/classes/META-INF/datasafety/inventory.json"));
      zip.write(Files.readAllBytes(Path.of("src/test/resources/exports/acme-notes.inventory.json")));
      zip.closeEntry();
    }
    Run diff = java(dir, "diff", approved.getFileName().toString(), app.getFileName().toString());
    assertWithMessage(diff.err()).that(diff.exit()).isEqualTo(1);
    assertThat(diff.out()).isEqualTo(Files.readString(Path.of("src/test/resources/changes/acme-notes.changes.md")));

    Run same = java(dir, "diff", "--format", "text", "app.jar", "app.jar");
    assertThat(same.exit()).isEqualTo(0);
    assertThat(same.out()).contains("No changes");

    Run missing = java(dir, "export", "--format", "play", "nothing.json");
    assertThat(missing).isEqualTo(new Run(2, "", "datasafety: nothing.json does not exist.\n"));

    Run version = java(dir, "--version");
    assertThat(version.exit()).isEqualTo(0);
    assertThat(version.out()).startsWith("datasafety ");
  }
}
