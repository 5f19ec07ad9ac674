package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.options.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options (SPEC §4): validated at start, every bad value named with the allowed ones. */
class OptionsTest extends ProcessorTestSupport {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "datasafety.undeclaredPersonalData=loud | expected error, warning or off",
      "datasafety.requireReview=yes | expected true or false",
      "datasafety.stats=1 | expected true or false",
      "datasafety.metamodel=maybe | expected true or false",
      "datasafety.package=1acme | it is not a Java package name",
      "datasafety.maxRetention=forever | expected an ISO-8601 duration such as P1Y",
      "datasafety.maxRetention=session | expected an ISO-8601 duration such as P1Y",
      "datasafety.experimentMaxRetention=P0D | it is zero",
      "datasafety.today=tomorrow | it is not a date; expected an ISO-8601 date such as 2027-03-31",
      "datasafety.today=2027-02-30 | it is not a date",
      "datasafety.exports=PDF | 'pdf' is not an export; expected a comma-separated list of play, apple, fides,"
          + " ropa, dpv or review",
      "datasafety.exports=, | it names an empty export",
  })
  void badValuesAreInvalidOptions(String option, String reason) {
    Compilation c = compile(List.of("-A" + option), CATALOG);
    assertThat(c).hadErrorContaining("[datasafety:invalid-option] Option -A" + option + " is invalid");
    assertThat(c).hadErrorContaining(reason);
    assertThat(errorKeys(c)).containsExactly("invalid-option");
  }

  @Test
  void unreadableBaselineIsAnInvalidOption(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    Compilation c = compile(List.of("-Adatasafety.baseline=" + missing), CATALOG);
    assertThat(c).hadErrorContaining("Option -Adatasafety.baseline=" + missing + " is invalid: the file cannot be read");
  }

  @Test
  void malformedBaselineIsAnInvalidOptionNamingWhere(@TempDir Path dir) throws Exception {
    Path notJson = Files.writeString(dir.resolve("a.json"), "{ not json");
    assertThat(compile(List.of("-Adatasafety.baseline=" + notJson), CATALOG))
        .hadErrorContaining("is not a datasafety inventory: it is not valid JSON");
    Path wrongShape = Files.writeString(dir.resolve("b.json"),
        "{\"format\": \"datasafety-inventory/1\", \"purposes\": [], \"data\": [{\"id\": 3}]}");
    assertThat(compile(List.of("-Adatasafety.baseline=" + wrongShape), CATALOG))
        .hadErrorContaining("is not a datasafety inventory: $.data[0].retention must be an object");
    Path wrongFormat = Files.writeString(dir.resolve("c.json"), "{\"format\": \"other/2\"}");
    assertThat(compile(List.of("-Adatasafety.baseline=" + wrongFormat), CATALOG))
        .hadErrorContaining("$.format is \"other/2\", expected \"datasafety-inventory/2\" or \"datasafety-inventory/1\"");
  }

  @Test
  void everyOptionIsSupportedAndUnknownOnesAreLeftToJavac() {
    assertThat(new DataSafetyProcessor().getSupportedOptions())
        .containsExactly("datasafety.application", "datasafety.undeclaredPersonalData", "datasafety.requireReview",
            "datasafety.maxRetention", "datasafety.experimentMaxRetention", "datasafety.baseline",
            "datasafety.output", "datasafety.report", "datasafety.stats", "datasafety.metamodel",
            "datasafety.package", "datasafety.findingsBaseline", "datasafety.today", "datasafety.exports",
            "datasafety.changes", "datasafety.dependencyModules");
    assertThat(Option.values()).hasLength(16);
  }

  @Test
  void statsPrintsANoteWithRoundsElementsDataAndTime() {
    Compilation c = compile(List.of("-Adatasafety.stats=true"), CATALOG);
    assertThat(c).succeeded();
    assertThat(c.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[datasafety:stats] rounds=") && m.contains(" elements=") && m.contains(" data=0 ")
            && m.contains(" ms="))
        .count()).isEqualTo(1);
  }

  @Test
  void applicationNameAndOutputCopyAreWritten(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("nested/inventory.json");
    Compilation c = compile(List.of("-Adatasafety.application=Acme Notes", "-Adatasafety.output=" + copy), CATALOG);
    String inventory = inventory(c);
    assertThat(inventory).contains("\"application\": \"Acme Notes\"");
    assertThat(Files.readString(copy)).isEqualTo(inventory);
  }
}
