package dev.datasafety.processor.inventory;

import dev.datasafety.processor.collect.ExportPlans;
import dev.datasafety.processor.export.ExportFile;
import dev.datasafety.processor.export.ExportFormat;
import dev.datasafety.processor.format.DocumentText;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.format.ModuleMarker;
import dev.datasafety.processor.format.Utf8Writer;
import dev.datasafety.processor.model.Inventory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes the inventory documents of one compilation, once. */
public final class InventoryWriter {
  /** Where the application's inventory ships: the class output, hence the jar. */
  public static final String INVENTORY_RESOURCE = "META-INF/datasafety/inventory.json";

  /** The candidate for a new baseline, in the source output. */
  public static final String CANDIDATE_RESOURCE = "datasafety/inventory.candidate.json";

  /** Bytes written to a file at once: a megabyte document in a few hundred writes, not thousands. */
  private static final int BUFFER_BYTES = 1 << 16;

  private final Filer filer;
  private boolean written;
  private FileObject candidate;

  public InventoryWriter(Filer filer) {
    this.filer = filer;
  }

  /** The run-time side of the module: its generated inventory class and what its table holds. */
  public record RuntimeTable(String inventoryClass, List<ExportPlans.Plan> plans, List<String> dependencyInventoryClasses) {
    String packageName() {
      int dot = inventoryClass.lastIndexOf('.');
      return dot < 0 ? "" : inventoryClass.substring(0, dot);
    }
  }

  /**
   * Writes the full inventory to the class output (and to {@code copy} when set); beside the
   * generated inventory class, the table it reads at run time; for the modules that depend on this
   * one, the marker class that carries its own part, its inventory class and the declarations that
   * named the marker; and the exports the build asked for (SPEC §9).
   */
  public void write(Inventory full, Inventory own, Optional<ModuleMarker> marker, Collection<String> declarations,
      Optional<RuntimeTable> runtime, List<ExportFile> exports,
      Optional<Path> copy) throws IOException {
    if (written) {
      throw new IllegalStateException("the inventory was already written in this compilation");
    }
    written = true;
    // The document exists once, in chunks, while javac's trees fill the heap: every output is
    // written from it chunk by chunk, none builds it as one string.
    DocumentText document = InventoryJson.document(full);
    writeText("", INVENTORY_RESOURCE, document::writeTo);
    if (runtime.isPresent()) {
      RuntimeTable table = runtime.get();
      writeText(table.packageName(), ModuleTable.RESOURCE,
          out -> ModuleTable.write(out, document, table.plans(), table.dependencyInventoryClasses()));
    }
    if (marker.isPresent()) {
      // Without dependencies the module's own part is the whole inventory (InventoryCheck then passes
      // the same instance): written once.
      DocumentText ownDocument = own == full ? document : InventoryJson.document(own);
      // A resource, not Filer.createClassFile: a class file would make javac run one more round.
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, marker.get().packageName(),
          marker.get().classFileName());
      try (OutputStream out = file.openOutputStream()) {
        marker.get().writeClassFile(runtime.map(RuntimeTable::inventoryClass).orElse(""), ownDocument,
            declarations.stream().sorted().distinct().toList(), out);
      }
      Optional<String> module = marker.get().moduleName();
      if (module.isPresent()) {
        writeResource("", ModuleMarker.MODULE_NAME_RESOURCE, (module.get() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    for (ExportFile export : exports) {
      writeResource("", ExportFormat.DIRECTORY + export.name(), export.content().getBytes(StandardCharsets.UTF_8));
    }
    if (copy.isPresent()) {
      Path target = copy.get().toAbsolutePath();
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      try (Writer out = new Utf8Writer(new BufferedOutputStream(Files.newOutputStream(target), BUFFER_BYTES))) {
        document.writeTo(out);
      }
    }
  }

  /**
   * Where the inventory this build would ship goes when a baseline is set: the source output (not
   * shipped in the jar), so that a reviewer can approve a change by copying it over the baseline,
   * even when the build failed on that change. Created once, written by {@link #writeCandidate}.
   */
  public FileObject candidate() throws IOException {
    if (candidate == null) {
      candidate = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", CANDIDATE_RESOURCE);
    }
    return candidate;
  }

  public void writeCandidate(Inventory full) throws IOException {
    writeUtf8(candidate(), InventoryJson.document(full)::writeTo);
  }

  /** What writes a text resource's content. */
  private interface TextContent {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * A UTF-8 text resource, encoded as it is written rather than as one byte array first (the
   * inventory of a large module is megabytes). The document escapes unpaired surrogates, and names
   * hold none, so the bytes are those of {@code String.getBytes(UTF_8)}.
   */
  private void writeText(String pkg, String path, TextContent content) throws IOException {
    writeUtf8(filer.createResource(StandardLocation.CLASS_OUTPUT, pkg, path), content);
  }

  private static void writeUtf8(FileObject file, TextContent content) throws IOException {
    try (Writer out = new Utf8Writer(new BufferedOutputStream(file.openOutputStream(), BUFFER_BYTES))) {
      content.writeTo(out);
    }
  }

  private void writeResource(String pkg, String path, byte[] content) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg, path);
    try (OutputStream out = file.openOutputStream()) {
      out.write(content);
    }
  }
}
