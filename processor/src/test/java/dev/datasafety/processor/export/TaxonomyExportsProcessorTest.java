package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.ProcessorTestSupport;
import dev.datasafety.processor.format.InventoryJson;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The fides and dpv exports as the build writes them: -Adatasafety.exports, files under META-INF, missing facts. */
class TaxonomyExportsProcessorTest extends ProcessorTestSupport {
  private static final List<String> OPTIONS = List.of("-Adatasafety.application=Acme Notes",
      "-Adatasafety.exports=fides,dpv");

  private static JavaFileObject privacy(String category) {
    return source("test.Privacy",
        "package test;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme Notes Ltd\", contact = \"privacy@acme.example\")",
        "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\",",
        "    category = PurposeCategory." + category + ", legalBasis = LegalBasis.CONTRACT)",
        "@Recipient(id = \"postmark\", name = \"Postmark\", role = RecipientRole.PROCESSOR, country = \"US\")",
        "final class Privacy {}");
  }

  private static JavaFileObject account(String categoryElement) {
    return source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(name = \"Your account\", purposes = \"account\", retention = \"until-account-deletion\",",
        "    reviews = \"DSR-12\")",
        "public class Account {",
        "  @UserData(description = \"The email address you sign in with.\", kind = DataKind.IDENTIFIER,",
        "      " + categoryElement + "recipients = \"postmark\")",
        "  String email;",
        "}");
  }

  @Test
  void bothExportsAreWrittenBesideTheInventoryAsTheExportersRenderIt() throws Exception {
    Compilation c = compile(OPTIONS, privacy("ACCOUNT_MANAGEMENT"), account("category = \"contact.email\", "));
    assertThat(c).succeededWithoutWarnings();
    var inventory = InventoryJson.read(inventory(c));
    String fides = generatedResource(c, "META-INF/datasafety/exports/fides.yml").orElseThrow();
    String dpv = generatedResource(c, "META-INF/datasafety/exports/dpv.jsonld").orElseThrow();
    // The command line renders the same inventory with the same exporter: the same bytes.
    assertThat(fides).isEqualTo(new FidesExport().render(inventory).get(0).content());
    assertThat(dpv).isEqualTo(new DpvExport().render(inventory).get(0).content());
    assertThat(fides).contains("data_categories:\n          - \"user.contact.email\"");
    assertThat(dpv).contains("\"@id\": \"pd:EmailAddress\"");
  }

  @Test
  void aDatumWithoutCategoryIsOneErrorNamingBothExports() {
    JavaFileObject account = account("");
    Compilation c = compile(OPTIONS, privacy("ACCOUNT_MANAGEMENT"), account);
    assertThat(c).failed();
    assertThat(errorKeys(c)).containsExactly("missing-export-data");
    assertThat(c).hadErrorContaining("the 'fides' and 'dpv' exports (-Adatasafety.exports)")
        .inFile(account).onLineContaining("The email address");
    assertThat(anyGeneratedFile(c, "/exports/fides.yml")).isEmpty();
    assertThat(anyGeneratedFile(c, "/exports/dpv.jsonld")).isEmpty();
  }

  @Test
  void aCategoryFideslangLacksFailsTheFidesExportOnlyOnTheDatum() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(name = \"Your union\", purposes = \"account\", retention = \"until-account-deletion\",",
        "    reviews = \"DSR-12\")",
        "public class Account {",
        "  @UserData(description = \"Whether you are in a trade union.\", category = \"special.trade-union\",",
        "      kind = DataKind.ATTRIBUTE, sensitive = true)",
        "  boolean unionMember;",
        "}");
    Compilation c = compile(OPTIONS, privacy("ACCOUNT_MANAGEMENT"), account);
    assertThat(errorKeys(c)).containsExactly("missing-export-data");
    assertThat(c).hadErrorContaining("the 'fides' export (-Adatasafety.exports)")
        .inFile(account).onLineContaining("trade union");
    // Only fides lacks it: DPV has a trade-union concept.
    assertThat(c).hadErrorContaining("the 'fides' export (").inFile(account).onLineContaining("trade union");
    assertThat(c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst().orElseThrow()
        .getMessage(null)).contains("special.trade-union");
  }

  @Test
  void otherAsPurposeCategoryFailsTheFidesExportOnThePurpose() {
    JavaFileObject privacy = privacy("OTHER");
    Compilation c = compile(OPTIONS, privacy, account("category = \"contact.email\", "));
    assertThat(errorKeys(c)).containsExactly("missing-export-data");
    assertThat(c).hadErrorContaining("a purpose category that fideslang has a data use for, which the 'fides' export")
        .inFile(privacy).onLineContaining("PurposeCategory.OTHER");
  }
}
