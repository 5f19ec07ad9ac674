package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.file.Files.readString;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/**
 * {@code -Adatasafety.baseline=approved.json} in a real build, set up as docs/baseline.md says:
 * the approved inventory keeps its datum for 90 days.
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
  void longerRetentionThanApprovedFailsOnTheRetentionValue() throws Exception {
    BuildResult build = Reactors.failing();
    assertThat(build.exitCode()).isNotEqualTo(0);
    build.assertOutcome("baseline-grown", "FAILURE");
    build.assertErrorOnLine("baseline-grown/" + ORDER, "retention = \"P1Y\"",
        "[datasafety:baseline-change] Field 'items' of com.example.orders.Order: its retention grew from \"P90D\""
            + " to \"P1Y\" compared with the approved baseline ");
    // The message names the candidate the failed build wrote, and the command that approves it.
    String candidate = "baseline-grown/target/generated-sources/annotations/datasafety/inventory.candidate.json";
    assertThat(build.output()).contains("This build wrote the inventory it would ship to " + candidate
        + "; once the change is approved, make it the baseline: cp " + candidate + " ");
    assertThat(readString(build.dir().resolve(candidate))).contains("\"value\": \"P1Y\"");
    assertThat(build.inventory("baseline-grown")).isEmpty();
  }

  /**
   * The approval workflow of docs/baseline.md: build with -Ddatasafety.approve, copy the new
   * inventory over the baseline, and the normal build passes again.
   */
  @Test
  void approvingAGrownRetentionMakesTheNewInventoryTheBaseline() throws Exception {
    Path dir = FixtureBuild.freshCopy("baseline-approval");
    Path pom = dir.resolve("baseline-grown/pom.xml");

    BuildResult approve = FixtureBuild.mvn("baseline-approval-1", dir, Reactors.currentJdk(), pom, "-Ddatasafety.approve");
    assertWithMessage("build with -Ddatasafety.approve (log: %s)", approve.log()).that(approve.exitCode()).isEqualTo(0);
    Path inventory = approve.inventoryFile("baseline-grown");
    assertThat(approve.requireInventory("baseline-grown").get("data").get(0).get("retention").get("value").asText())
        .isEqualTo("P1Y");

    Files.copy(inventory, dir.resolve("baseline-grown/approved.json"), StandardCopyOption.REPLACE_EXISTING);
    // clean: the baseline is no source file, so only a clean build is sure to compare again.
    BuildResult after = FixtureBuild.mvn("baseline-approval-2", dir, Reactors.currentJdk(), pom, "clean");
    assertWithMessage("build against the approved inventory (log: %s)", after.log()).that(after.exitCode()).isEqualTo(0);
    assertThat(after.output()).contains("Compiling 1 source file");
    assertThat(after.output()).doesNotContain("[datasafety:baseline-change]");
  }
}
