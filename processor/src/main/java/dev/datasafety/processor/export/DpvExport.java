package dev.datasafety.processor.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataCategories.Target;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.model.Retention;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code dpv.jsonld}: the record of processing in the W3C Data Privacy Vocabulary 2.x, as JSON-LD
 * with an inline context (nothing to fetch): the controller, each recipient, each datum as a
 * personal-data concept narrower than its DPV-PD category, and per purpose a
 * {@code dpv:PersonalDataHandling} with its purpose, GDPR Art. 6 legal basis, data subjects,
 * recipients, third countries and measures, holding one nested {@code dpv:Process} per datum with
 * its recipients, storage duration and measures. Every term is one of DPV 2.0 (docs/exports.md).
 */
public final class DpvExport implements Exporter {
  static final String DPV = "https://w3id.org/dpv#";
  static final String PD = "https://w3id.org/dpv/pd#";
  static final String EU_GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
  static final String LOC = "https://w3id.org/dpv/loc#";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public List<MissingFact> missing(Inventory inventory) {
    return Requirements.of(inventory).dataCategories().purposeCategories().legalBases().controller()
        .also(Counterparts.missing(inventory, Target.DPV, ExportFormat.DPV, "DPV personal-data concept"))
        .list();
  }

  @Override
  public List<ExportFile> render(Inventory inventory) {
    Iris iris = new Iris(ApplicationKey.of(inventory));
    ObjectNode document = JSON.createObjectNode();
    document.set("@context", context());
    ArrayNode graph = document.putArray("@graph");
    graph.add(controller(inventory.controller().orElseThrow(), iris));
    List<Activity> activities = Activity.of(inventory);
    inventory.recipients().stream()
        .filter(r -> activities.stream().anyMatch(a -> a.recipients().contains(r)))
        .forEach(r -> graph.add(recipient(r, iris)));
    activities.stream().flatMap(a -> a.data().stream()).distinct()
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .forEach(d -> graph.add(datum(d, iris)));
    activities.forEach(a -> graph.add(process(inventory, a, iris)));
    return List.of(new ExportFile(ExportFormat.DPV.files().get(0), write(document)));
  }

  /** The prefixes every name of the document uses; written inline, so no processor fetches a context. */
  private static ObjectNode context() {
    ObjectNode context = JSON.createObjectNode();
    context.put("dpv", DPV);
    context.put("pd", PD);
    context.put("eu-gdpr", EU_GDPR);
    context.put("loc", LOC);
    context.put("dct", "http://purl.org/dc/terms/");
    context.put("skos", "http://www.w3.org/2004/02/skos/core#");
    context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    return context;
  }

  private static ObjectNode controller(ControllerInfo controller, Iris iris) {
    ObjectNode node = node(iris.controller(), "dpv:DataController");
    text(node, "dpv:hasName", controller.name());
    text(node, "dpv:hasContact", controller.contact());
    controller.dpo().ifPresent(dpo -> {
      ObjectNode officer = node.putObject("dpv:hasDataProtectionOfficer");
      officer.put("@type", "dpv:DataProtectionOfficer");
      text(officer, "dpv:hasContact", dpo);
    });
    WebAddress.of(controller.privacyPolicyUrl()).ifPresent(url -> node.set("dpv:hasNotice", ref(url)));
    return node;
  }

  private static ObjectNode recipient(RecipientInfo recipient, Iris iris) {
    ObjectNode node = node(iris.recipient(recipient),
        recipient.role() == RecipientRole.THIRD_PARTY ? "dpv:ThirdParty" : "dpv:DataProcessor");
    text(node, "dpv:hasName", recipient.name());
    recipient.country().ifPresent(country -> node.set("dpv:hasCountry", ref("loc:" + country)));
    return node;
  }

