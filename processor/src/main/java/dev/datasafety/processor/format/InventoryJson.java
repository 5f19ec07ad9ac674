package dev.datasafety.processor.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.Retention;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes and reads the inventory document (SPEC §7). Writing is deterministic: keys in the
 * documented order, arrays sorted, two-space indentation, {@code \n}, a final newline. Reading
 * (baselines, dependency inventories) checks every field and reports the first problem with its
 * JSON path, never throwing anything but {@link InvalidInventoryException}.
 */
public final class InventoryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private InventoryJson() {}

  /** A document that is not JSON or not in the inventory format. */
  public static final class InvalidInventoryException extends Exception {
    public InvalidInventoryException(String message) {
      super(message);
    }
  }

  /** Streamed, not built as a tree first: the document of a large code base is written in one pass. */
  public static String write(Inventory inventory) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(printer());
      g.writeStartObject();
      g.writeStringField("format", Inventory.FORMAT);
      if (inventory.application().isPresent()) {
        g.writeStringField("application", inventory.application().get());
      }
      g.writeArrayFieldStart("purposes");
      for (PurposeInfo p : inventory.purposes()) {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("title", p.title());
        g.writeStringField("description", p.description());
        g.writeStringField("userBenefit", p.userBenefit());
        g.writeStringField("choice", lower(p.choice()));
        g.writeBooleanField("experimental", p.experimental());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("data");
      for (DataItem d : inventory.data()) {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("description", d.description());
        g.writeStringField("kind", lower(d.kind()));
        g.writeStringField("form", lower(d.form()));
        g.writeArrayFieldStart("purposes");
        for (String id : d.purposes().stream().sorted().toList()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("retention");
        g.writeStringField("value", d.retention().value());
        g.writeStringField("text", d.retention().text());
        g.writeEndObject();
        g.writeBooleanField("serverVisible", d.serverVisible());
        g.writeBooleanField("sensitive", d.sensitive());
        g.writeBooleanField("optional", d.optional());
        g.writeArrayFieldStart("reviews");
        for (String review : d.reviews()) {
          g.writeString(review);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("source");
        g.writeStringField("type", d.source().type());
        g.writeStringField("member", d.source().member());
        g.writeStringField("group", d.source().group());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException impossible) {
      // A StringWriter does not fail.
      throw new UncheckedIOException(impossible);
    }
    return escapeUnpairedSurrogates(out.append('\n').toString());
  }

  /**
   * A Java string may hold a surrogate without its pair, which UTF-8 cannot encode: written as is,
   * it would become '?'. JSON can carry it as an escape, so the text survives byte for byte. Outside
   * strings the document is ASCII, so every such char is inside a string.
   */
  static String escapeUnpairedSurrogates(CharSequence json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(json.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json.toString() : out.toString();
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  public static Inventory read(String json) throws InvalidInventoryException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException | RuntimeException notJson) {
      throw new InvalidInventoryException("it is not valid JSON: " + firstLine(notJson.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInventoryException("it is not a JSON object");
    }
    String format = text(root, "format", "$");
    if (!format.equals(Inventory.FORMAT)) {
      throw new InvalidInventoryException("$.format is \"" + format + "\", expected \"" + Inventory.FORMAT + "\"");
    }
    Optional<String> application = root.has("application") ? Optional.of(text(root, "application", "$")) : Optional.empty();
    List<PurposeInfo> purposes = new ArrayList<>();
    JsonNode purposeNodes = array(root, "purposes", "$");
    for (int i = 0; i < purposeNodes.size(); i++) {
      purposes.add(readPurpose(object(purposeNodes.get(i), "$.purposes[" + i + "]"), "$.purposes[" + i + "]"));
    }
    List<DataItem> data = new ArrayList<>();
    JsonNode dataNodes = array(root, "data", "$");
    for (int i = 0; i < dataNodes.size(); i++) {
      data.add(readDatum(object(dataNodes.get(i), "$.data[" + i + "]"), "$.data[" + i + "]"));
    }
    return new Inventory(application, purposes, data);
  }

  private static PurposeInfo readPurpose(JsonNode node, String path) throws InvalidInventoryException {
    return new PurposeInfo(
        text(node, "id", path),
        text(node, "title", path),
        text(node, "description", path),
        text(node, "userBenefit", path),
        enumValue(node, "choice", path, Choice.class),
        bool(node, "experimental", path));
  }

  private static DataItem readDatum(JsonNode node, String path) throws InvalidInventoryException {
    JsonNode retentionNode = object(node.get("retention"), path + ".retention");
    String retentionValue = text(retentionNode, "value", path + ".retention");
    Retention.Parsed retention = Retention.parse(retentionValue);
    if (retention.retention().isEmpty()) {
      throw new InvalidInventoryException(
          path + ".retention.value \"" + retentionValue + "\" is not a retention: " + retention.problem());
    }
    JsonNode source = object(node.get("source"), path + ".source");
    return new DataItem(
        text(node, "id", path),
        text(node, "name", path),
        text(node, "description", path),
        enumValue(node, "kind", path, DataKind.class),
        enumValue(node, "form", path, DataForm.class),
        strings(node, "purposes", path),
        retention.retention().get(),
        bool(node, "serverVisible", path),
        bool(node, "sensitive", path),
        bool(node, "optional", path),
        strings(node, "reviews", path),
        new DataItem.Source(
            text(source, "type", path + ".source"),
            text(source, "member", path + ".source"),
            text(source, "group", path + ".source")));
  }

  private static JsonNode object(JsonNode node, String path) throws InvalidInventoryException {
    if (node == null || !node.isObject()) {
      throw new InvalidInventoryException(path + " must be an object");
    }
    return node;
  }

  private static JsonNode array(JsonNode node, String field, String path) throws InvalidInventoryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new InvalidInventoryException(path + "." + field + " must be an array");
    }
    return value;
  }

  private static String text(JsonNode node, String field, String path) throws InvalidInventoryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new InvalidInventoryException(path + "." + field + " must be a string");
    }
    return value.asText();
  }

  private static boolean bool(JsonNode node, String field, String path) throws InvalidInventoryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new InvalidInventoryException(path + "." + field + " must be true or false");
    }
    return value.asBoolean();
  }

  private static List<String> strings(JsonNode node, String field, String path) throws InvalidInventoryException {
    JsonNode values = array(node, field, path);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isTextual()) {
        throw new InvalidInventoryException(path + "." + field + "[" + i + "] must be a string");
      }
      out.add(values.get(i).asText());
    }
    return List.copyOf(out);
  }

  private static <E extends Enum<E>> E enumValue(JsonNode node, String field, String path, Class<E> type)
      throws InvalidInventoryException {
    String value = text(node, field, path);
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
        return e;
      }
    }
    throw new InvalidInventoryException(path + "." + field + " \"" + value + "\" is not one of "
        + java.util.Arrays.stream(type.getEnumConstants()).map(InventoryJson::lower).toList());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
