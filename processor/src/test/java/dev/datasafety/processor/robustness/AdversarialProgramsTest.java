package dev.datasafety.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.datasafety.UserData;
import dev.datasafety.processor.DataSafetyProcessor;
import dev.datasafety.processor.diag.InternalErrors;
import dev.datasafety.processor.robustness.AdversarialPrograms.Program;
import dev.datasafety.processor.robustness.AdversarialPrograms.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;

/**
 * Compiles thousands of generated malformed, adversarial and valid programs with the processor
 * (SPEC §8, robustness), in full: generated sources are compiled and class files written (in
 * memory). For every program: the compilation does not throw, no {@code internal-error} is
 * reported and the processor swallowed no exception, no javac error is about a generated file,
 * every datasafety error except {@code invalid-option} points into the source, and an inventory,
 * when written, comes with no datasafety error and validates against the shipped JSON Schema.
 *
 * <p>Every valid program ({@link ValidPrograms}) compiles without an error and then runs: its
 * {@code DataSafetyInventory.inventory()} holds exactly the purposes and data of its
 * {@code inventory.json}, and those are exactly what the program declares, texts byte for byte;
 * {@code export} of an object of each of its classes gives exactly every declared member with the
 * value the program put there, nested objects, collections, maps, optionals and cycles included. A
 * share of them is compiled with {@code datasafety.metamodel=true}, and its {@code FooUserData}
 * classes must list the same data and export the same.
 *
 * <p>Seeded: the same seed gives the same programs. {@value #DEFAULT_TRIES} tries by default;
 * {@code -Ddatasafety.adversarial.tries=N} runs another number (see {@link TriesFromSystemProperty}).
 * To explore other programs, change the seed; a failure prints the (shrunk) program and the seed
 * that reproduces it.
 */
@AddLifecycleHook(TriesFromSystemProperty.class)
class AdversarialProgramsTest {
  static final int DEFAULT_TRIES = 1000;
  private static final String INVENTORY = "META-INF/datasafety/inventory.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = loadSchema();
  private static final InProcessJavac JAVAC = InProcessJavac.withClassPathOf(UserData.class);

  @BeforeTry
  void clearSwallowedExceptions() {
    InternalErrors.clear();
  }

  @Provide
  Arbitrary<Program> programs() {
    return AdversarialPrograms.programs();
  }

  // Edge cases off: the weights below are the intended mix; jqwik's edge cases would pick every
  // rare alternative (the javac errors) far more often than their weight.
  @Property(tries = DEFAULT_TRIES, seed = "20260101", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
  void processorNeverBreaksAndAlwaysPointsAtTheSource(@ForAll("programs") Program program) throws Exception {
    InProcessJavac.Result compilation = compile(program);

    assertEquals(List.of(), InternalErrors.caught(), "the processor swallowed exceptions");
    List<String> unpositioned = new ArrayList<>();
    List<String> inGeneratedCode = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    boolean datasafetyError = false;
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("[datasafety:internal-error]")) {
        fail("internal error:\n" + message);
      }
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.toString());
        if (InProcessJavac.Result.aboutGeneratedFile(d)) {
          inGeneratedCode.add(d.toString());
        }
      }
      if (d.getKind() == Diagnostic.Kind.ERROR && message.startsWith("[datasafety:")) {
        datasafetyError = true;
        boolean positioned = d.getSource() != null && d.getLineNumber() > 0;
        if (!positioned && !message.startsWith("[datasafety:invalid-option]")) {
          unpositioned.add(message);
        }
      }
    }
    assertEquals(List.of(), inGeneratedCode, "javac errors in generated code");
    assertEquals(List.of(), unpositioned, "datasafety errors without a source position");

    Optional<String> inventory = compilation.classOutput(INVENTORY);
    recordOutcome(program, compilation, inventory, datasafetyError);
    if (program.valid().isPresent()) {
      assertEquals(List.of(), errors, "a valid program did not compile");
      assertTrue(inventory.isPresent(), "a valid program wrote no inventory");
    }
    if (inventory.isPresent()) {
      assertTrue(!datasafetyError, "an inventory was written although datasafety reported an error");
      String text = inventory.get();
      JsonNode document = JSON.readTree(text);
      Set<ValidationMessage> violations = SCHEMA.validate(document);
      assertEquals(Set.of(), violations, "the inventory does not validate against the schema:\n"
          + AdversarialPrograms.abbreviate(text));
      if (compilation.success()) {
        ProgramRun.check(compilation, text, program.valid());
      }
    }
  }

  /**
   * Shows how the programs ended and fails when the generator stops reaching both the writer and
   * the checks: a generator that only produced javac errors would prove nothing.
   */
  private static void recordOutcome(Program program, InProcessJavac.Result compilation, Optional<String> inventory,
      boolean datasafetyError) {
    String outcome = program.valid().isPresent() ? "valid, run"
        : inventory.isPresent() ? "inventory written"
        : datasafetyError ? "datasafety errors"
        : compilation.success() ? "compiled, no inventory" : "javac errors only";
    Statistics.label("outcome").collect(outcome);
    Statistics.label("first javac error").collect(compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && !d.getMessage(Locale.ROOT).startsWith("[datasafety:"))
        .map(Diagnostic::getCode).findFirst().orElse("none"));
    Statistics.label("metamodel").collect(program.valid().map(m -> m.metamodel() ? "valid, metamodel" : "valid")
        .orElse("adversarial"));
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("valid, run").percentage(p -> p >= 20.0);
      coverage.check("datasafety errors").percentage(p -> p >= 20.0);
    });
    Statistics.label("metamodel").coverage(coverage -> coverage.check("valid, metamodel").percentage(p -> p >= 5.0));
  }

  /** javac in process, in full: every round, the generated sources compiled, class files in memory. */
  static InProcessJavac.Result compile(Program program) {
    List<JavaFileObject> files = new ArrayList<>();
    for (SourceFile source : program.sources()) {
      files.add(InProcessJavac.source(source.path(), source.code()));
    }
    List<String> options = new ArrayList<>(List.of("-Xlint:none", "-nowarn"));
    program.options().forEach(o -> options.add("-A" + o));
    return JAVAC.compile(files, options, new DataSafetyProcessor());
  }
  private static JsonSchema loadSchema() {
    try (InputStream in = DataSafetyProcessor.class.getClassLoader()
        .getResourceAsStream("META-INF/datasafety/inventory.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the processor ships no META-INF/datasafety/inventory.schema.json");
      }
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
