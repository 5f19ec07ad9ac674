package dev.datasafety.processor.options;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The processor's {@code -A} options (SPEC §4). Every one is listed in getSupportedOptions(). */
public enum Option {
  APPLICATION("datasafety.application", "the application name"),
  UNDECLARED_PERSONAL_DATA("datasafety.undeclaredPersonalData", "error, warning or off"),
  REQUIRE_REVIEW("datasafety.requireReview", "true or false"),
  MAX_RETENTION("datasafety.maxRetention", "an ISO-8601 duration such as P1Y"),
  EXPERIMENT_MAX_RETENTION("datasafety.experimentMaxRetention", "an ISO-8601 duration such as P1Y"),
  BASELINE("datasafety.baseline", "the path of the approved inventory file"),
  OUTPUT("datasafety.output", "a file path"),
  REPORT("datasafety.report", "a file path for the SARIF report"),
  STATS("datasafety.stats", "true or false"),
  METAMODEL("datasafety.metamodel", "true or false"),
  PACKAGE("datasafety.package", "a Java package name such as com.acme.privacy"),
  FINDINGS_BASELINE("datasafety.findingsBaseline", "the path of a SARIF report of an earlier build"),
  TODAY("datasafety.today", "an ISO-8601 date such as 2027-03-31");

  private final String key;
  private final String allowed;

  Option(String key, String allowed) {
    this.key = key;
    this.allowed = allowed;
  }

  public String key() {
    return key;
  }

  /** The allowed values, as the invalid-option message names them. */
  public String allowed() {
    return allowed;
  }

  public static Set<String> keys() {
    return Arrays.stream(values()).map(Option::key).collect(Collectors.toUnmodifiableSet());
  }
}
