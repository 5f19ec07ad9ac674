package dev.datasafety.processor.collect;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The look-up finds what {@code Elements.getTypeElement(name)} finds, on a class path and in a named
 * module: the compilation's own types, nested ones, the platform's, and nothing for a name no
 * module has.
 */
class TypeLookupTest {
  private static final JavaFileObject ACCOUNT = JavaFileObjects.forSourceLines("app.Account",
      "package app;",
      "public class Account {",
      "  public static class Address {}",
      "}");
  private static final String[] NAMES = {"app.Account", "app.Account.Address", "java.util.List", "app.Missing"};

  /** Records, per name, whether the look-up and javac's unbound look-up gave the same element. */
  private static final class LookingUp extends AbstractProcessor {
    final Map<String, String> found = new HashMap<>();
    final Map<String, Boolean> same = new HashMap<>();
    /** The module the rounds saw compiled: empty for the unnamed one. */
    String module;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver()) {
        return false;
      }
      RoundCollector collected = new RoundCollector();
      collected.collect(round, processingEnv.getElementUtils());
      module = collected.namedModule().orElse("");
      TypeLookup lookup = TypeLookup.forRound(processingEnv.getElementUtils(), collected);
      for (String name : NAMES) {
        TypeElement type = lookup.find(name);
        found.put(name, type == null ? "none" : type.getQualifiedName().toString());
        same.put(name, type == processingEnv.getElementUtils().getTypeElement(name) && type == lookup.find(name));
      }
      return false;
    }
  }

  @Test
  void onTheClassPathItFindsWhatTheUnboundLookUpFinds() {
    assertFindsTheSameAsJavac(ACCOUNT);
  }

  /** A module-info among the sources on disk: javac compiles the named module {@code app}. */
  @Test
  void inANamedModuleItFindsWhatTheUnboundLookUpFinds(@TempDir Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/app"));
    Files.writeString(dir.resolve("src/module-info.java"), "module app {}\n");
    Files.writeString(sources.resolve("Account.java"), ACCOUNT.getCharContent(true).toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    LookingUp processor = new LookingUp();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      StringWriter messages = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(messages, files, null,
          List.of("-proc:only", "-d", Files.createDirectories(dir.resolve("out")).toString()), null,
          files.getJavaFileObjects(dir.resolve("src/module-info.java"), sources.resolve("Account.java")));
      task.setProcessors(List.of(processor));
      assertWithMessage(messages.toString()).that(task.call()).isTrue();
    }
    assertThat(processor.module).isEqualTo("app");
    assertFound(processor);
  }

  private static void assertFindsTheSameAsJavac(JavaFileObject... sources) {
    LookingUp processor = new LookingUp();
    Compilation c = Compiler.javac().withProcessors(processor).compile(sources);
    assertThat(c).succeeded();
    assertThat(processor.module).isEqualTo("");
    assertFound(processor);
  }

  private static void assertFound(LookingUp processor) {
    assertThat(processor.found).containsExactly(
        "app.Account", "app.Account",
        "app.Account.Address", "app.Account.Address",
        "java.util.List", "java.util.List",
        "app.Missing", "none");
    assertThat(processor.same).containsExactly(
        "app.Account", true, "app.Account.Address", true, "java.util.List", true, "app.Missing", true);
  }
}
