package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.Retention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory document's writer and reader agree, and the reader rejects what is not an inventory. */
class InventoryJsonTest {

  private static Inventory sample() {
    DataItem email = new DataItem("a.B#email", "Email", "Your \"email\" <b>address</b> ✉", DataKind.IDENTIFIER,
        DataForm.RAW, List.of("account"), Retention.parse("P1Y6M").retention().orElseThrow(), true, false, false,
        List.of("DSR-1"), new DataItem.Source("a.B", "email", "B"));
    PurposeInfo account = new PurposeInfo("account", "Account", "d", "b", Choice.OPT_IN, false);
    return new Inventory(Optional.of("App"), List.of(account), List.of(email));
  }

  @Test
  void roundTrips() throws Exception {
    String json = InventoryJson.write(sample());
    assertThat(InventoryJson.read(json)).isEqualTo(sample());
    assertThat(InventoryJson.write(InventoryJson.read(json))).isEqualTo(json);
  }

  @Test
  void writesTwoSpaceIndentationUnixLineEndsAndAFinalNewline() {
    String json = InventoryJson.write(new Inventory(Optional.empty(), List.of(), List.of()));
    assertThat(json).isEqualTo("{\n  \"format\": \"datasafety-inventory/1\",\n  \"purposes\": [],\n  \"data\": []\n}\n");
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
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThrows(InventoryJson.InvalidInventoryException.class, () -> InventoryJson.read(deep));
  }
}
