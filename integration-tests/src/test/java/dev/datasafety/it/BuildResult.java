package dev.datasafety.it;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outcome of one fixture reactor build: exit code, output, and what each module wrote. */
record BuildResult(String reactor, Path dir, int exitCode, String output, Path log) {
  private static final Pattern SUMMARY_LINE =
      Pattern.compile("^\\[INFO\\] (\\S+) \\.+ (SUCCESS|FAILURE|SKIPPED)", Pattern.MULTILINE);
  private static final String INVENTORY = "target/classes/META-INF/datasafety/inventory.json";

  /** The module's line in Maven's reactor summary: SUCCESS, FAILURE or SKIPPED. */
  String outcome(String module) {
    Matcher m = SUMMARY_LINE.matcher(output);
    while (m.find()) {
      if (m.group(1).equals(module)) {
        return m.group(2);
      }
    }
    throw new AssertionError("module " + module + " is not in the reactor summary of " + reactor + "; see " + log);
  }

  void assertOutcome(String module, String expected) {
    assertWithMessage("outcome of %s in reactor %s (log: %s)", module, reactor, log)
        .that(outcome(module)).isEqualTo(expected);
  }

  Path inventoryFile(String module) {
    return dir.resolve(module).resolve(INVENTORY);
  }

  Optional<JsonNode> inventory(String module) {
    Path file = inventoryFile(module);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode requireInventory(String module) {
    return inventory(module).orElseThrow(() ->
        new AssertionError("module " + module + " wrote no inventory at " + inventoryFile(module) + "; see " + log));
  }

  /** The 1-based line of {@code source} (relative to the reactor) that contains {@code text}. */
  int lineContaining(String source, String text) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(source), StandardCharsets.UTF_8);
      int found = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          if (found != -1) {
            throw new AssertionError(text + " is on more than one line of " + source);
          }
          found = i + 1;
        }
      }
      if (found == -1) {
        throw new AssertionError(text + " is on no line of " + source);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The compiler errors Maven printed for {@code source} on the line containing {@code text}, as
   * maven-compiler-plugin prints them: {@code [ERROR] /path/File.java:[line,column] message}.
   */
  List<String> errorsOnLine(String source, String text) {
    int line = lineContaining(source, text);
    String prefix = "[ERROR] " + dir.resolve(source) + ":[" + line + ",";
    List<String> errors = new ArrayList<>();
    for (String l : output.split("\n")) {
      if (l.startsWith(prefix)) {
        errors.add(l);
      }
    }
    return errors;
  }

  void assertErrorOnLine(String source, String text, String expectedMessageStart) {
    List<String> errors = errorsOnLine(source, text);
    assertWithMessage("errors on the line of %s containing %s (log: %s)", source, text, log)
        .that(errors.stream().anyMatch(e -> e.contains("] " + expectedMessageStart)))
        .isTrue();
  }
}
