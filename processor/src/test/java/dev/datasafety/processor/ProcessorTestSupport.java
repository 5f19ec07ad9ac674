package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.datasafety.processor.diag.InternalErrors;
import dev.datasafety.processor.inventory.InventoryWriter;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared fixture for processor tests: compiles sources with the processor, reads the inventory,
 * validates it against the shipped schema, and fails any test in which the processor swallowed
 * an exception.
 */
public abstract class ProcessorTestSupport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = loadSchema();
  /** Under the module's build folder (surefire runs in the module's folder). */
  private static final Path ECJ_FILES = Path.of("target", "ecj-files").toAbsolutePath();

  /** A catalog most tests share: one required, one opt-in and one experimental purpose. */
  protected static final JavaFileObject CATALOG = source("test.Catalog",
      "package test;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\")",
      "@Purpose(id = \"sync\", description = \"Sync your notes.\", userBenefit = \"Notes on all devices.\",",
      "    choice = Choice.OPT_OUT)",
      "@Purpose(id = \"ads.measurement\", description = \"Measure ads.\", userBenefit = \"A free app.\",",
      "    choice = Choice.OPT_IN)",
      "@Purpose(id = \"experiment.layout\", description = \"Try a new layout.\", userBenefit = \"A better app.\",",
      "    choice = Choice.OPT_IN, experimental = true, expires = \"2099-12-31\")",
      "final class Catalog {}");

  @BeforeEach
  void clearInternalErrors() {
    InternalErrors.clear();
  }

  @AfterEach
  void processorSwallowedNothing() {
    assertWithMessage("exceptions the processor caught").that(InternalErrors.caught()).isEmpty();
  }

  /**
   * A source file. On ECJ it is written to disk: ECJ compiles only sources whose name is a file
   * (it reads their content through the file object, so diagnostics still name this object).
   */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return onEcj() ? sourceOnDisk(qualifiedName, lines) : JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A source file written under {@code target/}, as ECJ needs them. */
  protected static JavaFileObject sourceOnDisk(String qualifiedName, String... lines) {
    try {
      Path file = Files.createTempDirectory(Files.createDirectories(ECJ_FILES), "src")
          .resolve(qualifiedName.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  protected static Compilation compile(List<String> options, JavaFileObject... sources) {
    return compile(options, List.of(), sources);
  }

  protected static Compilation compile(List<String> options, List<File> classPath, JavaFileObject... sources) {
    Compiler compiler = compiler().withProcessors(new DataSafetyProcessor()).withOptions(withHostOptions(options));
    if (!classPath.isEmpty()) {
      List<File> full = new ArrayList<>(classPath);
      full.addAll(testClassPath());
      compiler = compiler.withClasspath(full);
    }
    return compiler.compile(sources);
  }

  /**
   * The compiler the tests run on: javac, or with {@code -Ddatasafety.test.compiler=ecj} the
   * Eclipse compiler (the surefire execution {@code ecj} runs the check tests so).
   */
  public static Compiler compiler() {
    return onEcj() ? eclipseCompiler() : Compiler.javac();
  }

  protected static Compiler eclipseCompiler() {
    return Compiler.compiler(new EclipseCompilerHost(ECJ_FILES));
  }

  /**
   * {@code options}, and on ECJ the setting docs/build-tools.md gives users: ECJ warns about every
   * {@code @SuppressWarnings} token it does not know itself ({@code "datasafety:..."}) unless told not to.
   */
  public static List<String> withHostOptions(List<String> options) {
    if (!onEcj()) {
      return options;
    }
    List<String> all = new ArrayList<>(options);
    all.add(EclipseCompilerHost.IGNORE_FOREIGN_SUPPRESSION_TOKENS);
    return all;
  }

  /**
   * The line a message about an array entry lands on: the entry's own on javac, the element's
   * ({@code purposes = {...}}) on ECJ, whose Messager positions only whole element values.
   */
  public static String entryLine(String entry, String elementOnEcj) {
    return onEcj() ? elementOnEcj : entry;
  }

  public static boolean onEcj() {
    return "ecj".equals(System.getProperty("datasafety.test.compiler"));
  }

  private static List<File> testClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(File::new).toList();
  }

  /** The {@code id} of each object of a JSON array of an inventory, in order. */
  protected static List<String> idsOf(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }

  /** The inventory the compilation wrote, validated against the schema. */
  protected static String inventory(Compilation compilation) {
    String json = generatedResource(compilation, InventoryWriter.INVENTORY_RESOURCE)
        .orElseThrow(() -> new AssertionError("no inventory written; diagnostics: " + compilation.diagnostics()));
    assertValid(json);
    return json;
  }

  protected static JsonNode inventoryTree(Compilation compilation) {
    try {
      return JSON.readTree(inventory(compilation));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static Optional<String> generatedResource(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(ProcessorTestSupport::read);
  }

  protected static String read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file the compilation generated, failed or not (compile-testing only hands out the files of
   * successful compilations), by the end of its URI ({@code /SOURCE_OUTPUT/x/y.json}).
   */
  @SuppressWarnings("unchecked")
  protected static Optional<String> anyGeneratedFile(Compilation compilation, String uriSuffix) {
    try {
      java.lang.reflect.Field files = Compilation.class.getDeclaredField("generatedFiles");
      files.setAccessible(true);
      return ((List<JavaFileObject>) files.get(compilation)).stream()
          .filter(f -> f.toUri().toString().endsWith(uriSuffix))
          .findFirst()
          .map(ProcessorTestSupport::read);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("compile-testing changed; adapt anyGeneratedFile", e);
    }
  }

  /** Writes every class and resource the compilation generated under {@code dir}, as a class path entry. */
  protected static File writeClassOutput(Compilation compilation, Path dir) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf("/CLASS_OUTPUT/");
      if (at < 0) {
        continue;
      }
      Path target = dir.resolve(uri.substring(at + "/CLASS_OUTPUT/".length()));
      byte[] content;
      try (InputStream in = file.openInputStream()) {
        content = in.readAllBytes();
      } catch (FileNotFoundException onlyLookedUp) {
        continue; // compile-testing lists class output files the processor only tried to read
      }
      Files.createDirectories(target.getParent());
      Files.write(target, content);
    }
    return dir.toFile();
  }

  protected static void assertValid(String json) {
    try {
      Set<ValidationMessage> problems = SCHEMA.validate(JSON.readTree(json));
      assertWithMessage("schema violations in\n" + json).that(problems).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The datasafety keys of the errors, in the order reported. */
  protected static List<String> errorKeys(Compilation compilation) {
    return keys(compilation, Diagnostic.Kind.ERROR);
  }

  protected static List<String> keys(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[datasafety:"))
        .map(m -> m.substring("[datasafety:".length(), m.indexOf(']')))
        .collect(Collectors.toList());
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = DataSafetyProcessor.class.getResourceAsStream("/META-INF/datasafety/inventory.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("inventory.schema.json is missing from the processor resources");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
