package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The fides export against fideslang itself: every key a key of its default taxonomy
 * (fides/fideslang-taxonomy.json and categories/fides.txt, transcribed from fideslang's source with
 * its commit), every field a field of its models, and the YAML read back by SnakeYAML (YAML 1.1, as fides's PyYAML reads it).
 */
class FidesExportTest {
  private static final JsonNode FIDESLANG = taxonomy();
  private static final FidesExport FIDES = new FidesExport();

  @Test
  void fixtureMatchesGolden() throws IOException {
    Inventory inventory = ExportFixtures.acmeNotes();
    assertThat(FIDES.missing(inventory)).isEmpty();
    ExportFile file = render(inventory);
    assertThat(file.name()).isEqualTo("fides.yml");
    ExportFixtures.assertGolden(ExportFormat.FIDES, file);
  }

  @Test
  void sameInventorySameBytes() {
    assertThat(render(ExportFixtures.acmeNotes()).content()).isEqualTo(render(ExportFixtures.acmeNotes()).content());
  }

  @Test
  void everyKeyWrittenForTheFixtureIsInFideslangsDefaultTaxonomy() {
    Map<String, Object> document = parse(render(ExportFixtures.acmeNotes()).content());
    Map<String, Object> system = only(list(document, "system"));
    List<String> categories = new ArrayList<>();
    List<String> uses = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (Map<String, Object> declaration : maps(list(system, "privacy_declarations"))) {
      categories.addAll(strings(declaration, "data_categories"));
      categories.addAll(strings(declaration, "shared_categories"));
      uses.add((String) declaration.get("data_use"));
      subjects.addAll(strings(declaration, "data_subjects"));
    }
    for (Map<String, Object> collection : maps(list(only(list(document, "dataset")), "collections"))) {
      for (Map<String, Object> field : maps(list(collection, "fields"))) {
        categories.addAll(strings(field, "data_categories"));
      }
    }
    assertThat(categories).isNotEmpty();
    assertThat(keys("data_categories")).containsAtLeastElementsIn(new HashSet<>(categories));
    assertThat(keys("data_uses")).containsAtLeastElementsIn(new HashSet<>(uses));
    assertThat(keys("data_subjects")).containsAtLeastElementsIn(new HashSet<>(subjects));
    // The fixture's six categories of purpose, its data and the third party all reach the document.
    assertThat(uses).containsExactly("essential.service.authentication", "marketing.advertising.third_party",
        "essential.service.security", "analytics.reporting", "essential.service");
  }

  @Test
  void everyPurposeCategoryWithADataUseMapsToATaxonomyKey() {
    for (PurposeCategory category : PurposeCategory.values()) {
      if (category != PurposeCategory.UNSPECIFIED && category != PurposeCategory.OTHER) {
        assertWithMessage("data use of %s", category).that(keys("data_uses")).contains(FidesExport.dataUse(category));
      }
    }
    assertThat(keys("data_subjects")).contains(FidesExport.DATA_SUBJECT);
  }

  @Test
  void everyLegalBasisIsAValueOfFideslangsEnum() {
    List<String> allowed = texts(FIDESLANG.path("enumerations").path("LegalBasisForProcessingEnum"));
    for (LegalBasis basis : LegalBasis.values()) {
      if (basis != LegalBasis.UNSPECIFIED) {
        assertThat(allowed).contains(FidesExport.legalBasis(basis));
      }
    }
  }

  @Test
  void structureUsesFideslangsModelFieldsAndValues() {
    Map<String, Object> document = parse(render(ExportFixtures.acmeNotes()).content());
    assertThat(document.keySet()).containsExactly("system", "dataset").inOrder();
    Map<String, Object> system = only(list(document, "system"));
    checkModel("System", system);
    maps(list(system, "privacy_declarations")).forEach(d -> checkModel("PrivacyDeclaration", d));
    Map<String, Object> dataset = only(list(document, "dataset"));
    checkModel("Dataset", dataset);
    for (Map<String, Object> collection : maps(list(dataset, "collections"))) {
      checkModel("DatasetCollection", collection);
      maps(list(collection, "fields")).forEach(f -> checkModel("DatasetField", f));
    }

    Pattern fidesKey = Pattern.compile(FIDESLANG.path("fides_key_pattern").asText());
    assertThat((String) system.get("fides_key")).matches(fidesKey);
    assertThat((String) dataset.get("fides_key")).matches(fidesKey);
    assertThat(strings(system, "dataset_references")).containsExactly(dataset.get("fides_key"));
    assertThat(texts(FIDESLANG.path("enumerations").path("DataResponsibilityTitle")))
        .containsAtLeastElementsIn(strings(system, "responsibility"));
    // Alpha-3, as fideslang's check_valid_country_code wants: the US processors and third party.
    assertThat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3))
        .containsAtLeastElementsIn(strings(system, "third_country_transfers"));
    assertThat(strings(system, "third_country_transfers")).containsExactly("USA");
    assertThat(system.get("does_international_transfers")).isEqualTo(true);
  }

  @Test
  void declarationsCarryWhatTheRecordOfProcessingSays() {
    Map<String, Object> system = only(list(parse(render(ExportFixtures.acmeNotes()).content()), "system"));
    Map<String, Map<String, Object>> byName = new java.util.TreeMap<>();
    maps(list(system, "privacy_declarations")).forEach(d -> byName.put((String) d.get("name"), d));
    assertThat(byName.keySet()).containsExactly("Account", "Fraud prevention", "Partner ads", "Search ranking test",
        "Sync");
    Map<String, Object> ads = byName.get("Partner ads");
    assertThat(ads.get("legal_basis_for_processing")).isEqualTo("Consent");
    assertThat(ads.get("data_shared_with_third_parties")).isEqualTo(true);
    assertThat(ads.get("third_parties")).isEqualTo("AdNet, our advertising partner");
    assertThat(strings(ads, "shared_categories")).containsExactly("user.device.device_id");
    assertThat(byName.get("Account").get("data_shared_with_third_parties")).isEqualTo(false);
    assertThat(byName.get("Account").get("retention_period")).isEqualTo("Until you delete your account");
    assertThat(byName.get("Fraud prevention").get("retention_period"))
        .isEqualTo("IP address: Not stored; Sign-ins per day: 1 year");
    // Precise location needs sensitive = true, but is no special category of GDPR Art. 9.
    assertThat(byName.get("Sync").get("processes_special_category_data")).isEqualTo(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "null", "~", "true", "1e3", "0x1F", "key: value", "# not a comment", "- item",
      "[a, b]", "{a: b}", "&anchor", "*alias", "!tag", "|", ">", "'single'", "\"double\"", "back\\slash",
      "line\nbreak", "carriage\rreturn", "tab\there", "line\u2028separator", "paragraph\u2029separator",
      "next\u0085line", "bell\u0007", "delete\u007F", "bom\uFEFF", " leading and trailing ", "", "%YAML", "---",
      "...", "Ünïcödé 日本語 😀", "<script>&amp;</script>"})
  void hostileTextReadsBackUnchanged(String text) {
    assertTextsReadBack(text, text);
  }

  @Property(tries = 200)
  void anyTextReadsBackUnchanged(@ForAll String text) {
    assertTextsReadBack(text, wellFormed(text));
  }

  @Test
  void aLoneSurrogateBecomesTheReplacementCharacter() {
    assertTextsReadBack("half \uD83D of an emoji", "half \uFFFD of an emoji");
  }

  private static void assertTextsReadBack(String text, String expected) {
    Inventory inventory = ExportFixtures.withText(ExportFixtures.acmeNotes(), text);
    String yaml = render(inventory).content();
    // PyYAML, which fides reads manifests with, folds these line breaks inside quotes (SnakeYAML
    // keeps some): none may be written raw, and every line is a key or a list item.
    assertThat(yaml).doesNotContainMatch("[\r\u0085\u2028\u2029]");
    for (String line : yaml.split("\n")) {
      assertThat(line).matches(" *(- )?([a-z_]+:( .*)?|\".*\")");
    }
    Map<String, Object> document = parse(yaml);
    Map<String, Object> system = only(list(document, "system"));
    assertThat(system.get("name")).isEqualTo(expected);
    assertThat(system.get("legal_name")).isEqualTo(expected);
    assertThat(system.get("dpo")).isEqualTo(expected);
    for (Map<String, Object> declaration : maps(list(system, "privacy_declarations"))) {
      assertThat(declaration.get("name")).isEqualTo(expected);
    }
    for (Map<String, Object> collection : maps(list(only(list(document, "dataset")), "collections"))) {
      assertThat(collection.get("description")).isEqualTo(expected);
      for (Map<String, Object> field : maps(list(collection, "fields"))) {
        assertThat(field.get("description")).isEqualTo(expected);
      }
    }
    assertThat((String) system.get("fides_key")).matches(FIDESLANG.path("fides_key_pattern").asText());
  }

  @Test
  void systemKeyComesFromTheApplicationThenTheController() {
    Inventory fixture = ExportFixtures.acmeNotes();
    assertThat(ApplicationKey.of(fixture)).isEqualTo("acme_notes");
    Inventory unnamed = new Inventory(Optional.of("日本語"), fixture.controller(), fixture.purposes(),
        fixture.recipients(), fixture.data());
    assertThat(ApplicationKey.of(unnamed)).isEqualTo("acme_notes_ltd");
    Inventory nameless = ExportFixtures.withText(fixture, "—");
    assertThat(ApplicationKey.of(nameless)).isEqualTo(ApplicationKey.FALLBACK);
  }

  @Test
  void aCategoryFideslangLacksIsAMissingFactOnTheDatum() {
    Inventory fixture = ExportFixtures.acmeNotes();
    DataItem email = fixture.data().stream().filter(d -> d.id().endsWith("#email")).findFirst().orElseThrow();
    Inventory union = replaceDatum(fixture, email, Optional.of("special.trade-union"));
    List<MissingFact> missing = FIDES.missing(union);
    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).subject()).isEqualTo(MissingFact.Subject.DATUM);
    assertThat(missing.get(0).id()).isEqualTo(email.id());
    assertThat(missing.get(0).element()).isEqualTo("category");
    assertThat(missing.get(0).fix()).contains("trade-union");
  }

  @Test
  void anArticle9CategoryMarksTheDeclarationAsProcessingSpecialCategoryData() {
    Inventory fixture = ExportFixtures.acmeNotes();
    DataItem body = fixture.data().stream().filter(d -> d.id().endsWith("#body")).findFirst().orElseThrow();
    Inventory health = replaceDatum(fixture, body, Optional.of("health.medical"));
    Map<String, Object> sync = maps(list(only(list(parse(render(health).content()), "system")),
        "privacy_declarations")).stream().filter(d -> d.get("name").equals("Sync")).findFirst().orElseThrow();
    assertThat(sync.get("processes_special_category_data")).isEqualTo(true);
    assertThat(strings(sync, "data_categories")).contains("user.health_and_medical");
  }

  @Test
  void otherAsPurposeCategoryIsAMissingFactOnThePurpose() {
    Inventory fixture = ExportFixtures.acmeNotes();
    List<PurposeInfo> purposes = fixture.purposes().stream()
        .map(p -> p.id().equals("sync") ? new PurposeInfo(p.id(), p.title(), p.description(), p.userBenefit(),
            p.choice(), p.experimental(), PurposeCategory.OTHER, p.legalBasis(), p.expires()) : p)
        .toList();
    List<MissingFact> missing = FIDES.missing(new Inventory(fixture.application(), fixture.controller(), purposes,
        fixture.recipients(), fixture.data()));
    assertThat(missing).containsExactly(MissingFact.purpose("sync", "category",
        "a purpose category that fideslang has a data use for",
        "fideslang's default data uses have no counterpart of PurposeCategory.OTHER; declare the category that fits"
            + " best, or leave 'fides' out of -Adatasafety.exports."));
  }

  @Test
  void theCommonFactsAreRequired() {
    Inventory fixture = ExportFixtures.acmeNotes();
    DataItem email = fixture.data().stream().filter(d -> d.id().endsWith("#email")).findFirst().orElseThrow();
    Inventory lacking = replaceDatum(new Inventory(fixture.application(), Optional.empty(), fixture.purposes(),
        fixture.recipients(), fixture.data()), email, Optional.empty());
    List<MissingFact> missing = FIDES.missing(lacking);
    assertThat(missing.stream().map(MissingFact::subject).toList())
        .containsExactly(MissingFact.Subject.DATUM, MissingFact.Subject.APPLICATION);
  }

  @Test
  void aPrivacyPolicyThatIsNoWebAddressIsLeftOut() {
    Inventory fixture = ExportFixtures.acmeNotes();
    ControllerInfo c = fixture.controller().orElseThrow();
    Inventory odd = new Inventory(fixture.application(), Optional.of(new ControllerInfo(c.name(), c.contact(),
        c.dpo(), Optional.of("see our website"), c.accountDeletionUrl(), c.dataDeletionUrl(), false)),
        fixture.purposes(), fixture.recipients(), fixture.data());
    Map<String, Object> system = only(list(parse(render(odd).content()), "system"));
    assertThat(system).doesNotContainKey("privacy_policy");
    assertThat(system).doesNotContainKey("data_security_practices");
    assertThat(only(list(parse(render(fixture).content()), "system")).get("privacy_policy"))
        .isEqualTo("https://acme.example/privacy");
  }

  static Inventory replaceDatum(Inventory inventory, DataItem datum, Optional<String> category) {
    List<DataItem> data = inventory.data().stream()
        .map(d -> d != datum ? d : new DataItem(d.id(), d.name(), d.description(), d.kind(), d.form(), category,
            d.purposes(), d.recipients(), d.retention(), d.serverVisible(), d.sensitive(), d.optional(), d.reviews(),
            d.source()))
        .toList();
    return new Inventory(inventory.application(), inventory.controller(), inventory.purposes(),
        inventory.recipients(), data);
  }

  private static ExportFile render(Inventory inventory) {
    List<ExportFile> files = FIDES.render(inventory);
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  private static void checkModel(String model, Map<String, Object> resource) {
    JsonNode spec = FIDESLANG.path("models").path(model);
    assertWithMessage("fields of a %s", model).that(texts(spec.path("fields")))
        .containsAtLeastElementsIn(resource.keySet());
    assertWithMessage("required fields of a %s", model).that(resource.keySet())
        .containsAtLeastElementsIn(texts(spec.path("required")));
  }

  /** SnakeYAML with the safe constructor: plain data, YAML 1.1 resolution of untagged scalars. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return (Map<String, Object>) new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).load(yaml);
  }

  /**
   * The keys of one part of fideslang's default taxonomy. The data categories are the snapshot the
   * vocabulary's test checks categories.json against (categories/fides.txt), the rest are here.
   */
  private static Set<String> keys(String taxonomy) {
    if (taxonomy.equals("data_categories")) {
      return new HashSet<>(ExportFixtures.resource("categories/fides.txt").lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
    }
    return new HashSet<>(texts(FIDESLANG.path(taxonomy)));
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> map, String key) {
    Object value = map.get(key);
    assertWithMessage("%s is a list", key).that(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(List<Object> list) {
    return list.stream().map(item -> (Map<String, Object>) item).toList();
  }

  private static Map<String, Object> only(List<Object> list) {
    assertThat(list).hasSize(1);
    return maps(list).get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Map<String, Object> map, String key) {
    return map.containsKey(key) ? (List<String>) map.get(key) : List.of();
  }

  /** What UTF-8 can carry: each surrogate that is not half of a pair replaced by U+FFFD. */
  static String wellFormed(String text) {
    return text.replaceAll("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", "\uFFFD");
  }

  private static JsonNode taxonomy() {
    try {
      return new ObjectMapper().readTree(ExportFixtures.resource("exports/fides/fideslang-taxonomy.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
