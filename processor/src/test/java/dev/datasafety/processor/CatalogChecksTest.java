package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stores and regulators ask (SPEC v2 §3): categories, recipients, legal bases and the
 * controller, each check on the exact annotation value, and the inventory that carries them.
 */
class CatalogChecksTest extends ProcessorTestSupport {

  private static final JavaFileObject RECIPIENTS = source("test.Recipients",
      "package test;",
      "import dev.datasafety.*;",
      "@Recipient(id = \"postmark\", name = \"Postmark, our email delivery service\", role = RecipientRole.PROCESSOR,",
      "    country = \"US\")",
      "@Recipient(id = \"adco\", name = \"AdCo, an ad network\", role = RecipientRole.THIRD_PARTY)",
      "final class Recipients {}");

  @Test
  void undeclaredRecipientIsReportedOnItsArrayEntryWithDidYouMean() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P1Y\", kind = DataKind.IDENTIFIER, reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Email\", recipients = {",
        "      \"postmark\",",
        "      \"postmak\"})",
        "  String email;",
        "  @UserData(description = \"Phone\", recipients = \"twilio\") String phone;",
        "}");
    Compilation c = compile(CATALOG, RECIPIENTS, account);
    assertThat(c).hadErrorContaining("[datasafety:undeclared-recipient] Recipient 'postmak' of Field 'email' of"
        + " test.Account is not declared anywhere visible. Did you mean 'postmark'? Declare it with"
        + " @Recipient(id = \"postmak\", name = \"...\", role = RecipientRole.PROCESSOR)")
        .inFile(account).onLineContaining("\"postmak\"})");
    assertThat(c).hadErrorContaining("Recipient 'twilio' of Field 'phone' of test.Account is not declared anywhere"
        + " visible. Declare it").inFile(account).onLineContaining("recipients = \"twilio\"");
    assertThat(errorKeys(c)).containsExactly("undeclared-recipient", "undeclared-recipient");
  }

  @Test
  void unknownCategoryIsReportedWhereItIsWrittenWithDidYouMean() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P1Y\", kind = DataKind.IDENTIFIER, reviews = \"DSR-1\",",
        "    category = \"acount.id\")",
        "class Account {",
        "  @UserData(description = \"Id\") String id;",
        "  @UserData(description = \"Email\", category = \"email\") String email;",
        "  @UserData(description = \"Mood\", category = \"mood.today\") String mood;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("[datasafety:unknown-category] Category \"acount.id\" of Field 'id' of"
        + " test.Account is not in the category vocabulary. Did you mean 'account.id'?")
        .inFile(account).onLineContaining("category = \"acount.id\"");
    assertThat(c).hadErrorContaining("Category \"email\" of Field 'email' of test.Account is not in the category"
        + " vocabulary. Did you mean 'contact.email'?").inFile(account).onLineContaining("category = \"email\"");
    assertThat(c).hadErrorContaining("Category \"mood.today\" of Field 'mood' of test.Account is not in the category"
        + " vocabulary. Use one of the ids listed in docs/categories.md")
        .inFile(account).onLineContaining("category = \"mood.today\"");
    assertThat(errorKeys(c)).containsExactly("unknown-category", "unknown-category", "unknown-category");
  }

  @Test
  void specialCategoryRequiresSensitive() {
    JavaFileObject patient = source("test.Patient",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P1Y\", kind = DataKind.ATTRIBUTE, reviews = \"DSR-1\")",
        "class Patient {",
        "  @UserData(description = \"Diagnosis\", category = \"health.medical\") String diagnosis;",
        "  @UserData(description = \"Route\", category = \"location.precise\",",
        "      sensitive = false) String route;",
        "  @UserData(description = \"Faith\", category = \"special.religious-beliefs\", sensitive = true) String faith;",
        "  @UserData(description = \"Town\", category = \"location.coarse\") String town;",
        "}");
    Compilation c = compile(CATALOG, patient);
    assertThat(c).hadErrorContaining("[datasafety:contradiction] Field 'diagnosis' of test.Patient has the special"
        + " category \"health.medical\" (Health and medical information) but is declared with sensitive = false.")
        .inFile(patient).onLineContaining("category = \"health.medical\"");
    assertThat(c).hadErrorContaining("Field 'route' of test.Patient has the special category \"location.precise\"")
        .inFile(patient).onLineContaining("sensitive = false");
    assertThat(errorKeys(c)).containsExactly("contradiction", "contradiction");
  }

  @Test
  void consentCannotBeTheBasisOfARequiredPurpose() {
    JavaFileObject catalog = source("test.Catalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"newsletter\", description = \"d\", userBenefit = \"b\",",
        "    legalBasis = LegalBasis.CONSENT)",
        "@Purpose(id = \"offers\", description = \"d\", userBenefit = \"b\", choice = Choice.OPT_IN,",
        "    legalBasis = LegalBasis.CONSENT, category = PurposeCategory.DEVELOPER_COMMUNICATIONS)",
        "@Purpose(id = \"billing\", description = \"d\", userBenefit = \"b\", legalBasis = LegalBasis.CONTRACT)",
        "final class Catalog {}");
    Compilation c = compile(catalog);
    assertThat(c).hadErrorContaining("[datasafety:contradiction] Purpose 'newsletter' is REQUIRED but its legal basis"
        + " is CONSENT.").inFile(catalog).onLineContaining("legalBasis = LegalBasis.CONSENT)");
    assertThat(errorKeys(c)).containsExactly("contradiction");
  }

  @Test
  void invalidRecipientsAreReportedOnTheirValues() {
    JavaFileObject recipients = source("test.Recipients",
        "package test;",
        "import dev.datasafety.*;",
        "@Recipient(id = \"Post_Mark\", name = \"Postmark\", role = RecipientRole.PROCESSOR)",
        "@Recipient(id = \"plausible\",",
        "    name = \"  \", role = RecipientRole.PROCESSOR)",
        "@Recipient(id = \"hetzner\", name = \"Hetzner\", role = RecipientRole.PROCESSOR,",
        "    country = \"de\")",
        "@Recipient(id = \"acme-eu\", name = \"Acme EU\", role = RecipientRole.PROCESSOR, country = \"EU\")",
        "final class Recipients {}");
    Compilation c = compile(recipients);
    assertThat(c).hadErrorContaining("[datasafety:invalid-recipient] Recipient id 'Post_Mark' is invalid")
        .inFile(recipients).onLineContaining("\"Post_Mark\"");
    assertThat(c).hadErrorContaining("Recipient 'plausible' has a blank name.")
        .inFile(recipients).onLineContaining("name = \"  \"");
    assertThat(c).hadErrorContaining("Recipient 'hetzner' has country = \"de\", which is not an ISO 3166-1 alpha-2"
        + " code. Did you mean 'DE'?").inFile(recipients).onLineContaining("country = \"de\"");
    assertThat(c).hadErrorContaining("Recipient 'acme-eu' has country = \"EU\", which is not an ISO 3166-1 alpha-2"
        + " code. Write the two capital letters").inFile(recipients).onLineContaining("country = \"EU\"");
    assertThat(errorKeys(c)).containsExactly(
        "invalid-recipient", "invalid-recipient", "invalid-recipient", "invalid-recipient");
  }

  @Test
  void aRecipientDeclaredTwiceMustAgree() {
    JavaFileObject again = source("test.Again",
        "package test;",
        "import dev.datasafety.*;",
        "@Recipient(id = \"postmark\", name = \"Postmark, our email delivery service\", role = RecipientRole.PROCESSOR,",
        "    country = \"US\")",
        "@Recipient(id = \"adco\", name = \"AdCo, an ad network\", role = RecipientRole.PROCESSOR)",
        "final class Again {}");
    Compilation c = compile(RECIPIENTS, again);
    assertThat(c).hadErrorContaining("[datasafety:duplicate-recipient] Recipient 'adco' is declared twice with"
        + " different content: here and test.Again (differing in role).")
        .inFile(RECIPIENTS).onLineContaining("id = \"adco\"");
    assertThat(errorKeys(c)).containsExactly("duplicate-recipient");
  }

  @Test
  void oneControllerPerApplication(@TempDir Path dir) throws Exception {
    JavaFileObject privacy = source("test.Privacy",
        "package test;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme Notes Ltd\", contact = \"privacy@acme.example\")",
        "final class Privacy {}");
    JavaFileObject same = source("test.other.Same",
        "package test.other;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme Notes Ltd\", contact = \"privacy@acme.example\")",
        "final class Same {}");
    assertThat(compile(privacy, same)).succeeded();

    Compilation catalog = compile(source("lib.Catalog",
        "package lib;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme Group\", contact = \"privacy@acme-group.example\")",
        "public final class Catalog {}"));
    assertThat(catalog).succeeded();
    File lib = writeClassOutput(catalog, Files.createDirectories(dir.resolve("lib")));
    Compilation c = compile(List.of(), List.of(lib), privacy);
    assertThat(c).hadErrorContaining("[datasafety:duplicate-controller] This @DataController (test.Privacy) differs"
        + " from the one of the dependency inventory dev.datasafety.modules.Inventory_")
        .inFile(privacy).onLineContaining("name = \"Acme Notes Ltd\"");
    assertThat(c).hadErrorContaining("(differing in name, contact)");
    assertThat(errorKeys(c)).containsExactly("duplicate-controller");
  }

  @Test
  void dataSharedWithAThirdPartyNeedsAReviewWhateverItsForm() {
    JavaFileObject ads = source("test.AdStats",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"ads.measurement\", retention = \"P30D\", kind = DataKind.ATTRIBUTE,",
        "    form = DataForm.AGGREGATED)",
        "class AdStats {",
        "  @UserData(description = \"Impressions\", recipients = {\"postmark\", \"adco\"}) long impressions;",
        "  @UserData(description = \"Clicks\", recipients = \"postmark\") long clicks;",
        "}");
    for (List<String> options : List.of(List.<String>of(), List.of("-Adatasafety.requireReview=false"))) {
      Compilation c = compile(options, CATALOG, RECIPIENTS, ads);
      assertThat(c).hadErrorContaining("[datasafety:missing-review] Field 'impressions' of test.AdStats is shared with"
          + " 'adco', a THIRD_PARTY recipient that uses it for its own purposes, but names no review.")
          .inFile(ads).onLineContaining("long impressions");
      assertThat(errorKeys(c)).containsExactly("missing-review");
    }
  }

  /** The server-visible rule and the third-party rule are one problem when both hold: reported once. */
  @Test
  void rawDataSharedWithAThirdPartyIsReportedOnce() {
    JavaFileObject profile = source("test.Profile",
        "package test;",
        "import dev.datasafety.*;",
        "class Profile {",
        "  @UserData(description = \"Email\", purposes = \"account\", retention = \"P1Y\", kind = DataKind.IDENTIFIER,",
        "      recipients = \"adco\") String email;",
        "}");
    Compilation c = compile(CATALOG, RECIPIENTS, profile);
    assertThat(c).hadErrorContaining("is shared with 'adco', a THIRD_PARTY recipient")
        .inFile(profile).onLineContaining("recipients = \"adco\"");
    assertThat(errorKeys(c)).containsExactly("missing-review");
  }

  @Test
  void recipientsDeclaredInADependencyAreVisibleAndListed(@TempDir Path dir) throws Exception {
    Compilation catalog = compile(RECIPIENTS, CATALOG);
    assertThat(catalog).succeeded();
    File lib = writeClassOutput(catalog, Files.createDirectories(dir.resolve("lib")));
    JavaFileObject account = source("app.Account",
        "package app;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Email\", purposes = \"account\", retention = \"P1Y\", kind = DataKind.IDENTIFIER,",
        "      reviews = \"DSR-1\", category = \"contact.email\", recipients = \"postmark\") String email;",
        "}");
    Compilation c = compile(List.of(), List.of(lib), account);
    assertThat(c).succeeded();
    JsonNode inventory = inventoryTree(c);
    assertThat(inventory.get("recipients").get(0).get("id").asText()).isEqualTo("adco");
    assertThat(inventory.get("recipients").get(1).get("country").asText()).isEqualTo("US");
    JsonNode email = inventory.get("data").get(0);
    assertThat(email.get("category").asText()).isEqualTo("contact.email");
    assertThat(email.get("recipients").get(0).asText()).isEqualTo("postmark");
  }
}
