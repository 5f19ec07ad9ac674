package dev.datasafety.processor;

import com.google.auto.service.AutoService;
import dev.datasafety.processor.changes.ChangeReport;
import dev.datasafety.processor.changes.InventoryComparison;
import dev.datasafety.processor.collect.Annotations;
import dev.datasafety.processor.collect.DependencyInventories;
import dev.datasafety.processor.collect.RoundCollector;
import dev.datasafety.processor.detect.PersonalDataClassifier;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.ProcessorVersion;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.generate.CodeGenerator;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.inventory.InventoryWriter;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.format.ModuleMarker;
import dev.datasafety.processor.options.Option;
import dev.datasafety.processor.options.ProcessorOptions;
import dev.datasafety.processor.options.Severity;
import dev.datasafety.processor.report.FindingsBaseline;
import dev.datasafety.processor.report.SarifReport;
import dev.datasafety.processor.validate.BaselineRule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The datasafety annotation processor. It only wires the stages and owns the round logic:
 * every round records what the sources declare; the last round checks everything and, when no
 * error was reported, writes the inventory. It never claims annotations and never throws.
 */
@AutoService(Processor.class)
public final class DataSafetyProcessor extends AbstractProcessor {
  static final String VERSION = ProcessorVersion.read();
  /**
   * How a processor registered as {@code dynamic} in {@code META-INF/gradle/incremental.annotation.processors}
   * tells Gradle, through {@link #getSupportedOptions()} after {@code init}, that it is aggregating.
   */
  static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";

  private ProcessorOptions options;
  private Reporter reporter;
  private Optional<BaselineRule> baseline = Optional.empty();
  private Optional<Inventory> approved = Optional.empty();
  private final RoundCollector collector = new RoundCollector();
  private DependencyInventories.Result dependencies;
  private InventoryWriter writer;
  private CodeGenerator generator;
  private PersonalDataClassifier classifier;
  private boolean incremental;
  private int rounds;
  private int dataCount;
  private long nanos;
  private long cpu;

  /**
   * Every type while the detector is on (SPEC v2 §2): javac calls a processor only for the
   * annotations it supports, and the detector must check a compilation that declares nothing yet.
   * Called by javac after {@link #init}, so the options are known.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    if (options != null && options.undeclaredPersonalData() != Severity.OFF) {
      return Set.of("*");
    }
    return Set.of(Annotations.USER_DATA, Annotations.NOT_USER_DATA, Annotations.PURPOSE, Annotations.PURPOSES,
        Annotations.RECIPIENT, Annotations.RECIPIENTS, Annotations.DATA_CONTROLLER);
  }

  /**
   * Every option, and, for Gradle, the aggregating type unless an option names a file this
   * processor reads or writes outside the Filer (baseline, output copy, report): Gradle cannot
   * track such a file, so with one of them the processor is not incremental and Gradle recompiles
   * the whole source set, which keeps the baseline check and the files right.
   */
  @Override
  public Set<String> getSupportedOptions() {
    if (!incremental) {
      return Option.keys();
    }
    Set<String> options = new HashSet<>(Option.keys());
    options.add(GRADLE_AGGREGATING);
    return Set.copyOf(options);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    incremental = Option.filesOutsideFiler(env.getOptions()).isEmpty();
    writer = new InventoryWriter(env.getFiler());
    Throwable bug = null;
    try {
      options = ProcessorOptions.parse(env.getOptions());
    } catch (RuntimeException | LinkageError parserBug) {
      options = ProcessorOptions.defaults();
      bug = parserBug;
    }
    reporter = new Reporter(env, VERSION, options.report().isPresent());
    generator = new CodeGenerator(env, options, reporter);
    if (bug != null) {
      reporter.internalError(bug);
      return;
    }
    for (ProcessorOptions.Problem problem : options.problems()) {
      reporter.report(Message.INVALID_OPTION, Position.none(), problem.option().key(), problem.value(), problem.reason());
    }
    options.baseline().ifPresent(file -> readOptionFile(Option.BASELINE, file, "a datasafety inventory",
            f -> InventoryJson.read(Files.readString(f, StandardCharsets.UTF_8)))
        .ifPresent(read -> {
          approved = Optional.of(read);
          baseline = Optional.of(new BaselineRule(read, file, this::candidateLocation));
        }));
    options.findingsBaseline().flatMap(file -> readOptionFile(Option.FINDINGS_BASELINE, file, "a SARIF report",
            FindingsBaseline::read))
        .ifPresent(reporter::silenceBaselined);
  }

  /** Reads the file an option names; a file of the wrong kind is an exception of the reader's own. */
  private interface OptionFileReader<T> {
    T read(Path file) throws IOException, InventoryJson.InvalidInventoryException, FindingsBaseline.InvalidReportException;
  }

  /** The content of the file an option names, or an invalid-option error saying why there is none. */
  private <T> Optional<T> readOptionFile(Option option, Path file, String expected, OptionFileReader<T> reader) {
    try {
      return Optional.of(reader.read(file));
    } catch (IOException | RuntimeException unreadable) {
      reporter.report(Message.INVALID_OPTION, Position.none(), option.key(), file,
          "the file cannot be read (" + unreadable + ")");
    } catch (InventoryJson.InvalidInventoryException | FindingsBaseline.InvalidReportException invalid) {
      reporter.report(Message.INVALID_OPTION, Position.none(), option.key(), file,
          "the file is not " + expected + ": " + invalid.getMessage());
    }
    return Optional.empty();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    // The management API is a start-up cost of its own: only a build that asked for stats pays it.
    long cpuStart = options.stats() ? cpuNanos() : 0;
    rounds++;
    try {
      if (round.processingOver()) {
        finish(round);
      } else {
        collect(round);
      }
    } catch (Throwable bug) {
      // Never throw out of process: a bug becomes one diagnostic asking for a report.
      reporter.internalError(bug);
    }
    nanos += System.nanoTime() - start;
    cpu += options.stats() ? cpuNanos() - cpuStart : 0;
    if (round.processingOver() && options.stats()) {
      reporter.report(Message.STATS, Position.none(), rounds, collector.elementsSeen(), dataCount, nanos / 1_000_000,
          cpu / 1_000_000);
    }
    if (round.processingOver()) {
      options.report().ifPresent(this::writeReport);
    }
    return false;
  }

