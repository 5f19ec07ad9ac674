package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code -Adatasafety.baseline=approved.json} in a real build: the approved inventory keeps its
 * datum for 90 days.
 */
class BaselineIT {
  private static final String ORDER = "src/main/java/com/example/orders/Order.java";

  @Test
  void shorterRetentionThanApprovedPasses() {
    BuildResult build = Reactors.passing();
    build.assertOutcome("baseline-tightened", "SUCCESS");
    assertThat(build.requireInventory("baseline-tightened").get("data").get(0).get("retention").get("value").asText())
        .isEqualTo("P30D");
  }

  @Test
  void longerRetentionThanApprovedFailsOnTheRetentionValue() {
    BuildResult build = Reactors.failing();
    assertThat(build.exitCode()).isNotEqualTo(0);
    build.assertOutcome("baseline-grown", "FAILURE");
    build.assertErrorOnLine("baseline-grown/" + ORDER, "retention = \"P1Y\"",
        "[datasafety:baseline-change] Field 'items' of com.example.orders.Order: its retention grew from \"P90D\""
            + " to \"P1Y\" compared with the approved baseline ");
    assertThat(build.output()).contains("update the baseline file with the new inventory");
    assertThat(build.inventory("baseline-grown")).isEmpty();
  }
}
