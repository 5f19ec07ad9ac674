package dev.datasafety.runtime;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The inventory of an application at run time (SPEC §7): its purposes and data as typed values,
 * and the document itself as shipped in the jar. Generated code builds it; applications read it
 * to render their transparency page, serve the document, or drive retention.
 */
public final class DataInventory {
  /** The format of the document. */
  public static final String FORMAT = "datasafety-inventory/2";

  private final Optional<String> application;
  private final Optional<ControllerInfo> controller;
  private final List<PurposeInfo> purposes;
  private final List<RecipientInfo> recipients;
  private final List<DatumInfo> data;
  private final Supplier<String> json;
  private volatile String document;

  /**
   * @param application the application name, when the build set one
   * @param purposes every purpose visible to the build; sorted by id here
   * @param data every datum of the application and its dependencies; sorted by id here
   * @param json reads the document; called once, when first asked for
   */
  public DataInventory(Optional<String> application, List<PurposeInfo> purposes, List<DatumInfo> data, Supplier<String> json) {
    this(application, Optional.empty(), purposes, List.of(), data, json);
  }

  /**
   * @param application the application name, when the build set one
   * @param controller who is responsible for the data, when declared
   * @param purposes every purpose visible to the build; sorted by id here
   * @param recipients every recipient visible to the build; sorted by id here
   * @param data every datum of the application and its dependencies; sorted by id here
   * @param json reads the document; called once, when first asked for
   */
  public DataInventory(Optional<String> application, Optional<ControllerInfo> controller, List<PurposeInfo> purposes,
      List<RecipientInfo> recipients, List<DatumInfo> data, Supplier<String> json) {
    this.application = Objects.requireNonNull(application, "application");
    this.controller = Objects.requireNonNull(controller, "controller");
    this.purposes = purposes.stream().sorted(Comparator.comparing(PurposeInfo::id)).toList();
    this.recipients = recipients.stream().sorted(Comparator.comparing(RecipientInfo::id)).toList();
    this.data = data.stream().sorted(Comparator.comparing(DatumInfo::id)).toList();
    this.json = Objects.requireNonNull(json, "json");
  }

  public Optional<String> application() {
    return application;
  }

  /** Who is responsible for the data, when the application declares a {@code @DataController}. */
  public Optional<ControllerInfo> controller() {
    return controller;
  }

  public List<PurposeInfo> purposes() {
    return purposes;
  }

  /** Everyone besides the application that receives some of the data. */
  public List<RecipientInfo> recipients() {
    return recipients;
  }

  public List<DatumInfo> data() {
    return data;
  }

  /** The inventory document as written by the processor ({@code META-INF/datasafety/inventory.json}). */
  public String json() {
    String read = document;
    if (read == null) {
      // Racing readers may both read the resource; they read the same bytes.
      read = json.get();
      document = read;
    }
    return read;
  }

  public Optional<PurposeInfo> purpose(String id) {
    return purposes.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<RecipientInfo> recipient(String id) {
    return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<DatumInfo> datum(String id) {
    return data.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The data used for one purpose, sorted by id. */
  public List<DatumInfo> dataFor(String purposeId) {
    return data.stream().filter(d -> d.purposes().contains(purposeId)).toList();
  }
}
