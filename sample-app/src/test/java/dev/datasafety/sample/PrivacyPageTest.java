package dev.datasafety.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datasafety.LegalBasis;
import dev.datasafety.RecipientRole;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.PurposeInfo;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transparency page tells users what stores and regulators ask about: who receives each
 * datum, the legal basis of each purpose, when the experiment ends and who is responsible.
 */
class PrivacyPageTest {
  private static final DataInventory inventory = DataSafetyInventory.inventory();
  private static String page;

  @BeforeAll
  static void render(@TempDir Path work) throws Exception {
    try (RunningApp app = new RunningApp(work.resolve("data"), inventory)) {
      HttpResponse<String> response = app.get("/privacy");
      assertEquals(200, response.statusCode());
      page = response.body();
    }
  }

  @Test
  void theSampleDeclaresWhatStoresAndRegulatorsAsk() {
    assertEquals("Acme Notes Ltd", inventory.controller().orElseThrow().name());
    assertEquals(RecipientRole.PROCESSOR, inventory.recipient("postmark").orElseThrow().role());
    for (PurposeInfo p : inventory.purposes()) {
      assertTrue(p.legalBasis() != LegalBasis.UNSPECIFIED, p.id() + " declares its legal basis");
    }
    for (DatumInfo d : inventory.data()) {
      assertTrue(d.category().isPresent(), d.id() + " declares its category");
    }
    assertEquals(LocalDate.of(2027, 6, 30), inventory.purpose("experiment.editor-layout").orElseThrow().expires().get());
  }

  @Test
  void eachDatumShowsWhoReceivesIt() {
    String emailRow = row("dev.datasafety.sample.account.Account#email");
    assertTrue(emailRow.contains("<td>Postmark, the service that delivers our emails, which handles it only"
        + " on our behalf and as we instruct, in United States.</td>"), emailRow);
    String titleRow = row("dev.datasafety.sample.notes.Note#title");
    assertTrue(titleRow.contains("<td>No one else.</td>"), "a note's title goes to no one: " + titleRow);
    assertTrue(page.contains("<li data-recipient=\"postmark\"><strong>Postmark, the service that delivers our"
        + " emails</strong>"));
  }

  @Test
  void eachPurposeShowsItsLegalBasisAndTheExperimentItsEnd() {
    assertTrue(section("purpose-product-updates").contains("<strong>Why we may:</strong> only with your consent,"
        + " which you can withdraw at any time (GDPR Art. 6(1)(a))."));
    assertTrue(section("purpose-notes").contains("it is needed to give you the service you signed up for"));
    assertTrue(section("purpose-experiment-editor-layout").contains(
        "it ends on <time datetime=\"2027-06-30\">30 June 2027</time>"));
  }

  @Test
  void theControllerIsNamedWithItsContacts() {
    String controller = section("who-is-responsible");
    assertTrue(controller.contains("<strong>Acme Notes Ltd</strong>"), controller);
    assertTrue(controller.contains("<a href=\"mailto:privacy@acme-notes.example\">"), controller);
    assertTrue(controller.contains("our data protection officer: <a href=\"mailto:dpo@acme-notes.example\">"));
  }

  private String row(String datumId) {
    int start = page.indexOf("<tr data-datum=\"" + datumId + "\">");
    assertTrue(start >= 0, datumId + " has a row");
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private String section(String labelledBy) {
    int start = page.indexOf("aria-labelledby=\"" + labelledBy + "\"");
    assertTrue(start >= 0, labelledBy + " has a section");
    return page.substring(start, page.indexOf("</section>", start));
  }
}
