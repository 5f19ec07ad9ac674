package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: the unreadable-dependency warning told users to suppress it with
 * {@code @SuppressWarnings("datasafety:unreadable-dependency")}, but it is reported on no element
 * (it is about a jar, not about code), so no annotation could ever suppress it.
 */
class UnreadableDependencySuppressionTest extends ProcessorTestSupport {

  @Test
  void unreadableDependencyWarningOffersNoSuppressionThatCannotWork(@TempDir Path dir) throws Exception {
    // A dependency with a marker class but without the inventory resource of the same name.
    Path source = dir.resolve("src/dev/datasafety/modules/Inventory_0123456789abcdef0123.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package dev.datasafety.modules;\n"
        + "public final class Inventory_0123456789abcdef0123 {}\n");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-proc:none", "-d", classes.toString(),
        source.toString())).isEqualTo(0);

    Compilation c = compile(List.of(), List.of(classes.toFile()), CATALOG);

    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[datasafety:unreadable-dependency]");
    for (Diagnostic<?> warning : c.warnings()) {
      assertThat(warning.getMessage(null)).doesNotContain("@SuppressWarnings");
    }
  }
}
