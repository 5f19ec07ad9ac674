package dev.datasafety.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Reads the inventory document that ships beside a generated class. Several jars on a class path
 * may each hold {@code META-INF/datasafety/inventory.json} (a library built with datasafety has
 * its own); a plain class-loader lookup returns whichever comes first. So the document is looked
 * up in the class path entry (folder or jar) that holds the anchor class, and only falls back to
 * the class loader when that entry cannot be named (unusual class loaders).
 */
public final class InventoryResource {
  /** Where the processor writes the document in the class output. */
  public static final String PATH = "META-INF/datasafety/inventory.json";

  private InventoryResource() {}

  /**
   * The document shipped with {@code anchor}'s class path entry.
   *
   * @throws UncheckedIOException when it is missing or unreadable
   */
  public static String read(Class<?> anchor) {
    try (InputStream in = open(anchor)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(PATH + " is not on the class path of " + anchor.getName()
            + "; was it compiled with the datasafety processor, without errors?"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(Class<?> anchor) throws IOException {
    String classFile = anchor.getName().replace('.', '/') + ".class";
    URL classUrl = anchor.getResource("/" + classFile);
    if (classUrl != null) {
      String url = classUrl.toString();
      if (url.endsWith(classFile) && (url.startsWith("file:") || url.startsWith("jar:"))) {
        URL sibling = new URL(url.substring(0, url.length() - classFile.length()) + PATH);
        try {
          return sibling.openStream();
        } catch (IOException missing) {
          return null;
        }
      }
    }
    ClassLoader loader = anchor.getClassLoader();
    return loader == null ? null : loader.getResourceAsStream(PATH);
  }
}
