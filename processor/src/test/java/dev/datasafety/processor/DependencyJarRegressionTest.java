package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a purpose catalog packaged as a jar (what Maven puts on the class path of a module
 * depending on it) was invisible to the dependent module, because javac's
 * {@code Filer.getResource(CLASS_PATH, ...)} cannot read files under {@code META-INF/} inside a
 * jar (it only indexes folders whose names are Java identifiers). Found by the Maven integration
 * test of a catalog module and an app module.
 */
class DependencyJarRegressionTest extends ProcessorTestSupport {

  @TempDir Path temp;

  @Test
  void purposesAndDataOfACatalogJarAreVisibleToTheModuleDependingOnIt() throws Exception {
    Compilation catalog = compile(source("com.example.catalog.Catalog",
            "package com.example.catalog;",
            "import dev.datasafety.*;",
            "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your account.\")",
            "@UserData(name = \"Tickets\", kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P6M\",",
            "    serverVisible = false)",
            "public class Catalog {",
            "  @UserData(description = \"Your question.\") String question;",
            "}"));
    assertThat(catalog).succeededWithoutWarnings();
    Path jar = jarOf(catalog, temp.resolve("catalog.jar"));

    Compilation app = compile(List.of(), List.of(jar.toFile()), source("com.example.app.Account",
            "package com.example.app;",
            "import dev.datasafety.*;",
            "@UserData(name = \"Account\", kind = DataKind.IDENTIFIER, purposes = \"account\",",
            "    retention = \"P1Y\", serverVisible = false)",
            "public class Account {",
            "  @UserData(description = \"Your email.\") String email;",
            "}"));

    assertThat(app).succeededWithoutWarnings();
    String inventory = inventory(app);
    assertThat(inventory).contains("\"id\": \"account\"");
    assertThat(inventory).contains("\"id\": \"com.example.app.Account#email\"");
    assertThat(inventory).contains("\"id\": \"com.example.catalog.Catalog#question\"");
  }

  /** Packs the class output of a compilation into a jar, as Maven's jar plugin would. */
  private static Path jarOf(Compilation compilation, Path jar) throws IOException {
    String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (JavaFileObject generated : compilation.generatedFiles()) {
        String uri = generated.toUri().getPath();
        int at = uri.indexOf(marker);
        if (at < 0) {
          continue;
        }
        out.putNextEntry(new JarEntry(uri.substring(at + marker.length())));
        try (InputStream in = generated.openInputStream()) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }
}