  private void collect(RoundEnvironment round) throws IOException {
    collector.collect(round, processingEnv.getElementUtils());
    if (rounds == 1 && !collector.declarations().isEmpty()) {
      // A build that recompiles only some sources still inventories the whole module.
      collector.addUnchanged(
          DependencyInventories.earlierOwnDeclarations(processingEnv.getElementUtils(), processingEnv.getFiler()),
          processingEnv.getElementUtils());
    }
    // Generated sources must come before the last round, which javac does not compile.
    generator.generate(collector, this::dependencies);
  }

  /**
   * The dependencies' inventories, read once for the generator and the last round: the class
   * path does not change between rounds, and each read parses every dependency's JSON.
   */
  private DependencyInventories.Result dependencies() {
    if (dependencies == null) {
      dependencies = DependencyInventories.read(processingEnv.getElementUtils(), processingEnv.getFiler(),
          options.dependencyModules(), collector.namedModule().isEmpty());
    }
    return dependencies;
  }

  /** Every finding of the compilation, errors and warnings, uncapped (javac prints at most 100 warnings). */
  private void writeReport(Path file) {
    try {
      SarifReport.write(reporter.findings(), file, VERSION);
    } catch (IOException unwritable) {
      reporter.report(Message.INVALID_OPTION, Position.none(), Option.REPORT.key(), file,
          "the report cannot be written (" + unwritable + ")");
    } catch (RuntimeException | LinkageError bug) {
      reporter.internalError(bug);
    }
  }

  /** The change report (SPEC §9): what approving the candidate over the baseline means. */
  private void writeChanges(Path file, Inventory candidate) {
    String report = ChangeReport.markdown(InventoryComparison.compare(approved.orElseThrow(), candidate));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, report, StandardCharsets.UTF_8);
    } catch (IOException unwritable) {
      reporter.report(Message.INVALID_OPTION, Position.none(), Option.CHANGES.key(), file,
          "the change report cannot be written (" + unwritable + ")");
    }
  }

  private void finish(RoundEnvironment round) throws IOException {
    // Read before this round reports: ECJ counts the errors printed in the current round too, javac
    // only those of earlier rounds; either way this is about errors that are not datasafety's own.
    boolean otherErrors = round.errorRaised();
    InventoryCheck.Result result = new InventoryCheck(processingEnv, options, baseline, reporter, classifier())
        .run(collector, dependencies());
    dataCount = result.data();
    Set<String> declarations = collector.declarations();
    if (declarations.isEmpty() && dependencies().dependencies().isEmpty()) {
      // Adding the processor changes no module's output until it declares something (SPEC §7).
      if (options.undeclaredPersonalData() != Severity.OFF && result.detectorFindings() == 0
          && reporter.errorCount() == 0) {
        reporter.report(Message.FIRST_RUN, Position.none(), collector.rootTypes().size());
      }
      return;
    }
    boolean onlyBaselineChanges = reporter.errorCount() == reporter.errorCount(Message.BASELINE_CHANGE);
    if (baseline.isPresent() && onlyBaselineChanges && !otherErrors) {
      writer.writeCandidate(result.full());
      // Written when the build fails on baseline changes too: that is when the reviewer reads it.
      options.changes().ifPresent(file -> writeChanges(file, result.full()));
    }
    if (reporter.errorCount() == 0 && !otherErrors) {
      // Named in the last round, after every round's declarations: written with the inventory, the
      // marker adds no round (see ModuleMarker).
      Optional<ModuleMarker> marker = declarations.isEmpty()
          ? Optional.empty()
          : Optional.of(ModuleMarker.forDeclarations(collector.namedModule(), declarations));
      Optional<InventoryWriter.RuntimeTable> runtime = generator.inventoryClass().map(name -> new InventoryWriter.RuntimeTable(
          name.canonicalName(), result.plans(), dependencyInventoryClasses()));
      writer.write(result.full(), result.own(), marker, declarations, runtime,
          result.exports().values().stream().flatMap(List::stream).toList(), options.output());
    }
  }

  private List<String> dependencyInventoryClasses() {
    return dependencies().dependencies().stream()
        .map(DependencyInventories.Dependency::inventoryClass)
        .flatMap(Optional::stream)
        .filter(name -> !name.isEmpty())
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * Where the baseline's candidate is written, as the baseline-change message names it: relative
   * to the working directory when under it, as builds print paths.
   */
  private String candidateLocation() {
    try {
      URI uri = writer.candidate().toUri();
      if (!"file".equals(uri.getScheme())) {
        return uri.toString();
      }
      Path file = Path.of(uri);
      Path here = Path.of("").toAbsolutePath();
      return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
    } catch (IOException | RuntimeException unavailable) {
      return "(the source output, " + InventoryWriter.CANDIDATE_RESOURCE + ")";
    }
  }

  /**
   * CPU time of this thread: the processor's own time, which wall time overstates on a busy
   * machine. 0 where the JVM cannot tell.
   */
  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  /** The vocabulary is read once, and only when a last round needs it. */
  private PersonalDataClassifier classifier() {
    if (classifier == null) {
      classifier = PersonalDataClassifier.load();
    }
    return classifier;
  }
}
