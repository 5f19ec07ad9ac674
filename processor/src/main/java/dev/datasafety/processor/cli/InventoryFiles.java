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
  /** What the commands' help says an inventory argument may be. */
  static final String ACCEPTED = "an inventory.json (format 1 or 2), a class output folder, or a jar, war or zip"
      + " holding META-INF/datasafety/inventory.json (also under BOOT-INF/classes/ or WEB-INF/classes/).";

  /** Where an archive holds the application's inventory, in the order they are looked for. */
  static final List<String> IN_ARCHIVE = List.of(
      "META-INF/datasafety/inventory.json",
      "BOOT-INF/classes/META-INF/datasafety/inventory.json",
      "WEB-INF/classes/META-INF/datasafety/inventory.json");

  private InventoryFiles() {}

  /**
   * @param workingDirectory what a relative {@code given} path is resolved against
   * @param given the path as the user wrote it, which messages name
   */
  static Inventory read(Path workingDirectory, Path given) throws BadInput {
    Path file = workingDirectory.resolve(given);
    if (Files.isDirectory(file)) {
      if (!Files.isRegularFile(file.resolve(IN_ARCHIVE.get(0)))) {
        throw new BadInput(CliMessage.DIRECTORY_WITHOUT_INVENTORY, given, IN_ARCHIVE.get(0));
      }
      return read(workingDirectory, given.resolve(IN_ARCHIVE.get(0)));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException missing) {
      throw new BadInput(CliMessage.NO_SUCH_FILE, given);
    } catch (IOException | RuntimeException unreadable) {
      throw new BadInput(CliMessage.UNREADABLE, given, unreadable.getMessage());
    }
    return isZip(bytes) ? fromArchive(file, given) : parse(given.toString(), bytes);
  }

  /** A zip's local file header or, for an empty zip, its end record. */
  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
        && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
  }

  private static Inventory fromArchive(Path file, Path given) throws BadInput {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (String name : IN_ARCHIVE) {
        ZipEntry entry = zip.getEntry(name);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            return parse(given + "!/" + name, in.readAllBytes());
          }
        }
      }
    } catch (ZipException corrupt) {
      throw new BadInput(CliMessage.NOT_A_JAR, given, corrupt.getMessage());
    } catch (IOException | RuntimeException unreadable) {
      throw new BadInput(CliMessage.UNREADABLE, given, unreadable.getMessage());
    }
    throw new BadInput(CliMessage.JAR_WITHOUT_INVENTORY, given, String.join(", ", IN_ARCHIVE));
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
