package dev.datasafety.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree reader gives what {@code ObjectMapper.readTree} gives with its defaults, node types
 * included, for the processor's own resources and for every shape of document a user's baseline or
 * dependency could hold, and fails where it fails, with the same message.
 */
class JsonTreesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"/dev/datasafety/processor/detect/vocabulary.json", "/dev/datasafety/processor/categories.json",
      "/META-INF/datasafety/inventory.schema.json"})
  void resourcesReadAsObjectMapperReadsThem(String resource) throws IOException {
    byte[] bytes;
    try (InputStream in = JsonTreesTest.class.getResourceAsStream(resource)) {
      bytes = in.readAllBytes();
    }
    JsonNode expected = MAPPER.readTree(bytes);
    assertThat(JsonTrees.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JsonTrees.read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", "[]", "{\"a\": {\"b\": [1, {\"c\": [[], {}]}], \"d\": \"e\"}, \"f\": [true, false, null]}",
      "[{\"a\": 1}, [2, [3]], \"x\"]",
      "{\"n\": 2147483647, \"l\": 2147483648, \"b\": 123456789012345678901234567890, \"d\": 1.5, \"e\": 1e400, \"z\": -0.0}",
      "{\"dup\": 1, \"dup\": {\"x\": 2}}", "{\"a\": 1} trailing", "{\"a\": 1} {\"b\": 2}",
      "\"just a string\"", "42", "null", "true", "", "   ",
      "{\"text\": \"\\u2028\\u0000\\ud800 \\\"quoted\\\" \\\\ 😀\"}"})
  void documentsReadAsObjectMapperReadsThem(String json) throws IOException {
    JsonNode expected = MAPPER.readTree(json);
    JsonNode actual = JsonTrees.read(json);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.getNodeType()).isEqualTo(expected.getNodeType());
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "[1, 2", "{\"a\" 1}", "{\"a\": tru}", "[1,]x", "{\"a\": 1,}", "\"open", "{'a': 1}",
      "{\"a\": [}"})
  void brokenDocumentsFailAsObjectMapperFails(String json) {
    JsonProcessingException expected = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(json));
    JsonProcessingException actual = assertThrows(JsonProcessingException.class, () -> JsonTrees.read(json));
    assertThat(firstLine(actual.getMessage())).isEqualTo(firstLine(expected.getMessage()));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
