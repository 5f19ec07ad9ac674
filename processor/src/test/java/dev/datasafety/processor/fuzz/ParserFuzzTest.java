package dev.datasafety.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.Retention;

/**
 * Coverage-guided fuzzing (Jazzer) of the parsers the processor owns: the retention grammar
 * (SPEC §5), which reads annotation values and options, and the inventory reader, which reads
 * baselines and dependency inventories. One target for both, because Jazzer fuzzes one target per
 * JVM: the first input byte chooses the parser.
 *
 * <p>{@code mvn test} fuzzes it for a few seconds (JAZZER_FUZZ=1 and jazzer.max_duration=5s in
 * the processor pom) after replaying the committed inputs in
 * {@code src/test/resources/dev/datasafety/processor/fuzz/ParserFuzzTestInputs/}. A longer run:
 * {@code mvn -pl processor -am test -Dtest=ParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.max_duration=30m}. A finding is saved as a new input there, and so becomes a
 * regression test.
 *
 * <p>Beyond "never throws anything but the documented exception", it checks what must hold for
 * every input: a retention parses again to the same value, and an inventory that was read writes
 * back to a document that reads and writes to the same bytes.
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void parsersNeverThrowAndRoundTrip(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      inventory(data.consumeRemainingAsString());
    } else {
      retention(data.consumeRemainingAsString());
    }
  }

  private static void retention(String text) {
    check(text, Retention.parse(text));
    check(text, Retention.parseDuration(text));
  }

  private static void check(String text, Retention.Parsed parsed) {
    if (parsed.retention().isEmpty()) {
      assertFalse(parsed.problem().isBlank(), () -> "no reason given for rejecting \"" + text + "\"");
      return;
    }
    Retention retention = parsed.retention().get();
    assertFalse(retention.text().isBlank(), () -> "no user-facing text for \"" + text + "\"");
    if (retention instanceof Retention.Finite) {
      assertTrue(retention.maxSeconds() > 0, () -> "a duration of zero or less accepted: \"" + text + "\"");
    }
    Retention.Parsed again = Retention.parse(retention.value());
    assertEquals(parsed.retention(), again.retention(), () -> "\"" + text + "\" does not parse back to itself");
  }

  private static void inventory(String json) {
    Inventory inventory;
    try {
      inventory = InventoryJson.read(json);
    } catch (InventoryJson.InvalidInventoryException expected) {
      assertFalse(expected.getMessage() == null || expected.getMessage().isBlank(), "a rejection without a reason");
      return;
    }
    String written = InventoryJson.write(inventory);
    try {
      assertEquals(written, InventoryJson.write(InventoryJson.read(written)), "the written inventory does not round-trip");
    } catch (InventoryJson.InvalidInventoryException e) {
      throw new AssertionError("the processor cannot read back an inventory it wrote: " + e.getMessage() + "\n" + written, e);
    }
  }
}
