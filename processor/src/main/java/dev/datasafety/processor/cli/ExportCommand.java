package dev.datasafety.processor.cli;

import dev.datasafety.processor.export.ExportFile;
import dev.datasafety.processor.export.ExportFormat;
import dev.datasafety.processor.export.Exporter;
import dev.datasafety.processor.export.MissingFact;
import dev.datasafety.processor.model.Inventory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export --format NAME [--out FILE] INVENTORY}: the same exporter the processor runs, so
 * the same bytes as {@code -Adatasafety.exports}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Writes an export of an inventory: the same file(s) the processor writes with"
        + " -Adatasafety.exports.",
        "One file goes to --out, or to stdout without it; an export of several files (ropa) goes into the"
            + " directory --out names, or the current directory.",
        "INVENTORY is " + InventoryFiles.ACCEPTED},
    footer = {"", "Exit codes: 0 written; 2 bad input, an unknown format, or facts the export needs are missing."})
final class ExportCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintWriter err;
  private final Path workingDirectory;
  private final Function<ExportFormat, Exporter> exporters;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "NAME",
      description = "the export: play, apple, fides, ropa, dpv or review")
  private String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "where to write: a file for a one-file export (or a directory to write it into), a directory"
          + " for several files")
  private Path outPath;

  @Parameters(paramLabel = "INVENTORY", description = "the inventory to export")
  private Path inventory;

  ExportCommand(PrintStream out, PrintWriter err, Path workingDirectory, Function<ExportFormat, Exporter> exporters) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
    this.exporters = exporters;
  }

  @Override
  public Integer call() throws BadInput {
    ExportFormat chosen = ExportFormat.byId(format.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new BadInput(CliMessage.UNKNOWN_EXPORT, format, ExportFormat.allowed()));
    Inventory read = InventoryFiles.read(workingDirectory, inventory);
    Exporter exporter = exporters.apply(chosen);
    List<MissingFact> missing = exporter.missing(read);
    if (!missing.isEmpty()) {
      throw new BadInput(missing.stream().map(ExportCommand::line).toList(), CliMessage.MISSING_FACTS, chosen.id(),
          missing.size());
    }
    List<ExportFile> files = exporter.render(read);
    if (files.size() == 1 && outPath == null) {
      out.writeBytes(files.get(0).content().getBytes(StandardCharsets.UTF_8));
      return 0;
    }
    Path target = outPath == null ? workingDirectory : workingDirectory.resolve(outPath);
    List<Path> written = new ArrayList<>();
    if (files.size() == 1 && !Files.isDirectory(target)) {
      written.add(target);
    } else {
      if (Files.isRegularFile(target)) {
        throw new BadInput(CliMessage.OUT_IS_A_FILE, outPath, chosen.id(), files.size(),
            String.join(", ", chosen.files()));
      }
      files.forEach(f -> written.add(target.resolve(f.name())));
    }
    for (int i = 0; i < files.size(); i++) {
      write(written.get(i), files.get(i).content());
      err.println(CliMessage.WROTE.format(written.get(i)));
    }
    return 0;
  }

  private static void write(Path file, String content) throws BadInput {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unwritable) {
      throw new BadInput(CliMessage.UNWRITABLE, file, unwritable.getMessage());
    }
  }

  private static String line(MissingFact fact) {
    if (fact.subject() == MissingFact.Subject.APPLICATION) {
      return CliMessage.MISSING_APPLICATION_FACT.format(fact.fact(), fact.fix());
    }
    return CliMessage.MISSING_FACT.format(fact.subject().name().toLowerCase(Locale.ROOT), fact.id(), fact.fact(),
        fact.element().isEmpty() ? "" : " (" + fact.element() + ")", fact.fix());
  }
}
