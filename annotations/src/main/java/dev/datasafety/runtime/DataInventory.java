package dev.datasafety.runtime;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
  /** The format of the documents the processor writes. */
  public static final String FORMAT = "datasafety-inventory/2";
  /** The formats {@link #parse} reads. */
  private static final Set<String> READABLE = Set.of("datasafety-inventory/1", "datasafety-inventory/2");

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

  /**
   * The inventory a document describes, the document itself included: what the generated
   * {@code DataSafetyInventory.inventory()} returns, so that the typed model always has the same
   * content as {@code json()}.
   *
   * @throws IllegalArgumentException when the text is not a datasafety inventory document
   */
  public static DataInventory parse(String json) {
    Map<?, ?> document = object(Json.parse(json), "the document");
    String format = text(document, "format");
    if (!READABLE.contains(format)) {
      throw new IllegalArgumentException("inventory format " + format + " is not one this run-time reads ("
          + String.join(", ", new TreeSet<>(READABLE)) + "): use the datasafety-annotations jar of the processor"
          + " version that wrote it");
    }
    Optional<String> application = document.containsKey("application")
        ? Optional.of(text(document, "application"))
        : Optional.empty();
    List<PurposeInfo> purposes = new ArrayList<>();
    for (Object p : list(document, "purposes")) {
      Map<?, ?> purpose = object(p, "a purpose");
      purposes.add(new PurposeInfo(text(purpose, "id"), text(purpose, "title"), text(purpose, "description"),
          text(purpose, "userBenefit"), constant(Choice.class, text(purpose, "choice")),
          bool(purpose, "experimental"),
          optionalText(purpose, "category").map(c -> constant(PurposeCategory.class, c)).orElse(PurposeCategory.UNSPECIFIED),
          optionalText(purpose, "legalBasis").map(b -> constant(LegalBasis.class, b)).orElse(LegalBasis.UNSPECIFIED),
          optionalText(purpose, "expires").map(LocalDate::parse)));
    }
    // Version 1 documents have no recipients and no controller.
    List<RecipientInfo> recipients = new ArrayList<>();
    for (Object r : document.containsKey("recipients") ? list(document, "recipients") : List.of()) {
      Map<?, ?> recipient = object(r, "a recipient");
      recipients.add(new RecipientInfo(text(recipient, "id"), text(recipient, "name"),
          constant(RecipientRole.class, text(recipient, "role")), optionalText(recipient, "country"),
          texts(recipient, "domains")));
    }
    Optional<ControllerInfo> controller = Optional.empty();
    if (document.containsKey("controller")) {
      Map<?, ?> c = object(document.get("controller"), "the controller");
      controller = Optional.of(new ControllerInfo(text(c, "name"), text(c, "contact"), optionalText(c, "dpo"),
          optionalText(c, "privacyPolicyUrl"), optionalText(c, "accountDeletionUrl"), optionalText(c, "dataDeletionUrl"),
          bool(c, "encryptedInTransit")));
    }
    List<DatumInfo> data = new ArrayList<>();
    for (Object d : list(document, "data")) {
      Map<?, ?> datum = object(d, "a datum");
      Map<?, ?> retention = object(datum.get("retention"), "a retention");
      Map<?, ?> source = object(datum.get("source"), "a source");
      data.add(new DatumInfo(text(datum, "id"), text(datum, "name"), text(datum, "description"),
          constant(DataKind.class, text(datum, "kind")), constant(DataForm.class, text(datum, "form")),
          texts(datum, "purposes"), DataRetention.of(text(retention, "value"), text(retention, "text")),
          bool(datum, "serverVisible"), bool(datum, "sensitive"), bool(datum, "optional"), texts(datum, "reviews"),
          text(source, "type"), text(source, "member"), text(source, "group"), optionalText(datum, "category"),
          datum.containsKey("recipients") ? texts(datum, "recipients") : List.of()));
    }
    return new DataInventory(application, controller, purposes, recipients, data, () -> json);
  }

  private static Map<?, ?> object(Object value, String what) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException("not a datasafety inventory: " + what + " is not an object");
  }

  private static List<?> list(Map<?, ?> object, String key) {
    if (object.get(key) instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException("not a datasafety inventory: \"" + key + "\" is not an array");
  }

  private static List<String> texts(Map<?, ?> object, String key) {
    List<String> texts = new ArrayList<>();
    for (Object value : list(object, key)) {
      if (!(value instanceof String s)) {
        throw new IllegalArgumentException("not a datasafety inventory: \"" + key + "\" holds a non-string");
      }
      texts.add(s);
    }
    return texts;
  }

  private static String text(Map<?, ?> object, String key) {
    if (object.get(key) instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("not a datasafety inventory: \"" + key + "\" is not a string");
  }

  private static Optional<String> optionalText(Map<?, ?> object, String key) {
    return object.containsKey(key) ? Optional.of(text(object, key)) : Optional.empty();
  }

  private static boolean bool(Map<?, ?> object, String key) {
    if (object.get(key) instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("not a datasafety inventory: \"" + key + "\" is not a boolean");
  }

  /** Enum values are written in lower case ({@code opt_in}). */
  private static <E extends Enum<E>> E constant(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException("not a datasafety inventory: " + value + " is not a " + type.getSimpleName());
    }
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
