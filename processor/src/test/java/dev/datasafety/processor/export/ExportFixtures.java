package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertWithMessage;

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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The export tests' inputs: the Acme Notes fixture, small inventories built datum by datum, and the
 * golden files. {@code -Ddatasafety.updateGoldens=true} rewrites the goldens from the current
 * output (then review the diff) instead of comparing.
 */
final class ExportFixtures {
  private ExportFixtures() {}

  private static final Path RESOURCES = Path.of("src/test/resources");

  static Inventory acmeNotes() {
    try {
      return InventoryJson.read(resource("exports/acme-notes.inventory.json"));
    } catch (InventoryJson.InvalidInventoryException e) {
      throw new AssertionError(e);
    }
  }

  /** The fixture with every text users write (names, descriptions, titles, contacts) replaced by {@code text}. */
  static Inventory withText(Inventory inventory, String text) {
    return withTexts(inventory, original -> text);
  }

  static String resource(String path) {
    try (InputStream in = ExportFixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new AssertionError("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file is byte for byte the golden {@code exports/<format>/<name>}. */
  static void assertGolden(ExportFormat format, ExportFile file) throws IOException {
    String path = "exports/" + format.id() + "/" + file.name();
    if (Boolean.getBoolean("datasafety.updateGoldens")) {
      Files.writeString(RESOURCES.resolve(path), file.content(), StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("%s (regenerate with -Ddatasafety.updateGoldens=true and review the diff)", path)
        .that(file.content()).isEqualTo(resource(path));
  }

  /**
   * The fixture with every user-written text (application, controller, purposes, recipients, data
   * and their groups) replaced by what {@code text} makes of the original; ids, enums and retention kept.
   */
  static Inventory withTexts(Inventory inventory, UnaryOperator<String> text) {
    Optional<ControllerInfo> controller = inventory.controller().map(c -> new ControllerInfo(text.apply(c.name()),
        text.apply(c.contact()), c.dpo().map(text), c.privacyPolicyUrl(), c.accountDeletionUrl(),
        c.dataDeletionUrl(), c.encryptedInTransit()));
    return new Inventory(inventory.application().map(text), controller,
        inventory.purposes().stream().map(p -> new PurposeInfo(p.id(), text.apply(p.title()),
            text.apply(p.description()), text.apply(p.userBenefit()), p.choice(), p.experimental(), p.category(),
            p.legalBasis(), p.expires())).toList(),
        inventory.recipients().stream().map(r -> new RecipientInfo(r.id(), text.apply(r.name()), r.role(),
            r.country(), r.domains())).toList(),
        inventory.data().stream().map(d -> new DataItem(d.id(), text.apply(d.name()), text.apply(d.description()),
            d.kind(), d.form(), d.category(), d.purposes(), d.recipients(), d.retention(), d.serverVisible(),
            d.sensitive(), d.optional(), d.reviews(),
            new DataItem.Source(d.source().type(), d.source().member(), text.apply(d.source().group())))).toList());
  }

  static Inventory inventory(Optional<ControllerInfo> controller, List<PurposeInfo> purposes,
      List<RecipientInfo> recipients, List<DataItem> data) {
    return new Inventory(Optional.of("Test app"), controller, purposes, recipients, data);
  }

  static ControllerInfo controller(Optional<String> accountDeletionUrl, Optional<String> dataDeletionUrl,
      boolean encryptedInTransit) {
    return new ControllerInfo("Test Ltd", "privacy@test.example", Optional.empty(), Optional.empty(),
        accountDeletionUrl, dataDeletionUrl, encryptedInTransit);
  }

  static ControllerInfo controller() {
    return controller(Optional.of("https://test.example/delete-account"), Optional.empty(), true);
  }

  static PurposeInfo purpose(String id, PurposeCategory category, Choice choice) {
    return new PurposeInfo(id, id, "What " + id + " does.", "Why " + id + " helps.", choice, false, category,
        choice == Choice.REQUIRED ? LegalBasis.CONTRACT : LegalBasis.CONSENT, Optional.empty());
  }

  static RecipientInfo recipient(String id, RecipientRole role, String... domains) {
    return new RecipientInfo(id, id, role, Optional.of("DE"), List.of(domains));
  }

  /** A datum; the builder methods below give it the facts a test is about. */
  record Datum(String id, String category, List<String> purposes, List<String> recipients, String retention,
      boolean serverVisible, boolean optional, DataForm form) {

    static Datum of(String id, String category, String... purposes) {
      return new Datum(id, category, List.of(purposes), List.of(), "P30D", true, false, DataForm.RAW);
    }

    Datum to(String... recipientIds) {
      return new Datum(id, category, purposes, List.of(recipientIds), retention, serverVisible, optional, form);
    }

    Datum kept(String retentionValue) {
      return new Datum(id, category, purposes, recipients, retentionValue, serverVisible, optional, form);
    }

    Datum onDeviceOnly() {
      return new Datum(id, category, purposes, recipients, retention, false, optional, form);
    }

    Datum refusable() {
      return new Datum(id, category, purposes, recipients, retention, serverVisible, true, form);
    }

    Datum form(DataForm newForm) {
      return new Datum(id, category, purposes, recipients, retention, serverVisible, optional, newForm);
    }

    DataItem item() {
      Retention parsed = Retention.parse(retention).retention().orElseThrow();
      String type = id.substring(0, id.indexOf('#'));
      return new DataItem(id, id, "About " + id + ".", DataKind.ATTRIBUTE, form,
          category.isEmpty() ? Optional.empty() : Optional.of(category), purposes, recipients, parsed,
          serverVisible, false, optional, List.of("DSR-1"), new DataItem.Source(type, id.substring(id.indexOf('#') + 1),
          "Group"));
    }
  }

  static List<DataItem> items(Datum... data) {
    return java.util.Arrays.stream(data).map(Datum::item).toList();
  }
}
