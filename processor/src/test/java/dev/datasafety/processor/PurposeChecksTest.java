package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** @Purpose declarations: syntax, content, duplicates, packages, and every purpose in the inventory. */
class PurposeChecksTest extends ProcessorTestSupport {

  @Test
  void invalidIdsAndBlankTextsAreReportedOnTheValue() {
    JavaFileObject catalog = source("test.Catalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"Bad_Id\", description = \"d\", userBenefit = \"b\")",
        "@Purpose(id = \"no-description\",",
        "    description = \" \", userBenefit = \"b\")",
        "@Purpose(id = \"no-benefit\", description = \"d\",",
        "    userBenefit = \"\")",
        "@Purpose(id = \"ends-.\", description = \"d\", userBenefit = \"b\")",
        "@Purpose(id = \"ads.measurement\", description = \"d\", userBenefit = \"b\")",
        "@Purpose(id = \"a-b.c-d2.e\", description = \"d\", userBenefit = \"b\")",
        "final class Catalog {}");
    Compilation c = compile(catalog);
    assertThat(c).hadErrorContaining("[datasafety:invalid-purpose] Purpose 'Bad_Id' is invalid: the id must be"
        + " lower-case words").inFile(catalog).onLineContaining("Bad_Id");
    assertThat(c).hadErrorContaining("Purpose 'no-description' is invalid: the description is blank")
        .inFile(catalog).onLineContaining("description = \" \"");
    assertThat(c).hadErrorContaining("Purpose 'no-benefit' is invalid: the userBenefit is blank")
        .inFile(catalog).onLineContaining("userBenefit = \"\"");
    assertThat(c).hadErrorContaining("Purpose 'ends-.' is invalid").inFile(catalog).onLineContaining("ends-.");
    assertThat(errorKeys(c)).containsExactly("invalid-purpose", "invalid-purpose", "invalid-purpose", "invalid-purpose");
  }

  @Test
  void sameIdWithDifferentContentIsADuplicate() {
    JavaFileObject first = source("test.First",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"sync\", description = \"Sync your notes.\", userBenefit = \"Everywhere.\")",
        "final class First {}");
    JavaFileObject second = source("test.Second",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"sync\", description = \"Sync your notes.\", userBenefit = \"Everywhere.\")",
        "@Purpose(id = \"account\", description = \"Sign in.\", userBenefit = \"Notes.\")",
        "final class Second {}");
    JavaFileObject third = source("test.Third",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"sync\", description = \"Something else.\", userBenefit = \"Everywhere.\",",
        "    choice = Choice.OPT_IN)",
        "final class Third {}");
    Compilation c = compile(first, second, third);
    assertThat(c).hadErrorContaining("[datasafety:duplicate-purpose] Purpose 'sync' is declared twice with different"
        + " content: here and test.First (differing in description, choice)")
        .inFile(third).onLineContaining("id = \"sync\"");
    assertThat(errorKeys(c)).containsExactly("duplicate-purpose");
  }

  @Test
  void purposesOnPackagesAreVisibleAndEveryPurposeIsInTheInventory() {
    JavaFileObject packageInfo = source("test.privacy.package-info",
        "@Purposes({",
        "  @Purpose(id = \"support\", description = \"Answer your questions.\", userBenefit = \"Help when stuck.\"),",
        "  @Purpose(id = \"unused\", title = \"Never used\", description = \"d\", userBenefit = \"b\")",
        "})",
        "package test.privacy;",
        "import dev.datasafety.*;");
    JavaFileObject ticket = source("test.Ticket",
        "package test;",
        "import dev.datasafety.*;",
        "class Ticket {",
        "  @UserData(description = \"Your question\", purposes = \"support\", retention = \"P90D\",",
        "      kind = DataKind.ATTRIBUTE, reviews = \"DSR-7\") String question;",
        "}");
    JsonNode inventory = inventoryTree(compile(packageInfo, ticket));
    assertThat(inventory.get("purposes").size()).isEqualTo(2);
    assertThat(inventory.get("purposes").get(0).get("id").asText()).isEqualTo("support");
    assertThat(inventory.get("purposes").get(0).get("title").asText()).isEqualTo("Support");
    assertThat(inventory.get("purposes").get(1).get("title").asText()).isEqualTo("Never used");
  }

  @Test
  void titleIsDerivedFromTheId() {
    JsonNode inventory = inventoryTree(compile(CATALOG));
    assertThat(inventory.get("purposes").get(1).get("id").asText()).isEqualTo("ads.measurement");
    assertThat(inventory.get("purposes").get(1).get("title").asText()).isEqualTo("Ads measurement");
    assertThat(inventory.get("purposes").get(1).get("choice").asText()).isEqualTo("opt_in");
  }
}
