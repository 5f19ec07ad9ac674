package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.ProcessorTestSupport;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.Inventory;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The ropa and review exports as the build writes them: beside the inventory, or one positioned error. */
class RopaReviewProcessorTest extends ProcessorTestSupport {
  private static final List<String> BOTH = List.of("-Adatasafety.application=Acme Notes",
      "-Adatasafety.exports=ropa,review");

  private static JavaFileObject privacy(String legalBasis) {
    return source("test.Privacy",
        "package test;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme Notes Ltd\", contact = \"privacy@acme.example\",",
        "    privacyPolicyUrl = \"https://acme.example/privacy\")",
        "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\",",
        "    category = PurposeCategory.ACCOUNT_MANAGEMENT" + legalBasis + ")",
        "@Recipient(id = \"postmark\", name = \"Postmark\", role = RecipientRole.PROCESSOR, country = \"US\")",
        "final class Privacy {}");
  }

  private static JavaFileObject account(String emailCategory) {
    return source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(name = \"Your account\", kind = DataKind.IDENTIFIER, purposes = \"account\",",
        "    retention = \"until-account-deletion\", reviews = \"DSR-1\")",
        "public class Account {",
        "  @UserData(description = \"The email address you sign in with.\", recipients = \"postmark\""
            + emailCategory + ")",
        "  String email;",
        "}");
  }

  @Test
  void bothExportsAreWrittenUnderTheExportsFolderAsTheExportersRenderTheInventory() throws Exception {
    Compilation c = compile(BOTH, privacy(", legalBasis = LegalBasis.CONTRACT"),
        account(", category = \"contact.email\""));
    assertThat(c).succeededWithoutWarnings();
    Inventory inventory = InventoryJson.read(inventory(c));
    for (ExportFormat format : List.of(ExportFormat.ROPA, ExportFormat.REVIEW)) {
      for (ExportFile file : format.exporter().render(inventory)) {
        assertThat(generatedResource(c, "META-INF/datasafety/exports/" + file.name())).hasValue(file.content());
      }
    }
    assertThat(generatedResource(c, "META-INF/datasafety/exports/ropa.csv").orElseThrow())
        .contains("\naccount,Account,Sign you in.,Performance of a contract (Art. 6(1)(b)),Acme Notes Ltd,");
    assertThat(generatedResource(c, "META-INF/datasafety/exports/data-review.md").orElseThrow())
        .contains("| **Email** (test.Account\\#email): The email address you sign in with. | Category 4: Highly"
            + " sensitive data | DSR-1 | Account | Until you delete your account |");
    assertThat(generatedResource(c, "META-INF/datasafety/exports/play-data-safety.csv")).isEmpty();
  }

  @Test
  void aDatumWithoutCategoryIsOneErrorNamingBothExports() {
    JavaFileObject account = account("");
    Compilation c = compile(BOTH, privacy(", legalBasis = LegalBasis.CONTRACT"), account);
    assertThat(c).failed();
    assertThat(errorKeys(c)).containsExactly("missing-export-data");
    assertThat(c).hadErrorContaining("[datasafety:missing-export-data] Field 'email' of test.Account lacks a category")
        .inFile(account).onLineContaining("@UserData(description");
    assertThat(c).hadErrorContaining("lacks a category, which the 'ropa' and 'review' exports (-Adatasafety.exports)"
        + " cannot be written without.");
  }

  @Test
  void aPurposeWithoutLegalBasisFailsOnlyTheRecordOfProcessing() {
    JavaFileObject privacy = privacy("");
    Compilation c = compile(BOTH, privacy, account(", category = \"contact.email\""));
    assertThat(errorKeys(c)).containsExactly("missing-export-data");
    assertThat(c).hadErrorContaining("Purpose 'account' lacks a legal basis, which the 'ropa' export"
        + " (-Adatasafety.exports) cannot be written without. Add legalBasis = LegalBasis.CONTRACT")
        .inFile(privacy).onLineContaining("@Purpose(id = \"account\"");
    assertThat(anyGeneratedFile(c, "/exports/ropa.csv")).isEmpty();
  }

  @Test
  void aRecipientWithoutCountryFailsTheRecordOfProcessingOnTheRecipient() {
    JavaFileObject privacy = source("test.Privacy",
        "package test;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme Notes Ltd\", contact = \"privacy@acme.example\")",
        "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\",",
        "    category = PurposeCategory.ACCOUNT_MANAGEMENT, legalBasis = LegalBasis.CONTRACT)",
        "@Recipient(id = \"postmark\", name = \"Postmark\", role = RecipientRole.PROCESSOR)",
        "final class Privacy {}");
    Compilation c = compile(List.of("-Adatasafety.exports=ropa"), privacy, account(", category = \"contact.email\""));
    assertThat(errorKeys(c)).containsExactly("missing-export-data");
    assertThat(c).hadErrorContaining("Recipient 'postmark' lacks a country, which the 'ropa' export")
        .inFile(privacy).onLineContaining("@Recipient(id = \"postmark\"");
  }
}
