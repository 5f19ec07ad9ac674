package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.Retention;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dpv export read by a real JSON-LD processor (Titanium): expanded without fetching anything,
 * nothing dropped, and every IRI in the DPV, PD and EU-GDPR namespaces a term of DPV 2.0
 * (dpv/dpv-terms.json lists them with the module that defines each; categories/dpv.txt the PD terms).
 */
class DpvExportTest {
  private static final JsonNode TERMS = terms();
  /** The snapshot of DPV-PD 2.0 the vocabulary's test checks categories.json against. */
  private static final Set<String> PD_TERMS = new HashSet<>(ExportFixtures.resource("categories/dpv.txt").lines()
      .filter(l -> l.startsWith("pd:")).toList());
  private static final DpvExport DPV = new DpvExport();
  private static final String DCT = "http://purl.org/dc/terms/";
  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  @Test
  void fixtureMatchesGolden() throws IOException {
    Inventory inventory = ExportFixtures.acmeNotes();
    assertThat(DPV.missing(inventory)).isEmpty();
    ExportFile file = render(inventory);
    assertThat(file.name()).isEqualTo("dpv.jsonld");
    ExportFixtures.assertGolden(ExportFormat.DPV, file);
  }

  @Test
  void sameInventorySameBytes() {
    assertThat(render(ExportFixtures.acmeNotes()).content()).isEqualTo(render(ExportFixtures.acmeNotes()).content());
  }

  @Test
  void expansionDropsNothing() throws IOException {
    String document = render(ExportFixtures.acmeNotes()).content();
    JsonArray expanded = expand(document);
    // Expansion drops every key the context does not map to an IRI, and with it its values.
    assertThat(scalars(JSON_LD.readTree(document))).isEqualTo(scalars(expanded));
    assertThat(scalars(expanded)).isGreaterThan(200);
  }

  @Test
  void everyIriIsADpvTermOrOfAKnownVocabulary() {
    Set<String> iris = new TreeSet<>();
    iris(expand(render(ExportFixtures.acmeNotes()).content()), iris);
    assertThat(iris).isNotEmpty();
    Set<String> countries = Set.of(Locale.getISOCountries());
    for (String iri : iris) {
      if (iri.startsWith(DpvExport.PD)) {
        assertWithMessage("PD term").that(PD_TERMS).contains("pd:" + iri.substring(DpvExport.PD.length()));
      } else if (iri.startsWith(DpvExport.EU_GDPR)) {
        assertWithMessage("EU-GDPR term").that(texts(TERMS.path("eu-gdpr")))
            .contains(iri.substring(DpvExport.EU_GDPR.length()));
      } else if (iri.startsWith(DpvExport.LOC)) {
        assertWithMessage("LOC country").that(countries).contains(iri.substring(DpvExport.LOC.length()));
      } else if (iri.startsWith(DpvExport.DPV)) {
        assertWithMessage("DPV term").that(texts(TERMS.path("dpv"))).contains(iri.substring(DpvExport.DPV.length()));
      } else if (!iri.startsWith("urn:datasafety:acme_notes:")) {
        // Dublin Core and SKOS for names and broader concepts, RDF and XSD for typed values, the notice's URL.
        assertWithMessage("IRI outside DPV").that(List.of(DCT + "identifier", DCT + "title", DCT + "description",
            SKOS + "broader", SKOS + "prefLabel", RDF + "value", XSD + "date", XSD + "duration",
            "https://acme.example/privacy")).contains(iri);
      }
    }
    assertThat(iris).containsAtLeast(DpvExport.DPV + "PersonalDataHandling", DpvExport.DPV + "hasPurpose",
        DpvExport.DPV + "hasPersonalData", DpvExport.DPV + "hasDataController", DpvExport.DPV + "hasRecipient",
        DpvExport.DPV + "hasLegalBasis", DpvExport.DPV + "hasStorageCondition", DpvExport.DPV + "hasDuration",
        DpvExport.DPV + "hasTechnicalOrganisationalMeasure", DpvExport.DPV + "hasThirdCountry",
        DpvExport.DPV + "DataProcessor", DpvExport.DPV + "ThirdParty", DpvExport.LOC + "US");
  }

