package dev.datasafety.processor.host;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.datasafety.processor.DataSafetyProcessor;
import dev.datasafety.processor.ProcessorTestSupport;
import dev.datasafety.processor.host.WrappedEnvironments.FilerLog;
import dev.datasafety.processor.host.WrappedEnvironments.WrappingProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor inside a wrapped processing environment, as Gradle (and IDEs) run it: positions
 * that need javac's tree API, the inventory written through the wrapper's Filer, the report's
 * source locations, and the incremental type Gradle reads from {@code getSupportedOptions()}.
 */
class WrappedEnvironmentTest extends ProcessorTestSupport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FilerLog UNUSED_LOG = new FilerLog();

  @TempDir Path dir;

  static Stream<Arguments> wrappers() {
    return Stream.of(
        Arguments.of("Gradle's decorator", (UnaryOperator<ProcessingEnvironment>) env -> WrappedEnvironments.gradleLike(env, UNUSED_LOG)),
        Arguments.of("an IDE's proxy", (UnaryOperator<ProcessingEnvironment>) WrappedEnvironments::proxy),
        Arguments.of("a proxy around Gradle's decorator",
            (UnaryOperator<ProcessingEnvironment>) env -> WrappedEnvironments.proxy(WrappedEnvironments.gradleLike(env, UNUSED_LOG))));
  }

  private static final JavaFileObject CATALOG_WITH_A_BAD_SECOND_PURPOSE = source("test.Catalog",
      "package test;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\")",
      "@Purpose(id = \"Not An Id\", description = \"Something.\", userBenefit = \"Something else.\")",
      "final class Catalog {}");

  private static final JavaFileObject ACCOUNT_WITH_A_MISSPELLED_SECOND_ENTRY = source("test.Account",
      "package test;",
      "import dev.datasafety.*;",
      "class Account {",
      "  @UserData(description = \"Your email.\", kind = DataKind.IDENTIFIER, retention = \"P1Y\", reviews = \"DSR-1\",",
      "      purposes = {",
      "          \"account\",",
      "          \"acount\"})",
      "  String email;",
      "}");

  private static Compilation compile(UnaryOperator<ProcessingEnvironment> wrap, List<String> options, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new WrappingProcessor(new DataSafetyProcessor(), wrap))
        .withOptions(options)
        .compile(sources);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrappers")
  void errorsLandOnTheRepeatedAnnotationAndOnTheArrayEntry(String host, UnaryOperator<ProcessingEnvironment> wrap) {
    Compilation c = compile(wrap, List.of(), CATALOG_WITH_A_BAD_SECOND_PURPOSE, ACCOUNT_WITH_A_MISSPELLED_SECOND_ENTRY);
    // The second @Purpose sits in a container javac made: only the tree API finds where it was written.
    assertThat(c).hadErrorContaining("[datasafety:invalid-purpose]")
        .inFile(CATALOG_WITH_A_BAD_SECOND_PURPOSE).onLineContaining("\"Not An Id\"");
    assertThat(c).hadErrorContaining("[datasafety:undeclared-purpose] Purpose 'acount'")
        .inFile(ACCOUNT_WITH_A_MISSPELLED_SECOND_ENTRY).onLineContaining("\"acount\"");
    assertThat(errorKeys(c)).containsExactly("invalid-purpose", "undeclared-purpose");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrappers")
  void theReportLocatesEveryFinding(String host, UnaryOperator<ProcessingEnvironment> wrap) throws Exception {
    Path report = dir.resolve("datasafety.sarif");
    Compilation c = compile(wrap, List.of("-Adatasafety.report=" + report), CATALOG, source("test.Customer",
        "package test;",
        "class Customer {",
        "  String name;",
        "  String email;",
        "}"));
    assertThat(c).succeeded();
    List<String> places = new ArrayList<>();
    JSON.readTree(Files.readString(report)).path("runs").get(0).path("results").forEach(r -> {
      JsonNode region = r.path("locations").get(0).path("physicalLocation").path("region");
      places.add(r.path("properties").path("member").asText() + " " + region.path("startLine").asInt() + ":"
          + region.path("startColumn").asInt());
    });
    // javac's own position of a field: its name.
    assertThat(places).containsExactly("test.Customer#name 3:10", "test.Customer#email 4:10");
  }

  @Test
  void theInventoryIsWrittenThroughTheWrappersFiler() {
    FilerLog log = new FilerLog();
    Compilation c = compile(env -> WrappedEnvironments.gradleLike(env, log), List.of("-Adatasafety.application=Notes"),
        CATALOG, source("test.Account",
            "package test;",
            "import dev.datasafety.*;",
            "class Account {",
            "  @UserData(description = \"Your email.\", kind = DataKind.IDENTIFIER, retention = \"P1Y\",",
            "      reviews = \"DSR-1\", purposes = \"account\")",
            "  String email;",
            "}"));
    assertThat(c).succeededWithoutWarnings();
    JsonNode inventory = inventoryTree(c);
    assertThat(inventory.path("application").asText()).isEqualTo("Notes");
    assertThat(inventory.path("data").get(0).path("id").asText()).isEqualTo("test.Account#email");
    assertThat(log.created).contains("resource CLASS_OUTPUT META-INF/datasafety/inventory.json");
    // Everything the compilation generated went through the wrapper, as Gradle needs to track it.
    assertThat(log.created.stream().filter(f -> f.startsWith("source ")).count())
        .isEqualTo(c.generatedSourceFiles().size());
  }

  @Test
  void aggregatingForGradleUnlessAnOptionNamesAFileOutsideTheFiler() {
    WrappingProcessor plain = new WrappingProcessor(new DataSafetyProcessor(), UnaryOperator.identity());
    Compiler.javac().withProcessors(plain).withOptions("-Adatasafety.application=Notes").compile(CATALOG);
    assertThat(plain.optionsAfterInit).contains("org.gradle.annotation.processing.aggregating");
    assertThat(plain.optionsAfterInit).contains("datasafety.report");

    for (String fileOption : List.of("datasafety.report", "datasafety.output", "datasafety.baseline")) {
      WrappingProcessor withFile = new WrappingProcessor(new DataSafetyProcessor(), UnaryOperator.identity());
      Compiler.javac().withProcessors(withFile)
          .withOptions("-A" + fileOption + "=" + dir.resolve("file.json")).compile(CATALOG);
      assertThat(withFile.optionsAfterInit).doesNotContain("org.gradle.annotation.processing.aggregating");
      assertThat(withFile.optionsAfterInit).contains(fileOption);
    }
  }
}
