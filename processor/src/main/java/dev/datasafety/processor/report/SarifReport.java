package dev.datasafety.processor.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datasafety.processor.diag.Finding;
import dev.datasafety.processor.diag.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;

/**
 * Writes the findings of a compilation as a SARIF 2.1.0 log, the format code-scanning tools read:
 * one run, one rule per message key, one result per finding with its level, location (file URI,
 * line and column as javac reports them), logical location (the member), a fingerprint stable
 * across line moves and, for detector findings, the SPEC §3.1 category and the detector's data
 * type in the result's properties.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The key of the fingerprint in {@code partialFingerprints}, versioned with its recipe. */
  public static final String FINGERPRINT = "datasafety/v1";
  static final String DOCS = "https://github.com/datasafety/datasafety/blob/main/docs/checks/";

  private SarifReport() {}

  public static void write(List<Finding> findings, Path file, String toolVersion) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(findings, toolVersion), StandardCharsets.UTF_8);
  }

  static String toJson(List<Finding> findings, String toolVersion) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode log = json.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    run.put("columnKind", "utf16CodeUnits"); // a tab is one column, as javac's character positions count it
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "datasafety");
    driver.put("version", toolVersion);
    driver.put("informationUri", "https://github.com/datasafety/datasafety");

    // Rules: every key that has a finding, sorted, so results can refer to them by index.
    Map<String, Message> rules = new TreeMap<>();
    for (Finding finding : findings) {
      messageOf(finding.key()).ifPresent(m -> rules.put(m.key(), m));
    }
    ArrayNode ruleNodes = driver.putArray("rules");
    List<String> ruleIds = List.copyOf(rules.keySet());
    for (Message message : rules.values()) {
      ObjectNode rule = ruleNodes.addObject();
      rule.put("id", message.key());
      rule.putObject("shortDescription").put("text", "datasafety:" + message.key());
      rule.putObject("defaultConfiguration").put("level", level(message.kind()));
      rule.put("helpUri", DOCS + message.key() + ".md");
    }

    ArrayNode results = run.putArray("results");
    for (Finding finding : findings) {
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.key());
      int index = ruleIds.indexOf(finding.key());
      if (index >= 0) {
        result.put("ruleIndex", index);
      }
      result.put("level", level(finding.severity()));
      result.putObject("message").put("text", finding.message());
      if (finding.location().isPresent() || !finding.member().isEmpty()) {
        ObjectNode location = result.putArray("locations").addObject();
        finding.location().ifPresent(at -> {
          ObjectNode physical = location.putObject("physicalLocation");
          physical.putObject("artifactLocation").put("uri", at.file());
          ObjectNode region = physical.putObject("region");
          region.put("startLine", Math.max(1, at.line()));
          region.put("startColumn", Math.max(1, at.column()));
        });
        if (!finding.member().isEmpty()) {
          ObjectNode logical = location.putArray("logicalLocations").addObject();
          logical.put("fullyQualifiedName", finding.member());
          logical.put("kind", finding.member().contains("#") ? "member" : "type");
        }
      }
      // Code-scanning tools match results across builds by these, never by line.
      finding.fingerprint().ifPresent(print -> result.putObject("partialFingerprints").put(FINGERPRINT, print));
      ObjectNode properties = result.putObject("properties");
      properties.put("member", finding.member());
      finding.detection().ifPresent(detection -> {
        properties.put("category", detection.category());
        properties.put("dataType", detection.dataType());
      });
    }
    try {
      return json.writeValueAsString(log).replace("\r\n", "\n") + "\n";
    } catch (IOException cannotHappenForATree) {
      throw new IllegalStateException(cannotHappenForATree);
    }
  }

  private static java.util.Optional<Message> messageOf(String key) {
    for (Message message : Message.values()) {
      if (message.key().equals(key)) {
        return java.util.Optional.of(message);
      }
    }
    return java.util.Optional.empty();
  }

  /** SARIF levels: error, warning, note. */
  static String level(Diagnostic.Kind kind) {
    return switch (kind) {
      case ERROR -> "error";
      case WARNING, MANDATORY_WARNING -> "warning";
      default -> "note";
    };
  }
}
