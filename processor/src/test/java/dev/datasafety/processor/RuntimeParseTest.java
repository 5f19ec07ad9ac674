package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The run-time reader of the document reads what format 2 adds, and still reads version 1 documents. */
class RuntimeParseTest {

  private static String resource(String path) throws Exception {
    try (InputStream in = RuntimeParseTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsControllerRecipientsAndPurposeFactsOfFormatTwo() throws Exception {
    Path golden = Path.of(RuntimeParseTest.class.getResource("/golden/inventory/catalog-facts/inventory.json").toURI());
    DataInventory inventory = DataInventory.parse(Files.readString(golden));
    assertThat(inventory.controller().orElseThrow().accountDeletionUrl()).hasValue("https://acme.example/account/delete");
    assertThat(inventory.controller().orElseThrow().privacyPolicyUrl()).hasValue("https://acme.example/privacy");
    assertThat(inventory.recipient("postmark").orElseThrow().domains()).containsExactly("api.postmarkapp.com");
    assertThat(inventory.recipient("plausible").orElseThrow().role()).isEqualTo(RecipientRole.PROCESSOR);
    assertThat(inventory.purpose("analytics").orElseThrow().category()).isEqualTo(PurposeCategory.ANALYTICS);
    assertThat(inventory.purpose("analytics").orElseThrow().legalBasis()).isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
    assertThat(inventory.purpose("experiment.dark-mode").orElseThrow().expires()).hasValue(LocalDate.of(2027, 3, 31));
    assertThat(inventory.purpose("account").orElseThrow().expires()).isEmpty();
    DatumInfo email = inventory.datum("com.acme.notes.Account#email").orElseThrow();
    assertThat(email.category()).hasValue("contact.email");
    assertThat(email.recipients()).containsExactly("postmark");
  }

  @Test
  void readsAVersionOneDocument() throws Exception {
    DataInventory inventory = DataInventory.parse(resource("/inventory-v1/acme-notes.json"));
    assertThat(inventory.controller()).isEmpty();
    assertThat(inventory.recipients()).isEmpty();
    assertThat(inventory.purpose("account").orElseThrow().legalBasis()).isEqualTo(LegalBasis.UNSPECIFIED);
    DatumInfo email = inventory.datum("com.acme.Account#email").orElseThrow();
    assertThat(email.category()).isEmpty();
    assertThat(email.recipients()).isEmpty();
    assertThat(email.reviews()).containsExactly("DSR-12");
  }
}
