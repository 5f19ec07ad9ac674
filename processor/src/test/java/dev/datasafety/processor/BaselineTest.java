package dev.datasafety.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The approved baseline: weakening changes fail on the member; removals and tightenings pass. */
class BaselineTest extends ProcessorTestSupport {

  private static JavaFileObject account(String email, String language) {
    return source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(reviews = \"DSR-1\")",
        "class Account {",
        "  @UserData(description = \"Email\", " + email + ")",
        "  String email;",
        "  @UserData(description = \"Language\", " + language + ")",
        "  String language;",
        "}");
  }

  private static final String APPROVED_EMAIL =
      "purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false,"
          + " form = DataForm.PSEUDONYMIZED";
  private static final String APPROVED_LANGUAGE =
      "purposes = {\"account\", \"sync\"}, retention = \"P1Y\", kind = DataKind.IDENTIFIER, sensitive = true";

  private static Path approvedBaseline(Path dir) throws Exception {
    Compilation approved = compile(CATALOG, account(APPROVED_EMAIL, APPROVED_LANGUAGE));
    return Files.writeString(dir.resolve("baseline.json"), inventory(approved));
  }

  @Test
  void unchangedSourcesPass(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, account(APPROVED_EMAIL, APPROVED_LANGUAGE));
    assertThat(c).succeeded();
  }

  @Test
  void everyWeakeningFailsNamingTheChange(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    JavaFileObject weakened = account(
        "purposes = {\"account\", \"sync\"}, retention = \"P60D\", kind = DataKind.IDENTIFIER, serverVisible = true,"
            + " form = DataForm.RAW, sensitive = true",
        APPROVED_LANGUAGE);
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, weakened);
    assertThat(c).hadErrorContaining("[datasafety:baseline-change] Field 'email' of test.Account: it has the new"
        + " purpose(s) [sync] compared with the approved baseline " + baseline).inFile(weakened).onLineContaining("@UserData(description = \"Email\"");
    assertThat(c).hadErrorContaining("its retention grew from \"P30D\" to \"P60D\"");
    assertThat(c).hadErrorContaining("it became visible to the server (serverVisible false → true)");
    assertThat(c).hadErrorContaining("it became an identifier (kind ATTRIBUTE → IDENTIFIER)");
    assertThat(c).hadErrorContaining("its form is less protective (PSEUDONYMIZED → RAW)");
    assertThat(c).hadErrorContaining("it became sensitive (sensitive false → true)");
    String candidate = "mem:///SOURCE_OUTPUT/datasafety/inventory.candidate.json";
    assertThat(c).hadErrorContaining("This build wrote the inventory it would ship to " + candidate
        + "; once the change is approved, make it the baseline: cp " + candidate + " " + baseline);
    // The candidate exists although the build failed, and holds the changed declaration.
    JsonNode written = new ObjectMapper().readTree(anyGeneratedFile(c, "/SOURCE_OUTPUT/datasafety/inventory.candidate.json")
        .orElseThrow(() -> new AssertionError("no candidate written")));
    assertThat(written.get("data").get(0).get("retention").get("value").asText()).isEqualTo("P60D");
    assertThat(errorKeys(c)).containsExactly("baseline-change", "baseline-change", "baseline-change",
        "baseline-change", "baseline-change", "baseline-change");
  }

  @Test
  void newDatumFails(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    JavaFileObject more = source("test.Device",
        "package test;",
        "import dev.datasafety.*;",
        "class Device {",
        "  @UserData(description = \"Device id\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.IDENTIFIER, reviews = \"DSR-2\") String deviceId;",
        "}");
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG,
        account(APPROVED_EMAIL, APPROVED_LANGUAGE), more);
    assertThat(c).hadErrorContaining("Field 'deviceId' of test.Device: it is a new datum").inFile(more)
        .onLineContaining("@UserData");
    assertThat(errorKeys(c)).containsExactly("baseline-change");
  }

  @Test
  void removalsAndTighteningsPass(@TempDir Path dir) throws Exception {
    Path baseline = approvedBaseline(dir);
    JavaFileObject tightened = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"Language\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.ATTRIBUTE, form = DataForm.ANONYMIZED)",
        "  String language;",
        "}");
    assertThat(compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, tightened)).succeeded();
  }

  @Test
  void aggregatedAndAnonymizedProtectAlike(@TempDir Path dir) throws Exception {
    JavaFileObject anonymized = source("test.Stats",
        "package test;",
        "import dev.datasafety.*;",
        "class Stats {",
        "  @UserData(description = \"Usage\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.ATTRIBUTE, form = DataForm." + "ANONYMIZED" + ")",
        "  long usage;",
        "}");
    Path baseline = Files.writeString(dir.resolve("b.json"), inventory(compile(CATALOG, anonymized)));
    JavaFileObject aggregated = source("test.Stats",
        "package test;",
        "import dev.datasafety.*;",
        "class Stats {",
        "  @UserData(description = \"Usage\", purposes = \"account\", retention = \"P30D\",",
        "      kind = DataKind.ATTRIBUTE, form = DataForm.AGGREGATED)",
        "  long usage;",
        "}");
    assertThat(compile(List.of("-Adatasafety.baseline=" + baseline), CATALOG, aggregated)).succeeded();
  }

  /** A catalog in two versions: what reviewers approved, and what the code declares now. */
  private static JavaFileObject catalog(String adcoRole, String syncChoice, String trialExperimental) {
    return source("test.Catalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\")",
        "@Purpose(id = \"sync\", description = \"Sync your notes.\", userBenefit = \"Notes on all devices.\",",
        "    choice = Choice." + syncChoice + ")",
        "@Purpose(id = \"trial\", description = \"Try a theme.\", userBenefit = \"A nicer app.\",",
        "    choice = Choice.OPT_IN, " + trialExperimental + ")",
        "@Recipient(id = \"postmark\", name = \"Postmark\", role = RecipientRole.PROCESSOR)",
        "@Recipient(id = \"adco\", name = \"AdCo\", role = RecipientRole." + adcoRole + ")",
        "final class Catalog {}");
  }

  private static JavaFileObject profile(String emailFacts, String settingsFacts) {
    return source("test.Profile",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(kind = DataKind.ATTRIBUTE, reviews = \"DSR-1\", retention = \"P30D\")",
        "class Profile {",
        "  @UserData(description = \"Email\", purposes = \"account\",",
        "      " + emailFacts + ")",
        "  String email;",
        "  @UserData(description = \"Settings\",",
        "      " + settingsFacts + ")",
        "  String settings;",
        "}");
  }

  private static JavaFileObject trial() {
    return source("test.Trial",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(kind = DataKind.ATTRIBUTE, retention = \"P30D\", form = DataForm.AGGREGATED)",
        "class Trial {",
        "  @UserData(description = \"Theme\", purposes = \"trial\") String theme;",
        "}");
  }

  @Test
  void recipientsChoicesExperimentsAndCategoriesAreComparedToo(@TempDir Path dir) throws Exception {
    String trialApproved = "experimental = true, expires = \"2099-12-31\"";
    Compilation approved = compile(catalog("PROCESSOR", "OPT_IN", trialApproved),
        profile("category = \"contact.email\", recipients = \"adco\"", "purposes = \"sync\""), trial());
    Path baseline = Files.writeString(dir.resolve("baseline.json"), inventory(approved));

    JavaFileObject weakened = profile(
        "category = \"contact.other\", recipients = {\"adco\", \"postmark\"}", "purposes = \"sync\"");
    Compilation c = compile(List.of("-Adatasafety.baseline=" + baseline),
        catalog("THIRD_PARTY", "OPT_OUT", "experimental = false"), weakened, trial());
    assertThat(c).hadErrorContaining("Field 'email' of test.Profile: its category changed from \"contact.email\" to"
        + " \"contact.other\" compared with the approved baseline").inFile(weakened)
        .onLineContaining("category = \"contact.other\"");
    assertThat(c).hadErrorContaining("Field 'email' of test.Profile: its recipient 'adco' now uses it for its own"
        + " purposes (role PROCESSOR → THIRD_PARTY)").inFile(weakened).onLineContaining("recipients = {");
    assertThat(c).hadErrorContaining("Field 'email' of test.Profile: it is shared with the new recipient 'postmark'")
        .inFile(weakened).onLineContaining("recipients = {");
    assertThat(c).hadErrorContaining("Field 'settings' of test.Profile: its purpose 'sync' is less of a choice"
        + " (OPT_IN → OPT_OUT)").inFile(weakened).onLineContaining("purposes = \"sync\"");
    assertThat(c).hadErrorContaining("Field 'theme' of test.Trial: its purpose 'trial' is no longer an experiment"
        + " (experimental true → false)");
    assertThat(errorKeys(c)).containsExactly(
        "baseline-change", "baseline-change", "baseline-change", "baseline-change", "baseline-change");
  }

  /** A baseline committed before format 2 (the resource is a v1 document): what it cannot say is not a change. */
  @Test
  void aVersionOneBaselineKeepsWorking(@TempDir Path dir) throws Exception {
    Path v1 = dir.resolve("approved-v1.json");
    try (var in = BaselineTest.class.getResourceAsStream("/inventory-v1/acme-notes.json")) {
      Files.write(v1, in.readAllBytes());
    }
    assertThat(Files.readString(v1)).contains("\"format\": \"datasafety-inventory/1\"");
    JavaFileObject privacy = source("com.acme.Privacy",
        "package com.acme;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"account\", description = \"Sign you in and keep your notes in your account.\",",
        "    userBenefit = \"Your notes on every device you sign in on.\", category = PurposeCategory.ACCOUNT_MANAGEMENT,",
        "    legalBasis = LegalBasis.CONTRACT)",
        "@Purpose(id = \"ads.measurement\", title = \"Ad measurement\",",
        "    description = \"Count how often ads are seen, without knowing who saw them.\",",
        "    userBenefit = \"Keeps Acme Notes free.\", choice = Choice.OPT_OUT)",
        "@Recipient(id = \"postmark\", name = \"Postmark\", role = RecipientRole.PROCESSOR)",
        "final class Privacy {}");
    JavaFileObject account = source("com.acme.Account",
        "package com.acme;",
        "import dev.datasafety.*;",
        "@UserData(name = \"Your account\", purposes = \"account\", retention = \"until-account-deletion\",",
        "    reviews = \"DSR-12\")",
        "public class Account {",
        "  @UserData(description = \"The email address you sign in with.\", kind = DataKind.IDENTIFIER,",
        "      category = \"contact.email\") String email;",
        "  @UserData(description = \"How many ads you saw this month, counted with everyone else's.\",",
        "      kind = DataKind.ATTRIBUTE, form = DataForm.AGGREGATED, purposes = \"ads.measurement\",",
        "      retention = \"P60D\", category = \"activity.app-interaction\") long adImpressions;",
        "  @NotUserData(\"an optimistic-locking counter\") int version;",
        "}");
    Compilation c = compile(List.of("-Adatasafety.baseline=" + v1), privacy, account);
    // Categories, legal bases and a recipient nobody receives data from are no change; a longer retention is.
    assertThat(c).hadErrorContaining("Field 'adImpressions' of com.acme.Account: its retention grew from \"P30D\" to"
        + " \"P60D\"").inFile(account).onLineContaining("retention = \"P60D\"");
    assertThat(errorKeys(c)).containsExactly("baseline-change");
  }
}
