package dev.datasafety.processor.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a JSON document into a {@link JsonNode} tree with the streaming parser, as
 * {@code ObjectMapper.readTree} does with its default settings (the first value of the document,
 * a missing node for an empty one, the last of duplicate keys, ints, longs and big integers kept
 * apart, other numbers as doubles), without databind's {@code ObjectMapper}: its class
 * initialisation (serializer and deserializer factories, type factory, caches) is a fixed cost
 * of every compilation, where the processor only reads its own resources, baselines and
 * dependency inventories. Iterative, so nesting depth is bounded by the parser's limits, never by
 * the stack.
 */
public final class JsonTrees {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  public static JsonNode read(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return read(parser);
    }
  }

  public static JsonNode read(InputStream json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return read(parser);
    }
  }

  private static JsonNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return MissingNode.getInstance();
    }
    // Open containers, innermost last; an object's pending field name is the parser's current name.
    Deque<JsonNode> open = new ArrayDeque<>();
    JsonNode root = null;
    for (; token != null; token = open.isEmpty() ? null : parser.nextToken()) {
      JsonNode value;
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          value = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
          add(open, parser, value);
          open.push(value);
          if (root == null) {
            root = value;
          }
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          open.pop();
          continue;
        }
        case FIELD_NAME -> {
          continue;
        }
        case VALUE_STRING -> value = NODES.textNode(parser.getText());
        case VALUE_TRUE -> value = NODES.booleanNode(true);
        case VALUE_FALSE -> value = NODES.booleanNode(false);
        case VALUE_NULL -> value = NODES.nullNode();
        case VALUE_NUMBER_INT -> value = switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
        case VALUE_NUMBER_FLOAT -> value = NODES.numberNode(parser.getDoubleValue());
        default -> value = NODES.pojoNode(parser.getEmbeddedObject());
      }
      if (open.isEmpty()) {
        return value; // a scalar document
      }
      add(open, parser, value);
    }
    return root;
  }

  /** Adds a value to the innermost open container: under the parser's current field name in an object. */
  private static void add(Deque<JsonNode> open, JsonParser parser, JsonNode value) throws IOException {
    JsonNode container = open.peek();
    if (container instanceof ObjectNode object) {
      // At a container's start too, the name of the field it is the value of.
      object.set(parser.currentName(), value);
    } else if (container instanceof ArrayNode array) {
      array.add(value);
    }
  }

}
