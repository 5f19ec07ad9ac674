package dev.datasafety.processor.options;

import dev.datasafety.processor.export.ExportFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The processor's {@code -A} options (SPEC §4). Every one is listed in getSupportedOptions(). */
public enum Option {
  APPLICATION("datasafety.application", "the application name"),
  UNDECLARED_PERSONAL_DATA("datasafety.undeclaredPersonalData", "error, warning or off"),
  REQUIRE_REVIEW("datasafety.requireReview", "true or false"),
  MAX_RETENTION("datasafety.maxRetention", "an ISO-8601 duration such as P1Y"),
  EXPERIMENT_MAX_RETENTION("datasafety.experimentMaxRetention", "an ISO-8601 duration such as P1Y"),
  BASELINE("datasafety.baseline", "the path of the approved inventory file", true),
  OUTPUT("datasafety.output", "a file path", true),
  REPORT("datasafety.report", "a file path for the SARIF report", true),
  STATS("datasafety.stats", "true or false"),
  METAMODEL("datasafety.metamodel", "true or false"),
  PACKAGE("datasafety.package", "a Java package name such as com.acme.privacy"),
  FINDINGS_BASELINE("datasafety.findingsBaseline", "the path of a SARIF report of an earlier build"),
  CHANGES("datasafety.changes", "a file path for the change report, with datasafety.baseline", true),
  TODAY("datasafety.today", "an ISO-8601 date such as 2027-03-31"),
  EXPORTS("datasafety.exports", "a comma-separated list of " + ExportFormat.allowed()),
  DEPENDENCY_MODULES("datasafety.dependencyModules", "a comma-separated list of module names such as com.acme.catalog");

  private final String key;
  private final String allowed;
  private final boolean fileOutsideFiler;

  Option(String key, String allowed) {
    this(key, allowed, false);
  }

  /**
   * @param fileOutsideFiler whether the option names a file the processor reads or writes itself,
   *     not through the {@code Filer}: a build tool that tracks a processor's inputs and outputs
   *     through the Filer (Gradle's incremental compilation) does not see that file
   */
  Option(String key, String allowed, boolean fileOutsideFiler) {
    this.key = key;
    this.allowed = allowed;
    this.fileOutsideFiler = fileOutsideFiler;
  }

  public String key() {
    return key;
  }

  /** The allowed values, as the invalid-option message names them. */
  public String allowed() {
    return allowed;
  }

  /** The options among {@code raw} that name a file read or written outside the Filer, sorted by key. */
  public static List<Option> filesOutsideFiler(Map<String, String> raw) {
    return Arrays.stream(values()).filter(o -> o.fileOutsideFiler && raw.containsKey(o.key())).toList();
  }

  public static Set<String> keys() {
    return Arrays.stream(values()).map(Option::key).collect(Collectors.toUnmodifiableSet());
  }
}
