package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.datasafety.DataController;
import dev.datasafety.NotUserData;
import dev.datasafety.Purpose;
import dev.datasafety.Purposes;
import dev.datasafety.Recipient;
import dev.datasafety.Recipients;
import dev.datasafety.UserData;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How javac, Gradle and users find the processor and the annotations (SPEC §2, §3). */
class RegistrationTest {

  private static String resource(String path) throws IOException {
    try (InputStream in = DataSafetyProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void registeredAsAServiceThroughAutoService() throws IOException {
    assertThat(resource("META-INF/services/" + Processor.class.getName()).lines().toList())
        .contains(DataSafetyProcessor.class.getName());
  }

  /**
   * Dynamic: aggregating as getSupportedOptions() says after init, or not incremental when an
   * option names a file outside the Filer (host/WrappedEnvironmentTest checks both).
   */
  @Test
  void declaredDynamicForGradleIncrementalProcessing() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").strip())
        .isEqualTo(DataSafetyProcessor.class.getName() + ",dynamic");
  }

  @Test
  void supportsItsAnnotationsExplicitlyAndTheLatestSourceVersion() {
    DataSafetyProcessor processor = new DataSafetyProcessor();
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly(
        "dev.datasafety.UserData", "dev.datasafety.NotUserData", "dev.datasafety.Purpose", "dev.datasafety.Purposes",
        "dev.datasafety.Recipient", "dev.datasafety.Recipients", "dev.datasafety.DataController");
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
  }

  @Test
  void annotationsAreDocumentedClassRetentionWithTheSpecifiedTargets() {
    for (Class<?> annotation : List.of(UserData.class, Purpose.class, Purposes.class, NotUserData.class,
        Recipient.class, Recipients.class, DataController.class)) {
      assertThat(annotation.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.CLASS);
      assertThat(annotation.isAnnotationPresent(Documented.class)).isTrue();
    }
    assertThat(UserData.class.getAnnotation(Target.class).value()).asList()
        .containsExactly(ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT);
    assertThat(NotUserData.class.getAnnotation(Target.class).value()).asList()
        .containsExactly(ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT);
    assertThat(Purpose.class.getAnnotation(Target.class).value()).asList()
        .containsExactly(ElementType.TYPE, ElementType.PACKAGE);
    assertThat(Purpose.class.getAnnotation(Repeatable.class).value()).isEqualTo(Purposes.class);
    for (Class<?> catalog : List.of(Recipient.class, Recipients.class, DataController.class)) {
      assertThat(catalog.getAnnotation(Target.class).value()).asList()
          .containsExactly(ElementType.TYPE, ElementType.PACKAGE);
    }
    assertThat(Recipient.class.getAnnotation(Repeatable.class).value()).isEqualTo(Recipients.class);
  }

  @Test
  void schemaShipsInTheProcessor() throws IOException {
    assertThat(resource("META-INF/datasafety/inventory.schema.json")).contains("\"datasafety-inventory/2\"");
  }

  @Test
  void versionIsFilteredFromTheBuild() {
    assertThat(DataSafetyProcessor.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
