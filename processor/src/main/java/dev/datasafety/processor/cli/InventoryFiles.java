package dev.datasafety.processor.cli;

import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.Inventory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the inventory a command names: an {@code inventory.json}, a class output folder, or a
 * jar, war or zip holding one (a plain jar, a Spring Boot executable jar, a war), in format 1 or 2.
 */
final class InventoryFiles {
  /** Where an archive holds the application's inventory, in the order they are looked for. */
  static final List<String> IN_ARCHIVE = List.of(
      "META-INF/datasafety/inventory.json",
      "BOOT-INF/classes/META-INF/datasafety/inventory.json",
      "WEB-INF/classes/META-INF/datasafety/inventory.json");

  private InventoryFiles() {}

  static Inventory read(Path file) throws BadInput {
    if (Files.isDirectory(file)) {
      Path inside = file.resolve(IN_ARCHIVE.get(0));
      if (!Files.isRegularFile(inside)) {
        throw new BadInput(CliMessage.DIRECTORY_WITHOUT_INVENTORY, file, IN_ARCHIVE.get(0));
      }
      return read(inside);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException missing) {
      throw new BadInput(CliMessage.NO_SUCH_FILE, file);
    } catch (IOException | RuntimeException unreadable) {
      throw new BadInput(CliMessage.UNREADABLE, file, unreadable.getMessage());
    }
    return isZip(bytes) ? fromArchive(file) : parse(file.toString(), bytes);
  }

  /** A zip's local file header or, for an empty zip, its end record. */
  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
        && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
  }

  private static Inventory fromArchive(Path file) throws BadInput {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (String name : IN_ARCHIVE) {
        ZipEntry entry = zip.getEntry(name);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            return parse(file + "!/" + name, in.readAllBytes());
          }
        }
      }
    } catch (ZipException corrupt) {
      throw new BadInput(CliMessage.NOT_A_JAR, file, corrupt.getMessage());
    } catch (IOException | RuntimeException unreadable) {
      throw new BadInput(CliMessage.UNREADABLE, file, unreadable.getMessage());
    }
    throw new BadInput(CliMessage.JAR_WITHOUT_INVENTORY, file, String.join(", ", IN_ARCHIVE));
  }

  private static Inventory parse(String name, byte[] bytes) throws BadInput {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notText) {
      throw new BadInput(CliMessage.NOT_TEXT, name);
    }
    try {
      return InventoryJson.read(text);
    } catch (InventoryJson.InvalidInventoryException invalid) {
      throw new BadInput(CliMessage.NOT_AN_INVENTORY, name, invalid.getMessage());
    }
  }
}
