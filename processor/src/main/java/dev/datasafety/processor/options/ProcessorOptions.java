package dev.datasafety.processor.options;

import dev.datasafety.processor.export.ExportFormat;
import dev.datasafety.processor.model.IsoDate;
import dev.datasafety.processor.model.Retention;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.SourceVersion;

/**
 * The options, parsed and validated once at init. A bad value is kept as a {@link Problem} and
 * the option falls back to its default, so one build shows every problem.
 */
public record ProcessorOptions(
    Optional<String> application,
    Severity undeclaredPersonalData,
    boolean requireReview,
    Optional<Retention> maxRetention,
    Retention experimentMaxRetention,
    Optional<Path> baseline,
    Optional<Path> output,
    Optional<Path> report,
    boolean stats,
    boolean metamodel,
    Optional<String> packageName,
    Optional<Path> findingsBaseline,
    Optional<Path> changes,
    BuildDate today,
    List<ExportFormat> exports,
    List<String> dependencyModules,
    List<Problem> problems) {

  /** An option value outside its domain. */
  public record Problem(Option option, String value, String reason) {}

  public static final String DEFAULT_EXPERIMENT_MAX_RETENTION = "P1Y";

  public static ProcessorOptions parse(Map<String, String> raw) {
    Parser p = new Parser(raw);
    return new ProcessorOptions(
        p.text(Option.APPLICATION),
        p.severity(Option.UNDECLARED_PERSONAL_DATA, Severity.WARNING),
        p.bool(Option.REQUIRE_REVIEW, true),
        p.duration(Option.MAX_RETENTION),
        p.duration(Option.EXPERIMENT_MAX_RETENTION)
            .orElseGet(() -> Retention.parseDuration(DEFAULT_EXPERIMENT_MAX_RETENTION).retention().orElseThrow()),
        p.path(Option.BASELINE),
        p.path(Option.OUTPUT),
        p.path(Option.REPORT),
        p.bool(Option.STATS, false),
        p.bool(Option.METAMODEL, false),
        p.packageName(Option.PACKAGE),
        p.path(Option.FINDINGS_BASELINE),
        p.changes(),
        // The build's date unless fixed: reproducible builds and tests pin it.
        new BuildDate(p.date(Option.TODAY)),
        p.exports(Option.EXPORTS),
        p.moduleNames(Option.DEPENDENCY_MODULES),
        List.copyOf(p.problems));
  }

  public static ProcessorOptions defaults() {
    return parse(Map.of());
  }

  private static final class Parser {
    private final Map<String, String> raw;
    private final List<Problem> problems = new ArrayList<>();

    Parser(Map<String, String> raw) {
      this.raw = raw;
    }

    private Optional<String> value(Option option) {
      return Optional.ofNullable(raw.get(option.key())).map(String::strip);
    }

    Optional<String> text(Option option) {
      Optional<String> value = value(option);
      if (value.isPresent() && value.get().isEmpty()) {
        problems.add(new Problem(option, "", "it is empty; expected " + option.allowed()));
        return Optional.empty();
      }
      return value;
    }

    Optional<Path> path(Option option) {
      return parsed(option, Path::of, invalid -> "it is not a valid path: " + invalid.getMessage());
    }

    /** A text option parsed; a value the parser rejects is a problem, named with why. */
    private <T> Optional<T> parsed(Option option, Function<String, T> parse, Function<RuntimeException, String> why) {
      return text(option).flatMap(v -> {
        try {
          return Optional.of(parse.apply(v));
        } catch (RuntimeException invalid) {
          problems.add(new Problem(option, v, why.apply(invalid)));
          return Optional.empty();
        }
      });
    }

    /** A named package: dot-separated Java identifiers, none a keyword. */
    Optional<String> packageName(Option option) {
      return text(option).filter(v -> {
        if (SourceVersion.isName(v)) {
          return true;
        }
        problems.add(new Problem(option, v, "it is not a Java package name; expected " + option.allowed()));
        return false;
      });
    }

    boolean bool(Option option, boolean fallback) {
      Optional<String> value = value(option);
      if (value.isEmpty()) {
        return fallback;
      }
      switch (value.get().toLowerCase(Locale.ROOT)) {
        case "true":
          return true;
        case "false":
          return false;
        default:
          problems.add(new Problem(option, value.get(), "expected " + option.allowed()));
          return fallback;
      }
    }

    Severity severity(Option option, Severity fallback) {
      Optional<String> value = value(option);
      if (value.isEmpty()) {
        return fallback;
      }
      for (Severity s : Severity.values()) {
        if (s.name().equalsIgnoreCase(value.get())) {
          return s;
        }
      }
      problems.add(new Problem(option, value.get(), "expected " + option.allowed()));
      return fallback;
    }

    /** Export names, each once, in the order of {@link ExportFormat}; an unknown name is a problem. */
    List<ExportFormat> exports(Option option) {
      Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
      for (String name : value(option).map(v -> v.split(",", -1)).orElse(new String[0])) {
        String id = name.strip().toLowerCase(Locale.ROOT);
        Optional<ExportFormat> format = ExportFormat.byId(id);
        if (format.isPresent()) {
          formats.add(format.get());
        } else {
          problems.add(new Problem(option, raw.get(option.key()), (id.isEmpty() ? "it names an empty export"
              : "'" + id + "' is not an export") + "; expected " + option.allowed()));
        }
      }
      return List.copyOf(formats);
    }

    /**
     * Module names, each once, in the order given: a class-path build finds a named module's marker
     * only by the module's name (see DependencyInventories). A name that is not one is a problem.
     */
    List<String> moduleNames(Option option) {
      Set<String> names = new LinkedHashSet<>();
      for (String name : value(option).map(v -> v.split(",", -1)).orElse(new String[0])) {
        String module = name.strip();
        if (SourceVersion.isName(module)) {
          names.add(module);
        } else {
          problems.add(new Problem(option, raw.get(option.key()), (module.isEmpty() ? "it names an empty module"
              : "'" + module + "' is not a module name") + "; expected " + option.allowed()));
        }
      }
      return List.copyOf(names);
    }

    /** The change report compares with the baseline: without one there is nothing to report. */
    Optional<Path> changes() {
      Optional<Path> changes = path(Option.CHANGES);
      if (changes.isPresent() && !raw.containsKey(Option.BASELINE.key())) {
        problems.add(new Problem(Option.CHANGES, raw.get(Option.CHANGES.key()), "it needs -A" + Option.BASELINE.key()
            + ": the change report lists the differences from the approved baseline"));
        return Optional.empty();
      }
      return changes;
    }

    Optional<LocalDate> date(Option option) {
      return parsed(option, v -> IsoDate.parse(v).orElseThrow(),
          notADate -> "it is not a date; expected " + option.allowed());
    }

    Optional<Retention> duration(Option option) {
      Optional<String> value = value(option);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      Retention.Parsed parsed = Retention.parseDuration(value.get());
      if (parsed.retention().isEmpty()) {
        problems.add(new Problem(option, value.get(), parsed.problem() + "; expected " + option.allowed()));
      }
      return parsed.retention();
    }
  }
}
