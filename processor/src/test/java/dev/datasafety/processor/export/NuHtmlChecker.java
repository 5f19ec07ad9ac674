package dev.datasafety.processor.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker (the checker behind validator.w3.org/nu), run in process on a document. */
final class NuHtmlChecker {
  private NuHtmlChecker() {}

  /** One message: {@code error}, {@code warning} (an info with that subtype) or {@code info}. */
  record Finding(String kind, String message, String extract, long line) {
    @Override
    public String toString() {
      return kind + " at line " + line + ": " + message + " [" + extract + "]";
    }
  }

  static List<Finding> check(String html) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    String json = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    List<Finding> findings = new ArrayList<>();
    for (JsonNode m : new ObjectMapper().readTree(json).path("messages")) {
      String type = m.path("type").asText();
      String kind = type.equals("info") && m.path("subType").asText().equals("warning") ? "warning"
          : type.equals("non-document-error") ? "error" : type;
      findings.add(new Finding(kind, m.path("message").asText(), m.path("extract").asText(), m.path("lastLine").asLong()));
    }
    return findings;
  }

  static List<Finding> errors(String html) throws Exception {
    return check(html).stream().filter(f -> f.kind().equals("error")).toList();
  }

  static List<Finding> errorsAndWarnings(String html) throws Exception {
    return check(html).stream().filter(f -> !f.kind().equals("info")).toList();
  }
}
