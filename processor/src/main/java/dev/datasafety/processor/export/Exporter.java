package dev.datasafety.processor.export;

import dev.datasafety.processor.model.Inventory;
import java.util.List;

/**
 * One document made from the inventory (SPEC §9). The processor and the command line call the same
 * exporter, so a form written by the build and one written by {@code export} are the same bytes.
 */
public interface Exporter {

  /**
   * What the inventory lacks for this document: every datum, purpose or application-level fact the
   * document cannot be written without. Empty when {@link #render} can run.
   */
  List<MissingFact> missing(Inventory inventory);

  /**
   * The document's files, in a fixed order, each byte-deterministic for one inventory. Called only
   * when {@link #missing} is empty.
   */
  List<ExportFile> render(Inventory inventory);
}
