package dev.datasafety.processor.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.Retention;
import java.io.IOException;
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
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private InventoryJson() {}

  /** A document that is not JSON or not in the inventory format. */
  public static final class InvalidInventoryException extends Exception {
    public InvalidInventoryException(String message) {
      super(message);
    }
  }

  public static String write(Inventory inventory) {
    ObjectNode root = NODES.objectNode();
    root.put("format", Inventory.FORMAT);
    inventory.application().ifPresent(a -> root.put("application", a));
    ArrayNode purposes = root.putArray("purposes");
    for (PurposeInfo p : inventory.purposes()) {
      ObjectNode node = purposes.addObject();
      node.put("id", p.id());
      node.put("title", p.title());
      node.put("description", p.description());
      node.put("userBenefit", p.userBenefit());
      node.put("choice", lower(p.choice()));
      node.put("experimental", p.experimental());
    }
    ArrayNode data = root.putArray("data");
    for (DataItem d : inventory.data()) {
      ObjectNode node = data.addObject();
      node.put("id", d.id());
      node.put("name", d.name());
      node.put("description", d.description());
      node.put("kind", lower(d.kind()));
      node.put("form", lower(d.form()));
      ArrayNode ids = node.putArray("purposes");
      d.purposes().stream().sorted().forEach(ids::add);
      ObjectNode retention = node.putObject("retention");
      retention.put("value", d.retention().value());
      retention.put("text", d.retention().text());
      node.put("serverVisible", d.serverVisible());
      node.put("sensitive", d.sensitive());
      node.put("optional", d.optional());
      ArrayNode reviews = node.putArray("reviews");
      d.reviews().forEach(reviews::add);
      ObjectNode source = node.putObject("source");
      source.put("type", d.source().type());
      source.put("member", d.source().member());
      source.put("group", d.source().group());
    }
    try {
      return MAPPER.writer(printer()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException impossible) {
      // A tree of strings, booleans and containers always serializes.
      throw new IllegalStateException(impossible);
    }
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
