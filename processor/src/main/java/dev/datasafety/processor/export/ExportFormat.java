package dev.datasafety.processor.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The documents of SPEC §9, by the name {@code -Adatasafety.exports} and {@code export --format}
 * take, with the files each writes under {@link #DIRECTORY}.
 */
public enum ExportFormat {
  PLAY("play-data-safety.csv"),
  APPLE("PrivacyInfo.xcprivacy"),
  FIDES("fides.yml"),
  ROPA("ropa.csv", "ropa.html"),
  DPV("dpv.jsonld"),
  REVIEW("data-review.md");

  /** Where the processor writes the exports in the class output (hence the jar). */
  public static final String DIRECTORY = "META-INF/datasafety/exports/";

  private final List<String> files;

  ExportFormat(String... files) {
    this.files = List.of(files);
  }

  /** The name users write: {@code play}, {@code apple}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public List<String> files() {
    return files;
  }

  public Exporter exporter() {
    return Exporters.of(this);
  }

  public static Optional<ExportFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
  }

  /** "play, apple, fides, ropa, dpv or review", for messages. */
  public static String allowed() {
    String all = Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
