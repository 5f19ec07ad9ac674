package dev.datasafety.processor.format;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The marker's encoding: what a module's marker class carries comes back unchanged from the class
 * file, whatever its texts hold and however long they are, and each constant fits the class file.
 */
class ModuleMarkerTest {
  private static final ModuleMarker MARKER = ModuleMarker.forDeclarations(Optional.empty(), List.of("data:a.B"));

  @Test
  void contentsSurviveTheClassFile() throws Exception {
    ModuleMarker.Contents contents = new ModuleMarker.Contents("com.acme.DataSafetyInventory",
        "{\n  \"format\": \"datasafety-inventory/2\"\n}\n", List.of("data:com.acme.Account", "purposes:com.acme.Privacy"));
    assertThat(roundTrip(MARKER, contents)).isEqualTo(contents);
  }

  /** Far above one constant's 65,535 bytes, in every width of modified UTF-8, pairs cut nowhere. */
  @Test
  void textsAboveOneConstantAndAnyUnicodeSurvive() throws Exception {
    StringBuilder text = new StringBuilder();
    String[] pieces = {"a", "\u0000", "é", "\u2028", "\u2029", "\u0085", "\uFEFF", "\u202E", "語", "😀", "\"\\", "\n",
        "\uD800", "x\uDC00"};
    for (int i = 0; text.length() < 300_000; i++) {
      text.append(pieces[i % pieces.length]).append(i % 7 == 0 ? "😀😀" : "");
    }
    ModuleMarker.Contents contents = new ModuleMarker.Contents("", text.toString(), List.of());
    assertThat(ModuleMarker.split(text.toString()).size()).isGreaterThan(4);
    assertThat(roundTrip(MARKER, contents)).isEqualTo(contents);
  }

  /** The processor writes the inventory from its chunks, never joined: the same bytes as from one string. */
  @Test
  void aChunkedInventoryGivesTheBytesOfTheString() throws Exception {
    StringBuilder text = new StringBuilder();
    String[] pieces = {"a", "é", "語", "😀", "\n", "\u0000"};
    for (int i = 0; text.length() < 200_000; i++) {
      text.append(pieces[(i * 3 + i / 5) % pieces.length]);
    }
    DocumentText.ChunkWriter chunks = new DocumentText.ChunkWriter();
    chunks.write(text.toString());
    List<String> declarations = List.of("data:a.B", "purposes:a.C");
    ModuleMarker.Contents contents = new ModuleMarker.Contents("a.DataSafetyInventory", text.toString(), declarations);
    ByteArrayOutputStream fromChunks = new ByteArrayOutputStream();
    MARKER.writeClassFile("a.DataSafetyInventory", chunks.text(), declarations, fromChunks);
    assertThat(fromChunks.toByteArray()).isEqualTo(MARKER.classFile(contents));
  }

  @Test
  void eachPartFitsOneConstantAndNoPairIsCut() throws IOException {
    String emoji = "😀".repeat(40_000); // 160,000 bytes: 6 per pair
    List<String> parts = ModuleMarker.split("a" + emoji);
    assertThat(String.join("", parts)).isEqualTo("a" + emoji);
    for (String part : parts) {
      assertThat(modifiedUtf8Length(part)).isAtMost(ModuleMarker.MAX_CONSTANT_BYTES);
      assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
    }
    // As full as the limit allows: one part of 65,535 one-byte chars, the next char starts a new one.
    assertThat(ModuleMarker.split("a".repeat(65_535))).hasSize(1);
    assertThat(ModuleMarker.split("a".repeat(65_536))).hasSize(2);
    assertThat(ModuleMarker.split("\u0000".repeat(32_768))).hasSize(2);
    assertThat(ModuleMarker.split("")).isEmpty();
  }

  /** The fewest parts: each is as full as the limit allows, in every width of modified UTF-8. */
  @Test
  void eachPartIsAsFullAsTheLimitAllows() throws IOException {
    StringBuilder text = new StringBuilder();
    String[] pieces = {"a", "\u0000", "é", "語", "😀", "\uD800", "\uDC00", "x"};
    for (int i = 0; text.length() < 200_000; i++) {
      text.append(pieces[(i * 7 + i / 3) % pieces.length]);
    }
    assertFullest(text.toString());
  }

