package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated sources, compared with golden files. */
class GeneratedCodeTest extends GeneratedCodeSupport {
  private static final List<String> METAMODEL = List.of("-Adatasafety.metamodel=true");

  @Test
  void byDefaultOnlyTheModuleInventoryClassIsGenerated() throws Exception {
    Compilation c = compile(NotesFixture.all());
    assertThat(c).succeededWithoutWarnings();
    assertThat(generatedSourceNames(c)).containsExactly("test.notes.DataSafetyInventory");
    assertGolden(c, "notes", "test.notes.DataSafetyInventory");
  }

  @Test
  void theMetamodelAddsOneClassPerDataType() throws Exception {
    Compilation c = compile(METAMODEL, NotesFixture.all());
    assertThat(c).succeededWithoutWarnings();
    assertThat(generatedSourceNames(c)).containsExactly("test.notes.AccountUserData", "test.notes.DataSafetyInventory",
        "test.notes.NoteUserData", "test.notes.SettingsUserData", "test.notes.Settings_DeviceUserData");
    assertGolden(c, "notes", "test.notes.AccountUserData");
    assertGolden(c, "notes", "test.notes.NoteUserData");
    assertGolden(c, "notes", "test.notes.Settings_DeviceUserData");
  }

  @Test
  void thePackageOptionNamesWhereTheInventoryClassGoes() {
    Compilation c = compile(List.of("-Adatasafety.package=com.acme.privacy"), NotesFixture.all());
    assertThat(c).succeededWithoutWarnings();
    assertThat(generatedSourceNames(c)).containsExactly("com.acme.privacy.DataSafetyInventory");
    assertThat(generatedResource(c, "com/acme/privacy/DataSafetyInventory.data")).isPresent();
  }

  @Test
  void anInvalidPackageOptionIsAnOptionError() {
    Compilation c = compile(List.of("-Adatasafety.package=com.acme.class"), NotesFixture.all());
    assertThat(c).hadErrorContaining("[datasafety:invalid-option] Option -Adatasafety.package=com.acme.class is invalid:"
        + " it is not a Java package name");
  }

  @Test
  void generatedSourcesDoNotDependOnTheOrderOfTheSourceFiles() {
    Compilation forward = compile(METAMODEL, NotesFixture.all());
    Compilation reversed = compile(METAMODEL, NotesFixture.SAMPLES, NotesFixture.SETTINGS, NotesFixture.NOTE,
        NotesFixture.ACCOUNT, NotesFixture.CATALOG);
    for (String name : List.of("test.notes.AccountUserData", "test.notes.NoteUserData", "test.notes.DataSafetyInventory")) {
      assertThat(generatedSource(reversed, name)).isEqualTo(generatedSource(forward, name));
    }
    assertThat(generatedResource(reversed, "test/notes/DataSafetyInventory.data"))
        .isEqualTo(generatedResource(forward, "test/notes/DataSafetyInventory.data"));
  }
}
