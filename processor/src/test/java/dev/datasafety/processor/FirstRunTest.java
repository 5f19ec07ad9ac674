package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.inventory.InventoryWriter;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Adopting datasafety is adding it to the processor path (SPEC v2 §2, §7): it then checks every
 * compilation, writes nothing until the module declares something, and says so once on a clean
 * first run.
 */
class FirstRunTest extends ProcessorTestSupport {
  private static final JavaFileObject PLAIN = source("com.acme.Order", "package com.acme;",
      "public class Order { private long id; private String sku; }");

  @Test
  void supportsEveryTypeWhileTheDetectorIsOnAndItsOwnAnnotationsWhenOff() {
    DataSafetyProcessor on = new DataSafetyProcessor();
    com.google.testing.compile.Compiler.javac().withProcessors(on).compile(PLAIN);
    assertThat(on.getSupportedAnnotationTypes()).containsExactly("*");
    DataSafetyProcessor off = new DataSafetyProcessor();
    com.google.testing.compile.Compiler.javac().withProcessors(off)
        .withOptions("-Adatasafety.undeclaredPersonalData=off").compile(PLAIN);
    assertThat(off.getSupportedAnnotationTypes()).containsExactly("dev.datasafety.UserData", "dev.datasafety.NotUserData",
        "dev.datasafety.Purpose", "dev.datasafety.Purposes", "dev.datasafety.Recipient", "dev.datasafety.Recipients",
        "dev.datasafety.DataController");
  }

  @Test
  void aCompilationThatDeclaresNothingWritesNoInventoryNoMarkerAndNoCodeAndSaysHowToStart() {
    Compilation compilation = compile(PLAIN);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(generatedResource(compilation, InventoryWriter.INVENTORY_RESOURCE)).isEmpty();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(compilation.generatedFiles().stream()
        .filter(f -> !f.toUri().toString().endsWith("/com/acme/Order.class"))
        .toList()).isEmpty();
    List<String> notes = compilation.notes().stream().map(d -> d.getMessage(null)).toList();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0)).startsWith("[datasafety:first-run] datasafety checked the 1 types of this compilation");
    assertThat(notes.get(0)).contains("@Purpose(");
  }

  @Test
  void noFirstRunNoteOnceSomethingIsDeclaredOrFound() {
    assertThat(keys(compile(CATALOG, PLAIN), Diagnostic.Kind.NOTE)).isEmpty();
    assertThat(generatedResource(compile(CATALOG, PLAIN), InventoryWriter.INVENTORY_RESOURCE)).isPresent();
    Compilation found = compile(source("com.acme.Customer", "package com.acme;", "class Customer { String email; }"));
    assertThat(keys(found, Diagnostic.Kind.NOTE)).isEmpty();
    assertThat(found.generatedFile(StandardLocation.CLASS_OUTPUT, InventoryWriter.INVENTORY_RESOURCE)).isEmpty();
  }

  @Test
  void aDependencyInventoryOnTheClassPathIsStillMergedWhenTheModuleDeclaresNothing() throws Exception {
    java.nio.file.Path lib = java.nio.file.Files.createTempDirectory("datasafety-lib");
    java.io.File classes = writeClassOutput(compile(CATALOG), lib);
    Compilation app = compile(List.of(), List.of(classes), PLAIN);
    assertThat(generatedResource(app, InventoryWriter.INVENTORY_RESOURCE)).isPresent();
    assertThat(keys(app, Diagnostic.Kind.NOTE)).isEmpty();
  }

}
