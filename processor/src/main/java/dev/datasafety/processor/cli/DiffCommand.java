package dev.datasafety.processor.cli;

import dev.datasafety.processor.changes.ChangeReport;
import dev.datasafety.processor.changes.ChangeSet;
import dev.datasafety.processor.changes.InventoryComparison;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW}: the change report, exit code 1 when a change weakens data safety. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Prints every difference between an approved inventory (OLD) and a new one (NEW), grouped by datum,"
        + " weakening changes first, each saying what approving it means.",
        "OLD and NEW are " + InventoryFiles.ACCEPTED},
    footer = {"", "Exit codes: 0 nothing weakens data safety; 1 a change weakens it; 2 bad input or usage."})
final class DiffCommand implements Callable<Integer> {
  private final PrintStream out;
  private final Path workingDirectory;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown (a pull-request comment), text or json; default: ${DEFAULT-VALUE}")
  private String format;

  @Parameters(index = "0", paramLabel = "OLD", description = "the approved inventory (the baseline)")
  private Path approved;

  @Parameters(index = "1", paramLabel = "NEW", description = "the new inventory")
  private Path current;

  DiffCommand(PrintStream out, Path workingDirectory) {
    this.out = out;
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() throws BadInput {
    ChangeReport.Form form = Arrays.stream(ChangeReport.Form.values())
        .filter(f -> f.id().equals(format.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new BadInput(CliMessage.UNKNOWN_DIFF_FORMAT, format, Arrays.stream(ChangeReport.Form.values())
            .map(ChangeReport.Form::id).collect(Collectors.joining(", "))));
    ChangeSet changes = InventoryComparison.compare(InventoryFiles.read(workingDirectory, approved),
        InventoryFiles.read(workingDirectory, current));
    out.writeBytes(form.render(changes).getBytes(StandardCharsets.UTF_8));
    return changes.weakens() ? Main.WEAKENS : 0;
  }
}
