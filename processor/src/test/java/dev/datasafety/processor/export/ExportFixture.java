package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The export fixture ({@code exports/acme-notes.inventory.json}), variants of it, and golden files
 * under {@code exports/<format>/}: {@code -Dgolden.update=true} rewrites them after a reviewed change.
 */
final class ExportFixture {
  private ExportFixture() {}

  static Inventory acmeNotes() {
    try {
      return InventoryJson.read(resource("/exports/acme-notes.inventory.json"));
    } catch (InventoryJson.InvalidInventoryException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The fixture with every user-written text (application, controller, purposes, recipients, data)
   * replaced by what {@code text} makes of the original; ids, enums and retention kept.
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
            d.sensitive(), d.optional(), d.reviews(), d.source())).toList());
  }

  /** The file equals its golden copy byte for byte. */
  static void assertGolden(String format, ExportFile file) {
    Path inTree = Path.of("src/test/resources/exports", format, file.name());
    if (Boolean.getBoolean("golden.update")) {
      try {
        Files.createDirectories(inTree.getParent());
        Files.writeString(inTree, file.content(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertWithMessage(file.name() + " against exports/" + format + "/" + file.name()
        + " (run with -Dgolden.update=true after a reviewed change)")
        .that(file.content()).isEqualTo(Boolean.getBoolean("golden.update") ? read(inTree)
            : resource("/exports/" + format + "/" + file.name()));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    try (InputStream in = ExportFixture.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError(path + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
