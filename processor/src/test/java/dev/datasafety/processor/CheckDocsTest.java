package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.diag.Message;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages of docs/checks: one per diagnostic key, each example compiled with the processor and
 * printing exactly the messages the page shows, each fix compiling without that key.
 *
 * <p>A page's machine-read parts are its fenced blocks, tagged after the language:
 * {@code java example} (the sources that trigger the check), {@code java fixed} (the same after
 * the fix), {@code java dependency} (a class compiled beforehand onto the class path),
 * {@code json baseline} (the approved inventory, for {@code -Adatasafety.baseline=approved.json}),
 * {@code sh} (the javac command; its {@code -A} options are used) and {@code text output} (the
 * diagnostics, one per line, as javac prints them).
 */
class CheckDocsTest extends ProcessorTestSupport {
  private static final Path CHECKS = Path.of(System.getProperty("user.dir")).resolve("../docs/checks").normalize();
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w+)([^\\n]*)\\n(.*?)^```");
  private static final Pattern DIAGNOSTIC = Pattern.compile("^(?:(\\S+\\.java):(\\d+): )?(error|warning|note): (.*)$");
  private static final Pattern OPTION = Pattern.compile("-A(\\S+?)=(\\S+)");
  private static final String BASELINE = "approved.json";

  /** A bug in the processor cannot be shown by an example that stays true. */
  private static final Set<String> WITHOUT_EXAMPLE = Set.of("internal-error");

  static Stream<String> documentedKeys() {
    // Several sentences may share a key (one catalog entry per sentence, one page per key).
    return Arrays.stream(Message.values())
        .filter(m -> m.kind() != javax.tools.Diagnostic.Kind.NOTE)
        .map(Message::key)
        .distinct();
  }

  private static Path page(String key) {
    return CHECKS.resolve(key + ".md");
  }

  @Test
  void everyKeyButStatsHasAPageListedInTheIndex() throws IOException {
    String index = Files.readString(CHECKS.resolve("README.md"), StandardCharsets.UTF_8);
    for (Message message : Message.values()) {
      if (message.kind() == javax.tools.Diagnostic.Kind.NOTE) {
        continue;
      }
      assertWithMessage("docs/checks/%s.md", message.key()).that(Files.isRegularFile(page(message.key()))).isTrue();
      assertWithMessage("docs/checks/README.md links %s.md", message.key())
          .that(index).contains("(" + message.key() + ".md)");
    }
  }

  @Test
  void everyPageNamesItsKeySeverityAndSuppression() throws IOException {
    for (String key : documentedKeys().toList()) {
      Message message = Arrays.stream(Message.values()).filter(m -> m.key().equals(key)).findFirst().orElseThrow();
      assertWithMessage("every sentence of %s has the same severity", key)
          .that(Arrays.stream(Message.values()).filter(m -> m.key().equals(key)).map(Message::kind).distinct().count())
          .isEqualTo(1);
      String text = Files.readString(page(key), StandardCharsets.UTF_8);
      assertWithMessage("title of %s.md", key).that(text).startsWith("# `" + key + "`");
      assertWithMessage("suppression section of %s.md", key).that(text).contains("## How to suppress");
      if (!message.suppressible()) {
        assertWithMessage("%s.md says it cannot be suppressed", key).that(text).contains("cannot be suppressed");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedKeys")
  void examplePrintsExactlyTheMessagesThePageShows(String key, @TempDir Path temp) throws Exception {
    Page page = Page.read(page(key));
    if (WITHOUT_EXAMPLE.contains(key)) {
      assertThat(page.example()).isEmpty();
      return;
    }
    assertWithMessage("%s.md has a java example block", key).that(page.example()).isNotEmpty();
    assertWithMessage("%s.md has a text output block", key).that(page.output()).isNotEmpty();
    for (String line : page.output()) {
      assertWithMessage("an output line of %s.md, as javac prints it", key).that(line).matches(DIAGNOSTIC.pattern());
    }

    Compilation example = page.compile(page.example(), temp);
    assertThat(page.printed(example, temp)).containsExactlyElementsIn(page.output()).inOrder();
    assertWithMessage("the example of %s.md reports its own key", key)
        .that(String.join("\n", page.output())).contains("[datasafety:" + key + "]");

    if (!page.fixed().isEmpty()) {
      Compilation fixed = page.compile(page.fixed(), temp);
      assertWithMessage("the fix of %s.md still reports it: %s", key, fixed.diagnostics())
          .that(page.printed(fixed, temp).stream().noneMatch(l -> l.contains("[datasafety:" + key + "]")))
          .isTrue();
    }
  }

  /** The fenced blocks of one page. */
  private record Page(String name, List<String> example, List<String> fixed, List<String> dependencies,
      String baseline, List<String> options, List<String> output) {

    static Page read(Path file) throws IOException {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> example = new ArrayList<>();
      List<String> fixed = new ArrayList<>();
      List<String> dependencies = new ArrayList<>();
      List<String> options = new ArrayList<>();
      List<String> output = new ArrayList<>();
      String baseline = null;
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        String language = m.group(1);
        String tag = m.group(2).strip();
        String body = m.group(3);
        switch (language + " " + tag) {
          case "java example" -> example.add(body);
          case "java fixed" -> fixed.add(body);
          case "java dependency" -> dependencies.add(body);
          case "json baseline" -> baseline = body;
          case "text output" -> body.lines().filter(l -> !l.isBlank()).forEach(output::add);
          default -> {
            if (language.equals("sh")) {
              Matcher option = OPTION.matcher(body);
              while (option.find()) {
                options.add(option.group());
              }
            }
          }
        }
      }
      return new Page(file.getFileName().toString(), example, fixed, dependencies, baseline, options, output);
    }

    Compilation compile(List<String> sources, Path temp) throws IOException {
      List<String> javacOptions = new ArrayList<>();
      for (String option : options) {
        if (option.equals("-Adatasafety.baseline=" + BASELINE)) {
          Path file = temp.resolve(BASELINE);
          Files.writeString(file, baseline, StandardCharsets.UTF_8);
          javacOptions.add("-Adatasafety.baseline=" + file);
        } else {
          javacOptions.add(option);
        }
      }
      List<File> classPath = new ArrayList<>();
      if (!dependencies.isEmpty()) {
        classPath.add(compileDependencies(temp.resolve("dependency")));
      }
      JavaFileObject[] files = sources.stream()
          .map(s -> source(qualifiedName(s), s.split("\n", -1)))
          .toArray(JavaFileObject[]::new);
      return CheckDocsTest.compile(javacOptions, classPath, files);
    }

    private File compileDependencies(Path dir) throws IOException {
      List<String> args = new ArrayList<>(List.of("-proc:none", "-d", dir.resolve("classes").toString()));
      for (String dependency : dependencies) {
        Path file = dir.resolve("src").resolve(qualifiedName(dependency).replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, dependency, StandardCharsets.UTF_8);
        args.add(file.toString());
      }
      Files.createDirectories(dir.resolve("classes"));
      int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
      assertWithMessage("the dependency of %s compiles", name).that(exit).isEqualTo(0);
      return dir.resolve("classes").toFile();
    }

    /** The datasafety diagnostics as javac prints them: {@code path:line: kind: message}. */
    List<String> printed(Compilation compilation, Path temp) {
      List<String> lines = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        // compile-testing keeps generated files in memory; Maven's source output is shown instead.
        String message = d.getMessage(Locale.ROOT).replace(temp.resolve(BASELINE).toString(), BASELINE)
            .replace("mem:///SOURCE_OUTPUT/", "target/generated-sources/annotations/");
        if (!message.startsWith("[datasafety:")) {
          continue;
        }
        String where = d.getSource() == null ? ""
            : d.getSource().toUri().getPath().replaceFirst("^/", "") + ":" + d.getLineNumber() + ": ";
        lines.add(where + kind(d.getKind()) + ": " + message);
      }
      return lines;
    }

    private static String kind(Diagnostic.Kind kind) {
      return switch (kind) {
        case ERROR -> "error";
        case WARNING, MANDATORY_WARNING -> "warning";
        default -> "note";
      };
    }

    private static String qualifiedName(String source) {
      Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(source);
      Matcher type = Pattern.compile("(?m)^(?:public )?(?:final )?(?:class|record|interface|enum) (\\w+)").matcher(source);
      if (!type.find()) {
        throw new AssertionError("no top-level type in a java block:\n" + source);
      }
      return (pkg.find() ? pkg.group(1) + "." : "") + type.group(1);
    }
  }
}
