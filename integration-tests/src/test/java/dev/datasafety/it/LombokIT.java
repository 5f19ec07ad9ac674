package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static dev.datasafety.it.MultiModuleIT.ids;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A Lombok {@code @Data} class, Lombok and datasafety together on the processor path. The class
 * calls the getters Lombok generates, so the build passing proves Lombok ran too.
 */
class LombokIT {

  @Test
  void lombokDataClassBuildsAndItsFieldsAreTheData() {
    BuildResult build = Reactors.passing();
    build.assertOutcome("lombok", "SUCCESS");

    JsonNode inventory = build.requireInventory("lombok");
    assertThat(ids(inventory.get("purposes"))).containsExactly("delivery");
    // Only the declared fields: not Lombok's getters, setters or constructor parameters.
    assertThat(ids(inventory.get("data"))).containsExactly(
        "com.example.lombok.Customer#phone",
        "com.example.lombok.Customer#postalAddress").inOrder();
    assertThat(inventory.get("data").get(0).get("kind").asText()).isEqualTo("identifier");
    assertThat(inventory.get("data").get(1).get("name").asText()).isEqualTo("Postal address");
  }
}
