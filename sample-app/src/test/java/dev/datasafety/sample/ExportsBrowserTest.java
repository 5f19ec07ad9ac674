package dev.datasafety.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.PurposeInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The exports the sample's own build writes (pom.xml: -Adatasafety.exports) beside its inventory:
 * the record of processing activities opened in headless chromium and audited with axe-core.
 */
class ExportsBrowserTest {
  /** Where the processor writes the exports in the class output (SPEC §9); surefire runs in the module folder. */
  static final Path EXPORTS = Path.of("target", "classes", "META-INF", "datasafety", "exports");

  @TempDir Path work;

  @Test
  void theBuildWritesTheRequestedExports() throws Exception {
    for (String file : List.of("play-data-safety.csv", "PrivacyInfo.xcprivacy", "fides.yml", "ropa.csv", "ropa.html",
        "dpv.jsonld", "data-review.md")) {
      assertTrue(Files.isRegularFile(EXPORTS.resolve(file)), EXPORTS.resolve(file) + " was not written by the build");
    }
    String play = Files.readString(EXPORTS.resolve("play-data-safety.csv"), StandardCharsets.UTF_8);
    assertTrue(play.startsWith("Question ID (machine readable),"), play);
    assertTrue(play.contains("\nPSL_DATA_TYPES_PERSONAL,PSL_EMAIL,true,"), "the account's email is not in the Play form");
    String review = Files.readString(EXPORTS.resolve("data-review.md"), StandardCharsets.UTF_8);
    assertTrue(review.startsWith("# Request for data collection review form: Acme Notes\n"), review);
    for (PurposeInfo purpose : DataSafetyInventory.inventory().purposes()) {
      assertTrue(review.contains("- **" + purpose.title() + "**: "), purpose.id() + " is not in the review request");
    }
  }

  @Test
  void theRecordOfProcessingIsAnAccessiblePageWithOneTablePerPurpose() throws Exception {
    Path page = EXPORTS.resolve("ropa.html").toAbsolutePath();
    DataInventory inventory = DataSafetyInventory.inventory();
    try (Browser browser = new Browser(work)) {
      browser.driver.get(page.toUri().toString());
      assertEquals("Record of processing activities: Acme Notes", browser.driver.getTitle());
      List<WebElement> captions = browser.driver.findElements(By.tagName("caption"));
      List<String> used = inventory.purposes().stream()
          .filter(p -> inventory.data().stream().anyMatch(d -> d.purposes().contains(p.id())))
          .map(p -> "Personal data processed for " + p.title())
          .toList();
      assertEquals(used.size(), captions.size());
      assertTrue(captions.stream().map(WebElement::getText).toList().containsAll(used), captions.toString());
      int rows = browser.driver.findElements(By.cssSelector("tbody tr")).size();
      int expected = inventory.data().stream().mapToInt(d -> d.purposes().size()).sum();
      assertEquals(expected, rows, "one row per datum and purpose");
      browser.assertAccessible("ropa.html");
      browser.screenshot("ropa");
    }
  }
}
