package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated sources, compared with golden files. */
class GeneratedCodeTest extends GeneratedCodeSupport {

  @Test
  void generatesOneClassPerDataTypeAndTheInventoryClass() throws Exception {
    Compilation c = compile(NotesFixture.all());
    assertThat(c).succeededWithoutWarnings();
    assertGolden(c, "notes", "test.notes.AccountUserData");
    assertGolden(c, "notes", "test.notes.NoteUserData");
    assertGolden(c, "notes", "test.notes.SettingsUserData");
    assertGolden(c, "notes", "test.notes.Settings_DeviceUserData");
    assertGolden(c, "notes", "test.DataSafetyInventory");
  }

  @Test
  void generatedSourcesDoNotDependOnTheOrderOfTheSourceFiles() {
    Compilation forward = compile(NotesFixture.all());
    Compilation reversed = compile(NotesFixture.SAMPLES, NotesFixture.SETTINGS, NotesFixture.NOTE, NotesFixture.ACCOUNT,
        NotesFixture.CATALOG);
    for (String name : List.of("test.notes.AccountUserData", "test.notes.NoteUserData", "test.DataSafetyInventory")) {
      assertThat(generatedSource(reversed, name)).isEqualTo(generatedSource(forward, name));
    }
  }
}
