package dev.datasafety.processor.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another annotation processor, as real builds have: it writes one source file in its first
 * round, so tests can see how datasafety handles what other processors generate.
 */
@SupportedAnnotationTypes("*")
final class FirstRoundSourceGenerator extends AbstractProcessor {
  private final String typeName;
  private final String source;
  private boolean done;

  FirstRoundSourceGenerator(String typeName, String source) {
    this.typeName = typeName;
    this.source = source;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!done) {
      done = true;
      try (Writer w = processingEnv.getFiler().createSourceFile(typeName).openWriter()) {
        w.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