  @Test
  void everyMappingTheExportCanWriteIsADpvTerm() {
    for (PurposeCategory category : PurposeCategory.values()) {
      if (category != PurposeCategory.UNSPECIFIED) {
        assertThat(texts(TERMS.path("dpv"))).contains(DpvExport.purposeConcept(category).substring("dpv:".length()));
      }
    }
    for (LegalBasis basis : LegalBasis.values()) {
      if (basis != LegalBasis.UNSPECIFIED) {
        assertThat(texts(TERMS.path("eu-gdpr"))).contains(DpvExport.legalBasis(basis).substring("eu-gdpr:".length()));
      }
    }
  }

  @Test
  void theRecordSaysWhatTheDeclarationsSay() {
    JsonArray graph = expanded(ExportFixtures.acmeNotes());
    JsonObject account = node(graph, "urn:datasafety:acme_notes:process:account");
    assertThat(ids(account, DpvExport.DPV + "hasLegalBasis")).containsExactly(DpvExport.EU_GDPR + "A6-1-b");
    JsonObject purpose = account.getJsonArray(DpvExport.DPV + "hasPurpose").getJsonObject(0);
    assertThat(ids(purpose, SKOS + "broader")).containsExactly(DpvExport.DPV + "AccountManagement");
    assertThat(ids(account, DpvExport.DPV + "hasDataController")).containsExactly("urn:datasafety:acme_notes:controller");
    assertThat(ids(account, DpvExport.DPV + "hasRecipient")).containsExactly(
        "urn:datasafety:acme_notes:recipient:cloudhost", "urn:datasafety:acme_notes:recipient:postmark");
    assertThat(ids(account, DpvExport.DPV + "hasThirdCountry")).containsExactly(DpvExport.LOC + "US");
    assertThat(ids(account, DpvExport.DPV + "hasTechnicalOrganisationalMeasure"))
        .containsExactly(DpvExport.DPV + "EncryptionInTransfer");

    JsonObject ads = node(graph, "urn:datasafety:acme_notes:process:ads.partner");
    assertThat(ids(ads, DpvExport.DPV + "hasLegalBasis")).containsExactly(DpvExport.EU_GDPR + "A6-1-a");
    assertThat(ids(ads, DpvExport.DPV + "hasEntityInvolvement")).containsExactly(DpvExport.DPV + "OptingInToProcess");
    assertThat(types(node(graph, "urn:datasafety:acme_notes:recipient:adnet"))).containsExactly(DpvExport.DPV + "ThirdParty");
    assertThat(types(node(graph, "urn:datasafety:acme_notes:recipient:postmark")))
        .containsExactly(DpvExport.DPV + "DataProcessor");
    assertThat(ids(node(graph, "urn:datasafety:acme_notes:recipient:cloudhost"), DpvExport.DPV + "hasCountry"))
        .containsExactly(DpvExport.LOC + "DE");

    JsonObject password = node(graph, "urn:datasafety:acme_notes:datum:com.acme.notes.Account:passwordHash");
    assertThat(ids(password, SKOS + "broader")).containsExactly(DpvExport.PD + "Authenticating");
    assertThat(types(password)).contains(DpvExport.DPV + "PseudonymisedData");
    assertThat(types(node(graph, "urn:datasafety:acme_notes:datum:com.acme.notes.Note:location")))
        .contains(DpvExport.DPV + "SensitivePersonalData");

    JsonObject search = datumProcess(node(graph, "urn:datasafety:acme_notes:process:search-ranking-test"), "query");
    JsonObject storage = search.getJsonArray(DpvExport.DPV + "hasStorageCondition").getJsonObject(0);
    JsonObject duration = storage.getJsonArray(DpvExport.DPV + "hasDuration").getJsonObject(0);
    assertThat(types(duration)).containsExactly(DpvExport.DPV + "TemporalDuration");
    JsonObject value = duration.getJsonArray(RDF + "value").getJsonObject(0);
    assertThat(value.getString("@value")).isEqualTo("P30D");
    assertThat(value.getString("@type")).isEqualTo(XSD + "duration");
    assertThat(ids(search, DpvExport.DPV + "hasTechnicalOrganisationalMeasure"))
        .containsExactly(DpvExport.DPV + "Pseudonymisation");

    JsonObject location = datumProcess(node(graph, "urn:datasafety:acme_notes:process:sync"), "location");
    JsonObject onDevice = location.getJsonArray(DpvExport.DPV + "hasStorageCondition").getJsonObject(1);
    assertThat(ids(onDevice, DpvExport.DPV + "hasLocation")).containsExactly(DpvExport.DPV + "WithinDevice");
    JsonObject signIns = datumProcess(node(graph, "urn:datasafety:acme_notes:process:fraud"), "signIns");
    assertThat(ids(signIns, DpvExport.DPV + "hasProcessing")).containsExactly(DpvExport.DPV + "Aggregate");
  }

