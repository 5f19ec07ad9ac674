package dev.datasafety.processor.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datasafety.processor.diag.Finding;
import dev.datasafety.processor.model.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The findings of an earlier SARIF report ({@code datasafety.findingsBaseline}): the fingerprints
 * of its results, so that the findings already in it are not reported again. A result without a
 * datasafety fingerprint (a report of another tool, or hand-edited) is recognised by its rule,
 * member and category, which are what the fingerprint is made of.
 */
public final class FindingsBaseline {
  private FindingsBaseline() {}

  /** Thrown when the file is not a SARIF log. */
  public static final class InvalidReportException extends Exception {
    InvalidReportException(String message) {
      super(message);
    }
  }

  public static Set<String> read(Path file) throws IOException, InvalidReportException {
    JsonNode log;
    try {
      log = JsonTrees.read(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      throw new InvalidReportException("it is not JSON (" + notJson.getOriginalMessage() + ")");
    }
    if (log == null || !log.path("runs").isArray()) {
      throw new InvalidReportException("it has no \"runs\" array, so it is not a SARIF log");
    }
    Set<String> fingerprints = new TreeSet<>();
    for (JsonNode run : log.path("runs")) {
      for (JsonNode result : run.path("results")) {
        JsonNode print = result.path("partialFingerprints").path(SarifReport.FINGERPRINT);
        if (print.isTextual()) {
          fingerprints.add(print.asText());
        } else if (result.path("ruleId").isTextual() && result.path("properties").path("member").isTextual()) {
          fingerprints.add(Finding.fingerprint(
              result.path("ruleId").asText(),
              result.path("properties").path("member").asText(),
              result.path("properties").path("category").asText("")));
        }
      }
    }
    return fingerprints;
  }
}
