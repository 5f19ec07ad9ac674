package dev.datasafety.processor.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.IsoDate;
import dev.datasafety.processor.model.JsonTrees;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.model.Retention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
  /** The streaming factory only: databind's ObjectMapper costs every compilation its class initialisation. */
  private static final JsonFactory JSON = new JsonFactory();

  private InventoryJson() {}

  /** A document that is not JSON or not in the inventory format. */
  public static final class InvalidInventoryException extends Exception {
    public InvalidInventoryException(String message) {
      super(message);
    }
  }

  /** The document as one string (small inventories, tests, the command line): {@link #document}, joined. */
  public static String write(Inventory inventory) {
    return document(inventory).toString();
  }

  /**
   * Streamed, not built as a tree first: the document of a large code base is written in one pass,
   * into chunks that are never joined (what the processor writes to its outputs, see {@link DocumentText}).
   */
  public static DocumentText document(Inventory inventory) {
    DocumentText.ChunkWriter out = new DocumentText.ChunkWriter();
    try (JsonGenerator g = new SurrogateEscaping(JSON.createGenerator(out))) {
      g.setPrettyPrinter(printer());
      g.writeStartObject();
      g.writeStringField("format", Inventory.FORMAT);
      if (inventory.application().isPresent()) {
        g.writeStringField("application", inventory.application().get());
      }
      if (inventory.controller().isPresent()) {
        writeController(g, inventory.controller().get());
      }
      g.writeArrayFieldStart("purposes");
      for (PurposeInfo p : inventory.purposes()) {
        writePurpose(g, p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("recipients");
      for (RecipientInfo r : inventory.recipients()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        g.writeStringField("role", lower(r.role()));
        optionalField(g, "country", r.country());
        stringArray(g, "domains", r.domains());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("data");
      for (DataItem d : inventory.data()) {
        writeDatum(g, d);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException impossible) {
      // A writer to memory does not fail.
      throw new UncheckedIOException(impossible);
    }
    out.write('\n'); // after the generator's close, which flushed the document
    return out.text();
  }

  /**
   * A Java string may hold a surrogate without its pair, which UTF-8 cannot encode: written as is,
   * it would become '?'. JSON can carry it as an escape, so the text survives byte for byte. Each
   * value is checked as it is written (short strings, a hot loop), not the whole document after.
   */
  private static final class SurrogateEscaping extends JsonGeneratorDelegate {
    SurrogateEscaping(JsonGenerator delegate) {
      super(delegate, false);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (hasUnpairedSurrogate(text)) {
        delegate.writeRawValue(quoted(text));
      } else {
        delegate.writeString(text);
      }
    }

    @Override
    public void writeStringField(String fieldName, String value) throws IOException {
      delegate.writeFieldName(fieldName);
      writeString(value);
    }
  }

  static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The JSON string literal of {@code text}: Jackson's escapes, and each unpaired surrogate as {@code \\uXXXX}. */
  static String quoted(String text) {
    char[] escaped = JsonStringEncoder.getInstance().quoteAsString(text);
    StringBuilder out = new StringBuilder(escaped.length + 16).append('"');
    for (int i = 0; i < escaped.length; i++) {
      char c = escaped[i];
      if (Character.isHighSurrogate(c) && i + 1 < escaped.length && Character.isLowSurrogate(escaped[i + 1])) {
        out.append(c).append(escaped[++i]);
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static void writeController(JsonGenerator g, ControllerInfo c) throws IOException {
    g.writeObjectFieldStart("controller");
    g.writeStringField("name", c.name());
    g.writeStringField("contact", c.contact());
    optionalField(g, "dpo", c.dpo());
    optionalField(g, "privacyPolicyUrl", c.privacyPolicyUrl());
    optionalField(g, "accountDeletionUrl", c.accountDeletionUrl());
    optionalField(g, "dataDeletionUrl", c.dataDeletionUrl());
    g.writeBooleanField("encryptedInTransit", c.encryptedInTransit());
    g.writeEndObject();
  }

  private static void writePurpose(JsonGenerator g, PurposeInfo p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("title", p.title());
    g.writeStringField("description", p.description());
    g.writeStringField("userBenefit", p.userBenefit());
    g.writeStringField("choice", lower(p.choice()));
    g.writeBooleanField("experimental", p.experimental());
    if (p.category() != PurposeCategory.UNSPECIFIED) {
      g.writeStringField("category", lower(p.category()));
    }
    if (p.legalBasis() != LegalBasis.UNSPECIFIED) {
      g.writeStringField("legalBasis", lower(p.legalBasis()));
    }
    optionalField(g, "expires", p.expires().map(LocalDate::toString));
    g.writeEndObject();
  }

  private static void writeDatum(JsonGenerator g, DataItem d) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("name", d.name());
    g.writeStringField("description", d.description());
    g.writeStringField("kind", lower(d.kind()));
    g.writeStringField("form", lower(d.form()));
    optionalField(g, "category", d.category());
    stringArray(g, "purposes", sorted(d.purposes()));
    stringArray(g, "recipients", sorted(d.recipients()));
    g.writeObjectFieldStart("retention");
    g.writeStringField("value", d.retention().value());
    g.writeStringField("text", d.retention().text());
    g.writeEndObject();
    g.writeBooleanField("serverVisible", d.serverVisible());
    g.writeBooleanField("sensitive", d.sensitive());
    g.writeBooleanField("optional", d.optional());
    stringArray(g, "reviews", d.reviews());
    g.writeObjectFieldStart("source");
    g.writeStringField("type", d.source().type());
    g.writeStringField("member", d.source().member());
    g.writeStringField("group", d.source().group());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void optionalField(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /**
   * The ids in order. The processor's own data come sorted, so they are checked, not copied: this
   * runs for every datum of the module, mostly before the JIT has warmed up.
   */
  private static List<String> sorted(List<String> ids) {
    for (int i = 1; i < ids.size(); i++) {
      if (ids.get(i - 1).compareTo(ids.get(i)) > 0) {
        return ids.stream().sorted().toList();
      }
    }
    return ids;
  }

  private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
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

  /**
   * Reads a document of either format: version 2, or version 1 (committed baselines, dependencies
   * built by an earlier processor), whose data has no category and no recipients.
   */
  public static Inventory read(String json) throws InvalidInventoryException {
    JsonNode root;
    try {
      root = JsonTrees.read(json);
    } catch (IOException | RuntimeException notJson) {
      throw new InvalidInventoryException("it is not valid JSON: " + firstLine(notJson.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInventoryException("it is not a JSON object");
    }
    String format = text(root, "format", "$");
    boolean v2 = format.equals(Inventory.FORMAT);
    if (!v2 && !format.equals(Inventory.FORMAT_V1)) {
      throw new InvalidInventoryException("$.format is \"" + format + "\", expected \"" + Inventory.FORMAT
          + "\" or \"" + Inventory.FORMAT_V1 + "\"");
    }
    Optional<String> application = optionalText(root, "application", "$");
    Optional<ControllerInfo> controller = v2 && root.has("controller")
        ? Optional.of(readController(object(root.get("controller"), "$.controller"), "$.controller"))
        : Optional.empty();
    List<PurposeInfo> purposes = objects(root, "purposes", (node, path) -> readPurpose(node, path, v2));
    List<RecipientInfo> recipients = v2 ? objects(root, "recipients", InventoryJson::readRecipient) : List.of();
    List<DataItem> data = objects(root, "data", (node, path) -> readDatum(node, path, v2));
    return new Inventory(application, controller, purposes, recipients, data);
  }

  /** Reads one object of a JSON path, or says why it cannot. */
  private interface ObjectReader<T> {
    T read(JsonNode node, String path) throws InvalidInventoryException;
  }

  /** The objects of a top-level array, each read with its path ({@code $.data[3]}) for messages. */
  private static <T> List<T> objects(JsonNode root, String field, ObjectReader<T> reader)
      throws InvalidInventoryException {
    JsonNode nodes = array(root, field, "$");
    List<T> values = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String path = "$." + field + "[" + i + "]";
      values.add(reader.read(object(nodes.get(i), path), path));
    }
    return values;
  }

  private static ControllerInfo readController(JsonNode node, String path) throws InvalidInventoryException {
    return new ControllerInfo(
        text(node, "name", path),
        text(node, "contact", path),
        optionalText(node, "dpo", path),
        optionalText(node, "privacyPolicyUrl", path),
        optionalText(node, "accountDeletionUrl", path),
        optionalText(node, "dataDeletionUrl", path),
        bool(node, "encryptedInTransit", path));
  }

  private static PurposeInfo readPurpose(JsonNode node, String path, boolean v2) throws InvalidInventoryException {
    PurposeInfo v1 = PurposeInfo.of(
        text(node, "id", path),
        text(node, "title", path),
        text(node, "description", path),
        text(node, "userBenefit", path),
        enumValue(node, "choice", path, Choice.class),
        bool(node, "experimental", path));
    if (!v2) {
      return v1;
    }
    Optional<String> expires = optionalText(node, "expires", path);
    Optional<LocalDate> date = expires.flatMap(IsoDate::parse);
    if (expires.isPresent() && date.isEmpty()) {
      throw new InvalidInventoryException(path + ".expires \"" + expires.get() + "\" is not an ISO-8601 date");
    }
    return new PurposeInfo(v1.id(), v1.title(), v1.description(), v1.userBenefit(), v1.choice(), v1.experimental(),
        node.has("category") ? enumValue(node, "category", path, PurposeCategory.class) : PurposeCategory.UNSPECIFIED,
        node.has("legalBasis") ? enumValue(node, "legalBasis", path, LegalBasis.class) : LegalBasis.UNSPECIFIED,
        date);
  }

  private static RecipientInfo readRecipient(JsonNode node, String path) throws InvalidInventoryException {
    return new RecipientInfo(
        text(node, "id", path),
        text(node, "name", path),
        enumValue(node, "role", path, RecipientRole.class),
        optionalText(node, "country", path),
        strings(node, "domains", path));
  }

  private static DataItem readDatum(JsonNode node, String path, boolean v2) throws InvalidInventoryException {
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
        v2 ? optionalText(node, "category", path) : Optional.empty(),
        strings(node, "purposes", path),
        v2 ? strings(node, "recipients", path) : List.of(),
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

  private static Optional<String> optionalText(JsonNode node, String field, String path)
      throws InvalidInventoryException {
    return node.has(field) ? Optional.of(text(node, field, path)) : Optional.empty();
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
