package dev.datasafety.processor.diag;

import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * One reported message, with its source location resolved, as the SARIF report and tests read
 * it. {@code dataType} is the recognised kind of personal data for detector findings.
 */
public record Finding(
    String key,
    Diagnostic.Kind severity,
    String message,
    Optional<SourceLocation> location,
    String member,
    Optional<String> dataType) {

  /** A file and a 1-based line and column. */
  public record SourceLocation(String file, long line, long column) {}
}
