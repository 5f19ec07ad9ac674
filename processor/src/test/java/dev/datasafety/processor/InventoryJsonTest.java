package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.model.Retention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory document's writer and reader agree, and the reader rejects what is not an inventory. */
class InventoryJsonTest {

  private static Inventory sample() {
    DataItem email = new DataItem("a.B#email", "Email", "Your \"email\" <b>address</b> ✉", DataKind.IDENTIFIER,
        DataForm.RAW, Optional.of("contact.email"), List.of("account"), List.of("postmark"),
        Retention.parse("P1Y6M").retention().orElseThrow(), true, false, false,
        List.of("DSR-1"), new DataItem.Source("a.B", "email", "B"));
    PurposeInfo account = new PurposeInfo("account", "Account", "d", "b", Choice.OPT_IN, false,
        PurposeCategory.ACCOUNT_MANAGEMENT, LegalBasis.CONSENT, Optional.of(LocalDate.of(2027, 3, 31)));
    RecipientInfo postmark = new RecipientInfo("postmark", "Postmark", RecipientRole.PROCESSOR, Optional.of("US"),
        List.of("api.postmarkapp.com"));
    ControllerInfo controller = new ControllerInfo("Acme Ltd", "privacy@acme.example", Optional.of("dpo@acme.example"),
        Optional.empty(), Optional.of("https://acme.example/delete"), Optional.empty(), true);
    return new Inventory(Optional.of("App"), Optional.of(controller), List.of(account), List.of(postmark), List.of(email));
  }

  @Test
  void roundTrips() throws Exception {
    String json = InventoryJson.write(sample());
    assertThat(InventoryJson.read(json)).isEqualTo(sample());
    assertThat(InventoryJson.write(InventoryJson.read(json))).isEqualTo(json);
  }

  @Test
  void writesTwoSpaceIndentationUnixLineEndsAndAFinalNewline() {
    String json = InventoryJson.write(new Inventory(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of()));
    assertThat(json).isEqualTo(
        "{\n  \"format\": \"datasafety-inventory/2\",\n  \"purposes\": [],\n  \"recipients\": [],\n  \"data\": []\n}\n");
  }

  @Test
  void writesVersionTwoFieldsInTheDocumentedOrderAndOmitsWhatIsNotDeclared() throws Exception {
    String json = InventoryJson.write(sample());
    assertThat(json).containsMatch("(?s)\"application\".*\"controller\".*\"purposes\".*\"recipients\".*\"data\"");
    assertThat(json).containsMatch("(?s)\"form\": \"raw\",\\s*\"category\": \"contact.email\",\\s*\"purposes\": \\[\\s*"
        + "\"account\"\\s*\\],\\s*\"recipients\": \\[\\s*\"postmark\"\\s*\\]");
    assertThat(json).contains("\"category\": \"account_management\",\n      \"legalBasis\": \"consent\",\n"
        + "      \"expires\": \"2027-03-31\"");
    assertThat(json).contains("\"role\": \"processor\"");
    assertThat(json).doesNotContain("privacyPolicyUrl");
    String undeclared = InventoryJson.write(new Inventory(Optional.empty(), Optional.empty(),
        List.of(PurposeInfo.of("sync", "Sync", "d", "b", Choice.REQUIRED, false)), List.of(), List.of()));
    assertThat(undeclared).doesNotContain("legalBasis");
    assertThat(undeclared).doesNotContain("expires");
    assertThat(undeclared).doesNotContain("controller");
  }

  /** A committed v1 baseline (written by datasafety 0.1 before format 2) keeps working. */
  @Test
  void readsAVersionOneDocument() throws Exception {
    String v1;
    try (InputStream in = InventoryJsonTest.class.getResourceAsStream("/inventory-v1/acme-notes.json")) {
      v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(v1).contains("\"format\": \"datasafety-inventory/1\"");
    Inventory read = InventoryJson.read(v1);
    assertThat(read.application()).hasValue("Acme Notes");
    assertThat(read.controller()).isEmpty();
    assertThat(read.recipients()).isEmpty();
    assertThat(read.purposes().get(0)).isEqualTo(PurposeInfo.of("account", "Account",
        "Sign you in and keep your notes in your account.", "Your notes on every device you sign in on.",
        Choice.REQUIRED, false));
    DataItem email = read.data().stream().filter(d -> d.id().equals("com.acme.Account#email")).findFirst().orElseThrow();
    assertThat(email.category()).isEmpty();
    assertThat(email.recipients()).isEmpty();
    assertThat(email.reviews()).containsExactly("DSR-12");
    // Written again, it is a version 2 document.
    assertThat(InventoryJson.write(read)).contains("\"format\": \"datasafety-inventory/2\"");
  }

  @Test
  void rejectsWhatIsNotAnInventoryWithAPath() {
    assertThat(assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read("[]")).getMessage())
        .isEqualTo("it is not a JSON object");
    String badRetention = InventoryJson.write(sample()).replace("P1Y6M", "forever");
    assertThat(assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(badRetention))
        .getMessage()).contains("$.data[0].retention.value \"forever\" is not a retention");
    String badEnum = InventoryJson.write(sample()).replace("\"opt_in\"", "\"maybe\"");
    assertThat(assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(badEnum))
        .getMessage()).contains("$.purposes[0].choice \"maybe\" is not one of [required, opt_out, opt_in]");
    String badRole = InventoryJson.write(sample()).replace("\"processor\"", "\"friend\"");
    assertThat(assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(badRole))
        .getMessage()).contains("$.recipients[0].role \"friend\" is not one of [processor, third_party]");
    String badDate = InventoryJson.write(sample()).replace("2027-03-31", "soon");
    assertThat(assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(badDate))
        .getMessage()).contains("$.purposes[0].expires \"soon\" is not an ISO-8601 date");
    String noRecipients = InventoryJson.write(sample()).replaceFirst("(?s)\n  \"recipients\": \\[.*?\n  \\],", "");
    assertThat(assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(noRecipients))
        .getMessage()).contains("$.recipients must be an array");
    String v3 = InventoryJson.write(sample()).replace("datasafety-inventory/2", "datasafety-inventory/3");
    assertThat(assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(v3))
        .getMessage()).isEqualTo(
            "$.format is \"datasafety-inventory/3\", expected \"datasafety-inventory/2\" or \"datasafety-inventory/1\"");
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(deep));
  }
}
