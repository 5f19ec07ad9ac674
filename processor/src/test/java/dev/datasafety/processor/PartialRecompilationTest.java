package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A later compilation of only some of a module's sources, into the output of its earlier build
 * (Maven with {@code useIncrementalCompilation=false} recompiles only the changed files): the
 * inventory still holds the whole module, read from the class files of the sources not recompiled.
 */
class PartialRecompilationTest extends ProcessorTestSupport {
  @TempDir Path dir;
  private Path output;

  private static final String PRIVACY = String.join("\n",
      "package app;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes on every device.\")",
      "@Purpose(id = \"sync\", description = \"Sync your notes.\", userBenefit = \"Notes everywhere.\", choice = Choice.OPT_OUT)",
      "final class Privacy {}");
  private static final String ACCOUNT = String.join("\n",
      "package app;",
      "import dev.datasafety.*;",
      "@UserData(purposes = \"account\", retention = \"until-account-deletion\", reviews = \"DSR-1\")",
      "public class Account {",
      "  @UserData(description = \"The email address you sign in with.\", kind = DataKind.IDENTIFIER) String email;",
      "}");
  private static final String NOTE = String.join("\n",
      "package app;",
      "import dev.datasafety.*;",
      "@UserData(purposes = \"sync\", retention = \"P1Y\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
      "public class Note {",
      "  @UserData(description = \"What you wrote.\") String text;",
      "}");

  @BeforeEach
  void buildTheWholeModuleOnce() throws IOException {
    output = Files.createDirectories(dir.resolve("classes"));
    Path all = Files.createDirectories(dir.resolve("all/app"));
    Files.writeString(all.resolve("Privacy.java"), PRIVACY);
    Files.writeString(all.resolve("Account.java"), ACCOUNT);
    Files.writeString(all.resolve("Note.java"), NOTE);
    Compilations.Result full = Compilations.compileWithOutputOnClassPath(output, dir.resolve("all"));
    assertWithMessage(full.messages()).that(full.success()).isTrue();
  }

  private String inventory() throws IOException {
    return Files.readString(output.resolve("META-INF/datasafety/inventory.json"));
  }

  private Compilations.Result recompileOnly(String fileName, String content) throws IOException {
    Path changed = Files.createDirectories(dir.resolve("changed/app"));
    Files.writeString(changed.resolve(fileName), content);
    return Compilations.compileWithOutputOnClassPath(output, dir.resolve("changed"));
  }

  @Test
  void recompilingOneUnchangedSourceGivesTheSameInventory() throws IOException {
    String full = inventory();
    Compilations.Result partial = recompileOnly("Note.java", NOTE);
    assertWithMessage(partial.messages()).that(partial.success()).isTrue();
    assertThat(partial.diagnostics()).isEmpty();
    assertThat(inventory()).isEqualTo(full);
  }

  @Test
  void theRecompiledSourceCountsAsItIsNow() throws IOException {
    Compilations.Result partial = recompileOnly("Account.java", String.join("\n",
        "package app;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"until-account-deletion\", reviews = \"DSR-1\")",
        "public class Account {",
        "  @UserData(description = \"The name we greet you with.\", kind = DataKind.ATTRIBUTE) String displayName;",
        "}"));
    assertWithMessage(partial.messages()).that(partial.success()).isTrue();
    String inventory = inventory();
    assertThat(inventory).contains("\"id\": \"app.Account#displayName\"");
    assertThat(inventory).doesNotContain("app.Account#email");
    assertThat(inventory).contains("\"id\": \"app.Note#text\"");
    assertThat(inventory).contains("\"id\": \"sync\"");
  }

  @Test
  void purposesOfSourcesNotRecompiledStayVisible() throws IOException {
    Compilations.Result partial = recompileOnly("Note.java", NOTE.replace("What you wrote.", "The text of your note."));
    assertWithMessage(partial.messages()).that(partial.success()).isTrue();
    assertThat(inventory()).contains("The text of your note.");
    assertThat(inventory()).contains("\"id\": \"app.Account#email\"");
  }
}