  /**
   * Long ASCII runs (read a segment at a time) across part ends, then a NUL, an emoji and a 2-byte
   * char among them: the same fullest parts, and the same text back from the class file.
   */
  @Test
  void asciiRunsAndOtherCharsAmongThem() throws Exception {
    String ascii = "{\n  \"id\": \"account.email\",\n".repeat(12_000);
    String text = ascii + "\u0000" + ascii + "😀" + ascii.substring(7) + "é" + ascii;
    assertFullest(text);
    assertThat(ModuleMarker.split(text).size()).isAtLeast(10);
    ModuleMarker.Contents contents = new ModuleMarker.Contents("a.DataSafetyInventory", text, List.of("data:a.B"));
    assertThat(roundTrip(MARKER, contents)).isEqualTo(contents);
  }

  private static void assertFullest(String text) throws IOException {
    List<String> parts = ModuleMarker.split(text);
    assertThat(String.join("", parts)).isEqualTo(text);
    int at = 0;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      at += part.length();
      assertThat(modifiedUtf8Length(part)).isAtMost(ModuleMarker.MAX_CONSTANT_BYTES);
      if (i + 1 < parts.size()) {
        int next = text.codePointAt(at);
        String nextChar = Character.isSupplementaryCodePoint(next) ? text.substring(at, at + 2) : text.substring(at, at + 1);
        assertThat(modifiedUtf8Length(part) + modifiedUtf8Length(nextChar)).isGreaterThan(ModuleMarker.MAX_CONSTANT_BYTES);
      }
    }
  }

  @Test
  void aNamedModulesMarkerIsInAPackageOfItsOwn() {
    ModuleMarker named = ModuleMarker.forDeclarations(Optional.of("com.example.lib"), List.of("data:a.B"));
    assertThat(named.packageName()).isEqualTo("dev.datasafety.modules.com.example.lib");
    assertThat(named.simpleName()).isEqualTo(MARKER.simpleName());
    assertThat(MARKER.packageName()).isEqualTo(ModuleMarker.SHARED_PACKAGE);
    assertThat(MARKER.simpleName()).matches("Inventory_[0-9a-f]{20}");
  }

  @Test
  void sameContentsGiveTheSameBytes() {
    ModuleMarker.Contents contents = new ModuleMarker.Contents("a.DataSafetyInventory", "{}", List.of("data:a.B"));
    assertThat(MARKER.classFile(contents)).isEqualTo(MARKER.classFile(contents));
  }

  @Test
  void aMarkerOfAnEarlierVersionHasNoContents() throws Exception {
    assertThat(ModuleMarker.read(Map.of(ModuleMarker.INVENTORY_CLASS_FIELD, "a.DataSafetyInventory"))).isEmpty();
  }

  @Test
  void anotherFormatOrAMissingPartIsInvalid() {
    ModuleMarker.InvalidMarkerException format = assertThrows(ModuleMarker.InvalidMarkerException.class,
        () -> ModuleMarker.read(Map.of(ModuleMarker.FORMAT_FIELD, "datasafety-marker/9")));
    assertThat(format).hasMessageThat().isEqualTo("it has format datasafety-marker/9, but this processor reads "
        + ModuleMarker.FORMAT);
    ModuleMarker.InvalidMarkerException part = assertThrows(ModuleMarker.InvalidMarkerException.class,
        () -> ModuleMarker.read(Map.of(ModuleMarker.FORMAT_FIELD, ModuleMarker.FORMAT,
            ModuleMarker.INVENTORY_CLASS_FIELD, "", "DECLARATIONS_PARTS", 0, "INVENTORY_PARTS", 2, "INVENTORY_0", "{")));
    assertThat(part).hasMessageThat().isEqualTo("its constant INVENTORY_1 is missing");
  }

  /** Writes the class, lets the JVM define it (which checks the class file), and reads its constants back. */
  private static ModuleMarker.Contents roundTrip(ModuleMarker marker, ModuleMarker.Contents contents) throws Exception {
    byte[] bytes = marker.classFile(contents);
    Class<?> type = new ClassLoader(null) {
      Class<?> define() {
        return defineClass(marker.qualifiedName(), bytes, 0, bytes.length);
      }
    }.define();
    Map<String, Object> constants = new HashMap<>();
    for (Field field : type.getDeclaredFields()) {
      assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())).isTrue();
      constants.put(field.getName(), field.get(null));
    }
    return ModuleMarker.read(constants).orElseThrow();
  }

  /** The class file's own measure: {@code DataOutputStream.writeUTF} writes modified UTF-8 after a two-byte length. */
  private static int modifiedUtf8Length(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(text);
    }
    return bytes.size() - 2;
  }
}
