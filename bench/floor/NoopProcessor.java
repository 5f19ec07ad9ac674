package bench.floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of the overhead benchmarks: a processor that claims datasafety's annotation types and
 * does nothing. What javac costs with it, against -proc:none, is what any annotation processor
 * for these annotations costs before doing any work (javac keeps comments and end positions,
 * discovers annotations, and re-enters every compilation unit for each processing round).
 *
 * With -Anoop.generateSource=true it also generates one empty class in its first round: the cost
 * of one more round, which any processor that generates code pays.
 */
public final class NoopProcessor extends AbstractProcessor {
  private boolean generated;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // As datasafety with its detector on (SPEC §2): every compilation, annotated or not.
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("noop.generateSource");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!generated && !round.processingOver()
        && Boolean.parseBoolean(processingEnv.getOptions().get("noop.generateSource"))) {
      generated = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("bench.floor.generated.Empty").openWriter()) {
        out.write("package bench.floor.generated;\n\npublic final class Empty {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