  @Test
  void weeksBecomeDaysBecauseXsdDurationHasNoWeeks() {
    assertThat(DpvExport.xsdDuration((Retention.Finite) Retention.parse("P2W3D").retention().orElseThrow()))
        .isEqualTo("P17D");
    assertThat(DpvExport.xsdDuration((Retention.Finite) Retention.parse("P1Y6MT12H").retention().orElseThrow()))
        .isEqualTo("P1Y6MT12H");
  }

  @Test
  void anArticle9CategoryIsSpecialCategoryPersonalData() {
    Inventory fixture = ExportFixtures.acmeNotes();
    DataItem body = fixture.data().stream().filter(d -> d.id().endsWith("#body")).findFirst().orElseThrow();
    JsonArray graph = expanded(FidesExportTest.replaceDatum(fixture, body, Optional.of("special.religious-beliefs")));
    JsonObject datum = node(graph, "urn:datasafety:acme_notes:datum:com.acme.notes.Note:body");
    assertThat(types(datum)).containsExactly(DpvExport.DPV + "SpecialCategoryPersonalData");
    assertThat(ids(datum, SKOS + "broader")).containsExactly(DpvExport.PD + "ReligiousBelief");
  }

  @Test
  void theCommonFactsAreRequired() {
    Inventory fixture = ExportFixtures.acmeNotes();
    Inventory lacking = new Inventory(fixture.application(), Optional.empty(), fixture.purposes(),
        fixture.recipients(), fixture.data());
    assertThat(DPV.missing(lacking)).containsExactly(MissingFact.application("a @DataController",
        "Declare @DataController(name = \"...\", contact = \"...\") once, on a type or package of the application."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"quoted\"", "back\\slash", "line\nbreak", "tab\t", "nul\u0000", "line\u2028separator",
      "</script><script>", "{\"@id\": \"x\"}", "@context", "Ünïcödé 日本語 😀", ""})
  void hostileTextExpandsUnchanged(String text) {
    assertTextsExpandUnchanged(text, text);
  }

  @Property(tries = 100)
  void anyTextExpandsUnchanged(@ForAll String text) {
    assertTextsExpandUnchanged(text, FidesExportTest.wellFormed(text));
  }

  private static void assertTextsExpandUnchanged(String text, String expected) {
    JsonArray graph = expanded(ExportFixtures.withText(ExportFixtures.acmeNotes(), text));
    JsonObject controller = node(graph, "urn:datasafety:" + ApplicationKey.of(
        ExportFixtures.withText(ExportFixtures.acmeNotes(), text)) + ":controller");
    assertThat(values(controller, DpvExport.DPV + "hasName")).containsExactly(expected);
    int titles = 0;
    for (JsonValue node : graph) {
      JsonObject object = node.asJsonObject();
      if (object.containsKey(DCT + "title")) {
        assertThat(values(object, DCT + "title")).containsExactly(expected);
        titles++;
      }
    }
    assertThat(titles).isEqualTo(14);
  }

  private static ExportFile render(Inventory inventory) {
    List<ExportFile> files = DPV.render(inventory);
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  /** The expanded graph's nodes: a top-level object of only @context and @graph expands to the graph itself. */
  private static JsonArray expanded(Inventory inventory) {
    return expand(render(inventory).content());
  }

  /** Expands with Titanium; a processor that tried to load any document would fail the test. */
  static JsonArray expand(String document) {
    try {
      return JsonLd.expand(JsonDocument.of(new StringReader(document)))
          .loader((url, options) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "the export fetched " + url);
          })
          .get();
    } catch (JsonLdError e) {
      throw new AssertionError(e);
    }
  }

