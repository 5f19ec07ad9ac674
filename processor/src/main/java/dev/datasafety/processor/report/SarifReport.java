package dev.datasafety.processor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.datasafety.processor.diag.Finding;
import dev.datasafety.processor.diag.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
  private static final JsonFactory JSON = new JsonFactory();

  private SarifReport() {}

  public static void write(List<Finding> findings, Path file, String toolVersion) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(findings, toolVersion), StandardCharsets.UTF_8);
  }

  static String toJson(List<Finding> findings, String toolVersion) {
    // Rules: every key that has a finding, sorted, so results can refer to them by index.
    Map<String, Message> rules = new TreeMap<>();
    for (Finding finding : findings) {
      messageOf(finding.key()).ifPresent(m -> rules.put(m.key(), m));
    }
    List<String> ruleIds = List.copyOf(rules.keySet());
    // Streamed, not built as a tree: a code base's first run can have thousands of findings, and
    // databind's ObjectMapper would cost every compilation its class initialisation.
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      // databind's INDENT_OUTPUT layout (arrays open inline, "[ {"), with \n on every platform
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeStringField("columnKind", "utf16CodeUnits"); // a tab is one column, as javac's character positions count it
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "datasafety");
      g.writeStringField("version", toolVersion);
      g.writeStringField("informationUri", "https://github.com/datasafety/datasafety");
      g.writeArrayFieldStart("rules");
      for (Message message : rules.values()) {
        g.writeStartObject();
        g.writeStringField("id", message.key());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", "datasafety:" + message.key());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(message.kind()));
        g.writeEndObject();
        g.writeStringField("helpUri", DOCS + message.key() + ".md");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject(); // driver
      g.writeEndObject(); // tool
      g.writeArrayFieldStart("results");
      for (Finding finding : findings) {
        writeResult(g, finding, ruleIds.indexOf(finding.key()));
      }
      g.writeEndArray();
      g.writeEndObject(); // the run
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException cannotHappenForAStringWriter) {
      throw new UncheckedIOException(cannotHappenForAStringWriter);
    }
    return out.append('\n').toString();
  }

  private static void writeResult(JsonGenerator g, Finding finding, int ruleIndex) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", finding.key());
    if (ruleIndex >= 0) {
      g.writeNumberField("ruleIndex", ruleIndex);
    }
    g.writeStringField("level", level(finding.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", finding.message());
    g.writeEndObject();
    if (finding.location().isPresent() || !finding.member().isEmpty()) {
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      if (finding.location().isPresent()) {
        Finding.SourceLocation at = finding.location().get();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", at.file());
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, at.line()));
        g.writeNumberField("startColumn", Math.max(1, at.column()));
        g.writeEndObject();
        g.writeEndObject();
      }
      if (!finding.member().isEmpty()) {
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", finding.member());
        g.writeStringField("kind", finding.member().contains("#") ? "member" : "type");
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndArray();
    }
    // Code-scanning tools match results across builds by these, never by line.
    if (finding.fingerprint().isPresent()) {
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField(FINGERPRINT, finding.fingerprint().get());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("properties");
    g.writeStringField("member", finding.member());
    if (finding.detection().isPresent()) {
      g.writeStringField("category", finding.detection().get().category());
      g.writeStringField("dataType", finding.detection().get().dataType());
    }
    g.writeEndObject();
    g.writeEndObject();
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
