package dev.datasafety.processor.cli;

import dev.datasafety.processor.diag.ProcessorVersion;
import dev.datasafety.processor.export.ExportFormat;
import dev.datasafety.processor.export.Exporter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line, run from the processor jar itself: {@code java -jar datasafety-processor.jar
 * export|diff ...}. Exit codes: 0 done, 1 {@code diff} found a change that weakens data safety,
 * 2 bad input or usage (one line on stderr, never a stack trace).
 */
@Command(name = Main.NAME, mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Exports and change reports from a datasafety inventory (an inventory.json, or a jar that holds"
        + " one).",
    footer = {"", "Exit codes: 0 done; 1 diff found a change that weakens data safety; 2 bad input or usage."})
public final class Main implements Callable<Integer> {
  static final String NAME = "java -jar datasafety-processor.jar";
  static final int WEAKENS = 1;
  static final int BAD_INPUT = 2;

  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, Path.of(""), ExportFormat::exporter));
  }

  /**
   * Runs one command; what it writes goes to {@code out} (exact UTF-8 bytes), messages to
   * {@code err}.
   *
   * @param workingDirectory where relative paths and an export of several files without --out go
   * @param exporters the exporter of each format (the real ones, or a test's)
   */
  static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory,
      Function<ExportFormat, Exporter> exporters) {
    PrintWriter errors = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine line = new CommandLine(new Main())
        .addSubcommand(new ExportCommand(out, errors, workingDirectory, exporters))
        .addSubcommand(new DiffCommand(out, workingDirectory));
    line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    line.setErr(errors);
    line.setParameterExceptionHandler((problem, arguments) -> {
      errors.println("datasafety: " + problem.getMessage());
      errors.println(CliMessage.USAGE_HINT.format(problem.getCommandLine().getCommandSpec().qualifiedName()));
      return BAD_INPUT;
    });
    line.setExecutionExceptionHandler((failure, command, parsed) -> {
      if (failure instanceof BadInput) {
        errors.println("datasafety: " + failure.getMessage());
        ((BadInput) failure).details().forEach(errors::println);
      } else {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        errors.println("datasafety: " + CliMessage.INTERNAL_ERROR.format(ProcessorVersion.read(), failure));
        errors.print(trace);
      }
      return BAD_INPUT;
    });
    int exit = line.execute(args);
    out.flush();
    errors.flush();
    return exit;
  }

  /** Without a command there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: export or diff.");
  }

  /** {@code --version}: the processor's own. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"datasafety " + ProcessorVersion.read()};
    }
  }
}
