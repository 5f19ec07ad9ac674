package dev.datasafety.processor.inventory;

import dev.datasafety.processor.model.Inventory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes the inventory documents of one compilation, once. */
public final class InventoryWriter {
  /** Where the application's inventory ships: the class output, hence the jar. */
  public static final String INVENTORY_RESOURCE = "META-INF/datasafety/inventory.json";

  private final Filer filer;
  private boolean written;

  public InventoryWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the full inventory to the class output (and to {@code copy} when set), and for the
   * modules that depend on this one, its own part under its marker's resource name and the
   * marker class that points to it, and the declarations that named the marker.
   */
  public void write(Inventory full, Inventory own, Optional<ModuleMarker> marker, Collection<String> declarations,
      Optional<Path> copy) throws IOException {
    if (written) {
      throw new IllegalStateException("the inventory was already written in this compilation");
    }
    written = true;
    String document = InventoryJson.write(full);
    writeResource("", INVENTORY_RESOURCE, document.getBytes(StandardCharsets.UTF_8));
    if (marker.isPresent()) {
      writeResource("", marker.get().resourcePath(), InventoryJson.write(own).getBytes(StandardCharsets.UTF_8));
      writeResource("", marker.get().declarationsPath(),
          declarations.stream().sorted().map(d -> d + "\n").collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8));
      // A resource, not Filer.createClassFile: a class file would make javac run one more round.
      writeResource(ModuleMarker.PACKAGE, marker.get().classFileName(), marker.get().classFile());
    }
    if (copy.isPresent()) {
      Path target = copy.get().toAbsolutePath();
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, document, StandardCharsets.UTF_8);
    }
  }

  private void writeResource(String pkg, String path, byte[] content) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg, path);
    try (OutputStream out = file.openOutputStream()) {
      out.write(content);
    }
  }
}
