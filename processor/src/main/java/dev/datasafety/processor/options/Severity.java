package dev.datasafety.processor.options;

/** How a configurable check reports: {@code error}, {@code warning} or {@code off}. */
public enum Severity {
  ERROR,
  WARNING,
  OFF
}
