package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shared purpose catalog module and application modules that depend on it, built as one Maven
 * reactor: purposes and data cross module boundaries through the catalog's jar.
 */
class MultiModuleIT {

  @Test
  void appInventoryIncludesTheCatalogsPurposesAndData() {
    BuildResult build = Reactors.passing();
    build.assertOutcome("catalog", "SUCCESS");
    build.assertOutcome("app", "SUCCESS");

    JsonNode inventory = assertAppInventoryHasTheCatalog(build);
    JsonNode language = inventory.get("data").get(1);
    assertThat(texts(language.get("purposes"))).containsExactly("account", "support").inOrder();
    assertThat(language.get("optional").asBoolean()).isFalse();
    JsonNode question = inventory.get("data").get(2);
    assertThat(question.get("retention").get("text").asText()).isEqualTo("6 months");
    // Every purpose of the ticket's question is opt-out: the datum is optional.
    assertThat(question.get("optional").asBoolean()).isTrue();
  }

  @Test
  void catalogInventoryHoldsOnlyItsOwnDeclarations() {
    JsonNode inventory = Reactors.passing().requireInventory("catalog");
    assertThat(ids(inventory.get("purposes"))).containsExactly("account", "support").inOrder();
    assertThat(ids(inventory.get("data"))).containsExactly("com.example.catalog.SupportTicket#question");
  }

  @Test
  void undeclaredPurposeFailsTheDependentModuleOnTheOffendingEntry() {
    BuildResult build = Reactors.failing();
    assertThat(build.exitCode()).isNotEqualTo(0);
    build.assertOutcome("catalog", "SUCCESS");
    build.assertOutcome("app-undeclared", "FAILURE");
    build.assertErrorOnLine("app-undeclared/src/main/java/com/example/signup/Signup.java", "\"acount\"",
        "[datasafety:undeclared-purpose] Purpose 'acount' of ");
    assertThat(build.errorsOnLine("app-undeclared/src/main/java/com/example/signup/Signup.java", "\"acount\"")
        .get(0)).contains("Did you mean 'account'");
    // The catalog's purpose on the same line is found: only the typo is reported.
    assertThat(build.output()).doesNotContain("Purpose 'account' of");
    assertThat(build.inventory("app-undeclared")).isEmpty();
  }

  /** The app's inventory: its own data and the catalog's purposes and data. */
  static JsonNode assertAppInventoryHasTheCatalog(BuildResult build) {
    JsonNode inventory = build.requireInventory("app");
    assertThat(ids(inventory.get("purposes"))).containsExactly("account", "support").inOrder();
    assertThat(ids(inventory.get("data"))).containsExactly(
        "com.example.app.Account#email",
        "com.example.app.Account#language",
        "com.example.catalog.SupportTicket#question").inOrder();
    return inventory;
  }

  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