  /** The datum as a concept narrower than its DPV-PD category, as DPV extends concepts (skos:broader). */
  private static ObjectNode datum(DataItem datum, Iris iris) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@id", iris.datum(datum));
    ArrayNode types = node.putArray("@type");
    types.add(SpecialCategories.isArticle9(datum) ? "dpv:SpecialCategoryPersonalData"
        : datum.sensitive() ? "dpv:SensitivePersonalData" : "dpv:PersonalData");
    if (datum.form() == DataForm.PSEUDONYMIZED) {
      types.add("dpv:PseudonymisedData");
    }
    node.set("skos:broader", ref(Counterparts.of(datum, Target.DPV)));
    text(node, "dct:identifier", datum.id());
    text(node, "dct:title", datum.name());
    text(node, "dct:description", datum.description());
    return node;
  }

  private static ObjectNode process(Inventory inventory, Activity activity, Iris iris) {
    PurposeInfo purpose = activity.purpose();
    ObjectNode node = JSON.createObjectNode();
    node.put("@id", iris.process(purpose));
    node.putArray("@type").add("dpv:PersonalDataHandling").add("dpv:Process");
    text(node, "dct:title", purpose.title());

    ObjectNode why = node(iris.purpose(purpose), "dpv:Purpose");
    why.set("skos:broader", ref(purposeConcept(purpose.category())));
    text(why, "skos:prefLabel", purpose.title());
    text(why, "dct:description", purpose.description());
    node.set("dpv:hasPurpose", why);
    node.set("dpv:hasLegalBasis", ref(legalBasis(purpose.legalBasis())));
    node.set("dpv:hasDataController", ref(iris.controller()));
    node.set("dpv:hasDataSubject", ref("dpv:User"));
    if (purpose.choice() != Choice.REQUIRED) {
      node.set("dpv:hasEntityInvolvement",
          ref(purpose.choice() == Choice.OPT_IN ? "dpv:OptingInToProcess" : "dpv:OptingOutFromProcess"));
    }
    purpose.expires().ifPresent(end -> {
      ObjectNode until = node.putObject("dpv:hasDuration");
      until.put("@type", "dpv:UntilTimeDuration");
      until.set("rdf:value", typed(end.toString(), "xsd:date"));
    });
    refs(node, "dpv:hasPersonalData", activity.data().stream().map(iris::datum).toList());
    refs(node, "dpv:hasRecipient", activity.recipients().stream().map(iris::recipient).toList());
    refs(node, "dpv:hasThirdCountry", ThirdCountries.of(activity.recipients()).stream().map(c -> "loc:" + c).toList());
    if (inventory.controller().orElseThrow().encryptedInTransit()) {
      refs(node, "dpv:hasTechnicalOrganisationalMeasure", List.of("dpv:EncryptionInTransfer"));
    }
    ArrayNode parts = node.putArray("dpv:hasProcess");
    activity.data().forEach(d -> parts.add(datumProcess(inventory, d, iris)));
    return node;
  }

  /** What happens to one datum for the purpose: who receives it, how long it is kept, how it is protected. */
  private static ObjectNode datumProcess(Inventory inventory, DataItem datum, Iris iris) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@type", "dpv:Process");
    node.set("dpv:hasPersonalData", ref(iris.datum(datum)));
    refs(node, "dpv:hasRecipient", StoreForms.recipientsOf(inventory, datum).stream().map(iris::recipient).toList());
    ArrayNode storage = node.putArray("dpv:hasStorageCondition");
    storage.add(storageDuration(datum.retention()));
    if (!datum.serverVisible()) {
      ObjectNode location = storage.addObject();
      location.put("@type", "dpv:StorageLocation");
      location.set("dpv:hasLocation", ref("dpv:WithinDevice"));
    }
    switch (datum.form()) {
      case PSEUDONYMIZED -> refs(node, "dpv:hasTechnicalOrganisationalMeasure", List.of("dpv:Pseudonymisation"));
      case ANONYMIZED -> refs(node, "dpv:hasTechnicalOrganisationalMeasure", List.of("dpv:Anonymisation"));
      case AGGREGATED -> refs(node, "dpv:hasProcessing", List.of("dpv:Aggregate"));
      case RAW -> { }
    }
    return node;
  }

  /**
   * A fixed retention as a {@code dpv:TemporalDuration} with its xsd:duration ({@code transient}
   * is zero: not stored), the others as a {@code dpv:UntilEventDuration}; each with the text users read.
   */
  private static ObjectNode storageDuration(Retention retention) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@type", "dpv:StorageDuration");
    ObjectNode duration = node.putObject("dpv:hasDuration");
    if (retention instanceof Retention.Finite finite) {
      duration.put("@type", "dpv:TemporalDuration");
      duration.set("rdf:value", typed(xsdDuration(finite), "xsd:duration"));
    } else if (retention.value().equals(Retention.TRANSIENT)) {
      duration.put("@type", "dpv:TemporalDuration");
      duration.set("rdf:value", typed("PT0S", "xsd:duration"));
    } else {
      duration.put("@type", "dpv:UntilEventDuration");
    }
    duration.put("dct:description", retention.text());
    return node;
  }

  /** xsd:duration has no weeks: {@code P2W} is written {@code P14D}. */
  static String xsdDuration(Retention.Finite finite) {
    long years = 0;
    long months = 0;
    long days = 0;
    long hours = 0;
    long minutes = 0;
    long seconds = 0;
    for (Retention.Part part : finite.parts()) {
      switch (part.unit()) {
        case YEAR -> years += part.amount();
        case MONTH -> months += part.amount();
        case WEEK -> days += 7 * part.amount();
        case DAY -> days += part.amount();
        case HOUR -> hours += part.amount();
        case MINUTE -> minutes += part.amount();
        case SECOND -> seconds += part.amount();
      }
    }
    StringBuilder out = new StringBuilder("P");
    append(out, years, 'Y');
    append(out, months, 'M');
    append(out, days, 'D');
    if (hours + minutes + seconds > 0) {
      out.append('T');
      append(out, hours, 'H');
      append(out, minutes, 'M');
      append(out, seconds, 'S');
    }
    return out.toString();
  }

  private static void append(StringBuilder out, long amount, char unit) {
    if (amount > 0) {
      out.append(amount).append(unit);
    }
  }

  /** The DPV 2.0 purpose each purpose category is narrower than (dpv/modules/purposes). */
  static String purposeConcept(PurposeCategory category) {
    return switch (category) {
      case APP_FUNCTIONALITY -> "dpv:ServiceProvision";
      case ACCOUNT_MANAGEMENT -> "dpv:AccountManagement";
      case ANALYTICS -> "dpv:ServiceUsageAnalytics";
      case DEVELOPER_COMMUNICATIONS -> "dpv:CommunicationManagement";
      case SECURITY -> "dpv:EnforceSecurity";
      case PERSONALIZATION -> "dpv:ServicePersonalisation";
      case ADVERTISING -> "dpv:Advertising";
      case THIRD_PARTY_ADVERTISING -> "dpv:PersonalisedAdvertising";
      case OTHER -> "dpv:Purpose";
      case UNSPECIFIED -> throw new IllegalStateException("no purpose category");
    };
  }

  /** The GDPR Art. 6(1) points of the DPV EU-GDPR extension. */
  static String legalBasis(LegalBasis basis) {
    return switch (basis) {
      case CONSENT -> "eu-gdpr:A6-1-a";
      case CONTRACT -> "eu-gdpr:A6-1-b";
      case LEGAL_OBLIGATION -> "eu-gdpr:A6-1-c";
      case VITAL_INTERESTS -> "eu-gdpr:A6-1-d";
      case PUBLIC_TASK -> "eu-gdpr:A6-1-e";
      case LEGITIMATE_INTERESTS -> "eu-gdpr:A6-1-f";
      case UNSPECIFIED -> throw new IllegalStateException("no legal basis");
    };
  }

  /**
   * The document's own IRIs, in a URN namespace of the application ({@code urn:datasafety:acme_notes:}),
   * so that the records of several applications can share one graph.
   */
  private record Iris(String application) {
    String controller() {
      return base() + "controller";
    }

    String recipient(RecipientInfo recipient) {
      return base() + "recipient:" + recipient.id();
    }

    String purpose(PurposeInfo purpose) {
      return base() + "purpose:" + purpose.id();
    }

    String process(PurposeInfo purpose) {
      return base() + "process:" + purpose.id();
    }

    /** A datum id's '#' would start a fragment: the member follows a ':' instead. */
    String datum(DataItem datum) {
      return base() + "datum:" + datum.id().replace('#', ':');
    }

    private String base() {
      return "urn:datasafety:" + application + ":";
    }
  }

  private static ObjectNode node(String id, String type) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@id", id);
    node.put("@type", type);
    return node;
  }

  private static ObjectNode ref(String iri) {
    return JSON.createObjectNode().put("@id", iri);
  }

  private static void refs(ObjectNode node, String property, List<String> iris) {
    if (!iris.isEmpty()) {
      ArrayNode array = node.putArray(property);
      iris.forEach(iri -> array.add(ref(iri)));
    }
  }

  /** User-written text, as UTF-8 can carry it (Jackson escapes what JSON must). */
  private static void text(ObjectNode node, String property, String value) {
    node.put(property, Unicode.wellFormed(value));
  }

  private static ObjectNode typed(String value, String type) {
    return JSON.createObjectNode().put("@value", value).put("@type", type);
  }

  private static String write(ObjectNode document) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
    try {
      return JSON.writer(printer).writeValueAsString(document) + "\n";
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