  private static final ObjectMapper JSON_LD = new ObjectMapper();

  /** Strings, numbers and booleans in a compact document, outside its @context. */
  private static int scalars(JsonNode node) {
    if (node.isValueNode()) {
      return 1;
    }
    int count = 0;
    var fields = node.fields();
    if (node.isObject()) {
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("@context")) {
          count += scalars(field.getValue());
        }
      }
    } else {
      for (JsonNode item : node) {
        count += scalars(item);
      }
    }
    return count;
  }

  private static int scalars(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> value.asJsonObject().values().stream().mapToInt(DpvExportTest::scalars).sum();
      case ARRAY -> value.asJsonArray().stream().mapToInt(DpvExportTest::scalars).sum();
      default -> 1;
    };
  }

  /** Property IRIs, @type IRIs and @id IRIs of the expanded document. */
  private static void iris(JsonValue value, Set<String> iris) {
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> iris(v, iris));
    } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
        String key = entry.getKey();
        if (key.equals("@id") || (key.equals("@type") && entry.getValue() instanceof JsonString)) {
          iris.add(((JsonString) entry.getValue()).getString());
        } else if (key.equals("@type")) {
          entry.getValue().asJsonArray().forEach(t -> iris.add(((JsonString) t).getString()));
        } else if (!key.equals("@value")) {
          if (!key.startsWith("@")) {
            iris.add(key);
          }
          iris(entry.getValue(), iris);
        }
      }
    }
  }

  private static JsonObject node(JsonArray graph, String id) {
    return graph.stream().map(JsonValue::asJsonObject).filter(n -> id.equals(n.getString("@id", null)))
        .findFirst().orElseThrow(() -> new AssertionError("no node " + id));
  }

  private static JsonObject datumProcess(JsonObject process, String member) {
    return process.getJsonArray(DpvExport.DPV + "hasProcess").stream().map(JsonValue::asJsonObject)
        .filter(p -> ids(p, DpvExport.DPV + "hasPersonalData").get(0).endsWith(":" + member))
        .findFirst().orElseThrow(() -> new AssertionError("no process of " + member));
  }

  private static List<String> ids(JsonObject node, String property) {
    List<String> ids = new ArrayList<>();
    node.getJsonArray(property).forEach(v -> ids.add(v.asJsonObject().getString("@id")));
    return ids;
  }

  private static List<String> types(JsonObject node) {
    return node.getJsonArray("@type").stream().map(t -> ((JsonString) t).getString()).toList();
  }

  private static List<String> values(JsonObject node, String property) {
    return node.getJsonArray(property).stream().map(v -> v.asJsonObject().getString("@value")).toList();
  }

  private static Set<String> texts(JsonNode array) {
    return new HashSet<>(StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList());
  }

  private static JsonNode terms() {
    try {
      return new ObjectMapper().readTree(ExportFixtures.resource("exports/dpv/dpv-terms.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
