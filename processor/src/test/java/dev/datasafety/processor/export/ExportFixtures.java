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

/**
 * The Acme Notes inventory the export tests start from, the same with user-written text replaced,
 * and golden files. {@code -Ddatasafety.updateGoldens=true} rewrites the goldens under
 * {@code src/test/resources/exports/} instead of comparing (review the diff before committing).
 */
final class ExportFixtures {
  private ExportFixtures() {}

  static Inventory acmeNotes() {
    try {
      return InventoryJson.read(resource("/exports/acme-notes.inventory.json"));
    } catch (InventoryJson.InvalidInventoryException e) {
      throw new AssertionError(e);
    }
  }

  /** The fixture with every text users write (names, descriptions, titles, contacts) replaced by {@code text}. */
  static Inventory withText(Inventory inventory, String text) {
    ControllerInfo c = inventory.controller().orElseThrow();
    return new Inventory(Optional.of(text),
        Optional.of(new ControllerInfo(text, text, Optional.of(text), c.privacyPolicyUrl(), c.accountDeletionUrl(),
            c.dataDeletionUrl(), c.encryptedInTransit())),
        inventory.purposes().stream().map(p -> new PurposeInfo(p.id(), text, text, text, p.choice(), p.experimental(),
            p.category(), p.legalBasis(), p.expires())).toList(),
        inventory.recipients().stream().map(r -> new RecipientInfo(r.id(), text, r.role(), r.country(), r.domains()))
            .toList(),
        inventory.data().stream().map(d -> new DataItem(d.id(), text, text, d.kind(), d.form(), d.category(),
            d.purposes(), d.recipients(), d.retention(), d.serverVisible(), d.sensitive(), d.optional(), d.reviews(),
            new DataItem.Source(d.source().type(), d.source().member(), text))).toList());
  }

  static String resource(String name) {
    try (InputStream in = ExportFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails on any byte of difference from {@code src/test/resources/exports/<path>}. */
  static void assertGolden(String path, String actual) {
    if (Boolean.getBoolean("datasafety.updateGoldens")) {
      try {
        Path file = Path.of("src/test/resources/exports").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertWithMessage("%s (regenerate with -Ddatasafety.updateGoldens=true and review the diff)", path)
        .that(actual).isEqualTo(resource("/exports/" + path));
  }
}
