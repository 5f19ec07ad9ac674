package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two named modules built with datasafety on the module path (SPEC §8): the application module
 * sees the library module's purposes and data at compile time, and both load into one layer at run
 * time, which a package held by both would stop ({@code LayerInstantiationException}).
 */
class ModulePathTest {
  @TempDir Path dir;

  /** A library module with a purpose, a recipient and a datum; NamedModuleOnClassPathTest uses it too. */
  static final String LIBRARY_MODULE =
      "module com.example.lib { requires transitive dev.datasafety; exports com.example.lib; }";
  static final String MEMBER = String.join("\n",
      "package com.example.lib;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"membership\", description = \"Keep your membership.\", userBenefit = \"You can book courts.\")",
      "@Recipient(id = \"mailer\", name = \"Our mail service\", role = RecipientRole.PROCESSOR)",
      "@UserData(name = \"Membership\", purposes = \"membership\", retention = \"until-account-deletion\", reviews = \"DSR-40\")",
      "public final class Member {",
      "  @UserData(kind = DataKind.IDENTIFIER, description = \"Your membership number.\")",
      "  private final String number;",
      "  public Member(String number) { this.number = number; }",
      "}");
  /** Exports its package only so that this test, outside the layer, can call the generated class. */
  private static final String APPLICATION_MODULE =
      "module com.example.app { requires com.example.lib; exports com.example.app; }";
  private static final String BOOKING = String.join("\n",
      "package com.example.app;",
      "import dev.datasafety.*;",
      "@UserData(name = \"Booking\", purposes = \"membership\", retention = \"P1Y\", reviews = \"DSR-41\")",
      "final class Booking {",
      "  @UserData(kind = DataKind.ATTRIBUTE, description = \"The court you booked.\") String court;",
      "}");

  @Test
  void anApplicationModuleSeesItsLibraryModuleAndBothRunInOneLayer() throws Exception {
    Path annotations = Compilations.annotationsModule();
    Path lib = compile("lib", List.of(annotations), Map.of("module-info.java", LIBRARY_MODULE,
        "com/example/lib/Member.java", MEMBER));
    Path app = compile("app", List.of(annotations, lib), Map.of("module-info.java", APPLICATION_MODULE,
        "com/example/app/Booking.java", BOOKING));

    // Each module's marker is in a package of its own; none is in the package a class path shares.
    assertThat(markers(lib)).containsExactly("dev/datasafety/modules/com/example/lib");
    assertThat(markers(app)).containsExactly("dev/datasafety/modules/com/example/app");
    String inventory = Files.readString(app.resolve("META-INF/datasafety/inventory.json"));
    assertThat(inventory).contains("\"id\": \"membership\"");
    assertThat(inventory).contains("\"id\": \"com.example.lib.Member#number\"");
    assertThat(inventory).contains("\"id\": \"com.example.app.Booking#court\"");

    ModuleFinder finder = ModuleFinder.of(app, lib, annotations);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("com.example.app"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("com.example.app");
    Class<?> inventoryClass = loader.loadClass("com.example.app.DataSafetyInventory");
    assertThat(inventoryClass.getModule().getName()).isEqualTo("com.example.app");
    Object member = loader.loadClass("com.example.lib.Member").getConstructor(String.class).newInstance("M-17");
    // The library's private field, read through the library module's own lookup, with no opens.
    assertThat(inventoryClass.getMethod("export", Object.class).invoke(null, member)).isEqualTo(Map.of("number", "M-17"));
    assertThat(inventoryClass.getMethod("json").invoke(null)).isEqualTo(inventory);
  }

  private Path compile(String name, List<Path> modulePath, Map<String, String> sources) throws IOException {
    Path sourceDir = dir.resolve(name + "-src");
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceDir.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
    Path output = dir.resolve(name);
    Compilations.Result result = Compilations.compileModule(output, sourceDir, modulePath);
    assertWithMessage(result.messages()).that(result.success()).isTrue();
    return output;
  }

  /** The folders holding a marker class in a class output. */
  private static List<String> markers(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(p -> p.getFileName().toString().matches("Inventory_[0-9a-f]{20}\\.class"))
          .map(p -> output.relativize(p.getParent()).toString().replace('\\', '/'))
          .toList();
    }
  }
}
