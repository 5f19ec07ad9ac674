package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static dev.datasafety.it.MultiModuleIT.ids;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A record with annotated components, a compact constructor and an explicit accessor. */
class RecordsIT {

  @Test
  void oneDatumPerAnnotatedComponentAndNoneThroughFieldAccessorOrParameter() {
    BuildResult build = Reactors.passing();
    build.assertOutcome("records", "SUCCESS");

    JsonNode inventory = build.requireInventory("records");
    assertThat(ids(inventory.get("data"))).containsExactly(
        "com.example.records.Profile#displayName",
        "com.example.records.Profile#handle").inOrder();
    JsonNode displayName = inventory.get("data").get(0);
    assertThat(displayName.get("source").get("member").asText()).isEqualTo("displayName");
    assertThat(displayName.get("source").get("group").asText()).isEqualTo("Your profile");
    assertThat(displayName.get("kind").asText()).isEqualTo("attribute");
    assertThat(displayName.get("serverVisible").asBoolean()).isFalse();
    assertThat(displayName.get("retention").get("value").asText()).isEqualTo("until-account-deletion");
    JsonNode handle = inventory.get("data").get(1);
    assertThat(handle.get("kind").asText()).isEqualTo("identifier");
    assertThat(handle.get("retention").get("text").asText()).isEqualTo("1 year");
  }
}
