package dev.datasafety.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium in headless mode, started fresh for each call with its own profile folder
 * and without any background network traffic. Missing chromium fails the test: CI installs it
 * with {@code .ci/install-chromium.sh}.
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
  /** A guard against a hung browser, not a timing assertion. */
  private static final long GIVE_UP_MINUTES = 3;

  private HeadlessChromium() {}

  /** The DOM after the page loaded, serialized. */
  static String dumpDom(URI page, Path work) throws IOException, InterruptedException {
    return run(work, List.of("--dump-dom", page.toString()));
  }

  static void screenshot(URI page, Path png, Path work) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    run(work, List.of("--hide-scrollbars", "--window-size=1280,2000", "--screenshot=" + png.toAbsolutePath(),
        page.toString()));
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      throw new AssertionError("chromium wrote no screenshot at " + png);
    }
  }

  private static String run(Path work, List<String> arguments) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new AssertionError(BINARY + " is missing: install it with .ci/install-chromium.sh (apt-get install chromium)");
    }
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    command.addAll(arguments);
    Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
    Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish: " + Files.readString(err, StandardCharsets.UTF_8));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError("chromium exited with " + process.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
