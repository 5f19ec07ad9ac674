package dev.datasafety.processor.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data-category vocabulary of SPEC §3.1, read from {@code categories.json} (documented in
 * {@code docs/categories.md}): every id with, for each export target, the counterpart it maps to
 * (or why there is none) and the public source the mapping was taken from. The checks use the ids
 * and the special-category flag; the exports read the mappings.
 */
public final class DataCategories {
  /** The resource, beside the processor's classes. */
  public static final String RESOURCE = "/dev/datasafety/processor/categories.json";

  /** The vocabularies each id maps to; the key of each is its field name in the file. */
  public enum Target {
    /** Google Play's Data safety form: "Data category/Data type". */
    PLAY,
    /** Apple's privacy manifest: an {@code NSPrivacyCollectedDataType…} constant. */
    APPLE,
    /** fideslang's data category taxonomy: a fides key such as {@code user.contact.email}. */
    FIDES,
    /** W3C DPV personal-data categories: a CURIE such as {@code pd:EmailAddress}. */
    DPV,
    /** Mozilla's data collection categories, as Glean spells them ({@code technical} ... {@code highly_sensitive}). */
    MOZILLA;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where a target's mappings were taken from. */
  public record Source(String title, String url) {}

  /**
   * One mapping: the counterpart, or none with the reason; {@code note} says where it is approximate.
   * Exactly one of {@code value} and {@code none} is present.
   */
  public record Mapping(Optional<String> value, Optional<String> none, Optional<String> note) {}

  /** One id of the vocabulary. {@code special} marks special-category data, which requires {@code sensitive = true}. */
  public record Category(String id, String title, boolean special, Map<Target, Mapping> mappings) {
    public Mapping mapping(Target target) {
      return mappings.get(target);
    }
  }

  private static final DataCategories INSTANCE = load();

  private final Map<String, Category> byId;
  private final Map<Target, Source> sources;

  private DataCategories(Map<String, Category> byId, Map<Target, Source> sources) {
    this.byId = Collections.unmodifiableMap(byId);
    this.sources = Collections.unmodifiableMap(sources);
  }

  /** The vocabulary shipped with the processor, read once. */
  public static DataCategories get() {
    return INSTANCE;
  }

  public Optional<Category> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every id, in the order of the file (grouped as in the SPEC). */
  public List<Category> all() {
    return List.copyOf(byId.values());
  }

  public Source source(Target target) {
    return sources.get(target);
  }

  /** Known ids close to an unknown one, closest first, for "did you mean". */
  public List<String> closestTo(String id, int limit) {
    return Similarity.closest(id, byId.keySet(), limit);
  }

  private static DataCategories load() {
    try (InputStream in = DataCategories.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the processor jar");
      }
      return parse(JsonTrees.read(in));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static DataCategories parse(JsonNode root) {
    Map<Target, Source> sources = new EnumMap<>(Target.class);
    for (Target target : Target.values()) {
      JsonNode source = required(root.path("sources"), target.key());
      sources.put(target, new Source(text(source, "title"), text(source, "url")));
    }
    Map<String, Category> byId = new LinkedHashMap<>();
    for (JsonNode node : root.path("categories")) {
      String id = text(node, "id");
      Map<Target, Mapping> mappings = new EnumMap<>(Target.class);
      for (Target target : Target.values()) {
        JsonNode mapping = required(node, target.key());
        mappings.put(target, new Mapping(
            optionalText(mapping, "value"), optionalText(mapping, "none"), optionalText(mapping, "note")));
      }
      if (byId.put(id, new Category(id, text(node, "title"), node.path("special").asBoolean(), mappings)) != null) {
        throw new IllegalStateException(RESOURCE + " declares '" + id + "' twice");
      }
    }
    return new DataCategories(byId, sources);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw new IllegalStateException(RESOURCE + ": '" + field + "' is missing in " + node);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    return optionalText(node, field)
        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": '" + field + "' is missing in " + node));
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
