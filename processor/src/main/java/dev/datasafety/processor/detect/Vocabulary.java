package dev.datasafety.processor.detect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datasafety.processor.model.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detector's vocabulary, read once from {@code vocabulary.json} and turned into lookup maps
 * so that classifying a field costs a few hash look-ups. The file is documented in {@code
 * docs/detector.md}; this class only knows its shape, never its words.
 */
final class Vocabulary {
  static final String RESOURCE = "vocabulary.json";

  /** How a field's type bears on the data it may hold. */
  enum TypeCategory {
    BOOLEAN,
    NUMBER,
    DATE,
    TEXT,
    BINARY,
    COLLECTION,
    NETWORK_ADDRESS,
    ENUM,
    /** Any other class: a value object such as {@code Address} or {@code HumanName}. */
    OTHER;

    static TypeCategory parse(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  /** One data type of the vocabulary with its own cues. */
  record DataType(
      DataTypeMatch match,
      Set<String> negativeCues,
      Set<TypeCategory> typeCategories,
      Set<String> strongTypes,
      Set<String> contextClassWords,
      boolean contextFromClassNameOnly,
      boolean organisationDataToo,
      boolean headOnly,
      Set<String> modifiers,
      boolean contextClassesOverrideHead,
      boolean partsNameTheClass,
      boolean personsAtAnEmployer) {}

  /**
   * A sequence of words naming a data type. A strong phrase counts on its own; a context phrase
   * ({@code name}, {@code city}) only in a class that gives it a person to belong to.
   */
  record Phrase(List<String> words, DataType dataType, boolean strong) {}

  final Map<String, TypeCategory> typeCategories;
  final Set<TypeCategory> neverPersonalTypeCategories;
  final Set<String> negativeCues;
  final Set<String> personContextWords;
  /** Words a class of a party (a person or an organisation in a record's role) is named for: {@code PartyProxy}. */
  final Set<String> partyClassWords;
  /**
   * Head words of a class that is one party of a message ({@code SendSmtpEmailTo}, {@code
   * MailCc}): generated API clients name a message's {@code to} object after the message.
   */
  final Set<String> messagePartyClassHeads;
  /**
   * Head words of a class that is a part of a message ({@code Message.Attachment}, {@code
   * SendSmtpEmailAttachment}): what the part holds is the message's content, though the head
   * alone is a thing's.
   */
  final Set<String> messagePartClassHeads;
  /** The data type whose context classes are a message's ({@code message-party}): they make such a class a party's. */
  final DataType messagePartyType;
  final Set<String> notPersonContextWords;
  final Set<String> organisationWords;
  final Set<String> organisationFieldWords;
  final Set<String> populationContextWords;
  /**
   * The population words that name statistics ({@code stats}): after a person word ({@code
   * ContactStatistics}) they are one person's engagement record, not a population.
   */
  final Set<String> statisticsWords;
  final Set<String> idWords;
  final Set<String> valueClassHeadWords;
  final Set<String> placeWords;
  /** Head words of a type that a person's class holds as that person's identity document ({@code Traveler.documents}). */
  final Set<String> identityDocumentWords;
  /** Package words of accounting code, where an {@code account} is a ledger account, the organisation's. */
  final Set<String> ledgerPackageWords;
  /** Words that name a ledger account in accounting code ({@code Account}, {@code fromBankAccount}). */
  final Set<String> ledgerAccountWords;
  /** Ids of the data types a place has of its own (its address, its coordinates). */
  final Set<String> placeDataTypes;
  /** Words for where something is ({@code location}): a place's, or a person's whereabouts. */
  final Set<String> whereaboutsWords;
  /** Modifiers that make a whereabouts word a person's ({@code IpAddressLocation}, {@code WhatsappLocation}). */
  final Set<String> whereaboutsOfPersonModifiers;
  /** Words of classes that describe data rather than hold it ({@code UserSchema}, {@code AttributeDefinition}). */
  final Set<String> definitionWords;
  /** Head words of a field's type that make it a description of data ({@code UserSchemaAttribute}). */
  final Set<String> definitionTypeHeads;
  /** Verbs that make a name an operation when they come first ({@code listUsers}, {@code createMember}). */
  final Set<String> actionVerbs;
  /** Leading words of a request's path parameter ({@code pathPhoneNumber}): the rest names the datum. */
  final Set<String> pathParameterWords;
  /** Participles of what a person does to a record ({@code created}): {@code createdBy} names that person. */
  final Set<String> actorVerbs;
  /** The words between such a participle and the person ({@code by}). */
  final Set<String> actorPrepositions;
  /** The data type of {@code createdBy}, {@code invitedBy}: a reference to a person. */
  final DataType actorReferenceType;
  /** The class words that give the employment data types ({@code personsAtAnEmployer}) their context. */
  final Set<String> employmentClassWords;
  /** Head words of a type that is what a person posted when a message's class holds it ({@code Audio}, {@code Poll}). */
  final Set<String> contentTypeWords;
  /** The data type of such a field ({@code Message.poll} of type {@code Poll}): a message's content. */
  final DataType contentType;
  /**
   * The data type of the records a person's record holds when their names or the record's are
   * its context classes ({@code Encounter.careplans} of a patient's {@code HealthRecord}): the
   * clinical content of a person's health record.
   */
  final DataType personsRecordContentType;
  /** Names of a text field that is the record's type, not its datum ({@code User.object} = "user" in an API model). */
  final Set<String> recordTypeFieldNames;
  /**
   * Words of a class of media, geometry or goods ({@code Image}, {@code Thumbnail}, {@code Rect},
   * {@code Parcel}): its {@code height} and {@code weight} are a thing's measures, no body's.
   */
  final Set<String> dimensionClassWords;
  /** Field names beside which a {@code height} is a size ({@code width}): a class with one is a shape. */
  final Set<String> dimensionSiblingFields;
  /**
   * Ids of the data types whose context phrases are also a thing's measures or state ({@code
   * height}, {@code weight}, {@code condition}): not in a class of media, geometry or goods, and
   * one of them alone makes no class a person's data class for its holders.
   */
  final Set<String> dimensionDataTypes;
  /** The names of a page's or a count's fields ({@code total}, {@code href}, {@code items}, {@code next}), as words. */
  final Set<String> pageFieldNames;
  /** Ids of the data types whose phrases name the parts of an address ({@code city}, {@code primaryLine}). */
  final Set<String> addressPartDataTypes;
  /** The class word a class whose fields are mostly an address's parts is given ({@code address}): it is an address. */
  final String addressClassWord;
  final Set<String> weakPersonContextWords;
  /** Words before a person word that make the class no one's ({@code TestUser}, {@code DummyCustomer}). */
  final Set<String> fakePersonModifiers;
  /** Words before a person word that make the party a legal entity ({@code CorporateSender}, {@code BusinessCustomer}). */
  final Set<String> legalEntityModifiers;
  final Set<String> personWordsInFieldNames;
  final Set<String> valueWords;
  final Set<String> contextModifiers;
  final List<DataType> dataTypes;
  /** Phrases by their first word, longest first, so the first hit at a position is the best. */
  final Map<String, List<Phrase>> phrasesByFirstWord;
  /** Every word the vocabulary knows, to map plurals onto it ({@code addresses} to address). */
  final Set<String> knownWords;

  private Vocabulary(JsonNode root) {
    Map<String, TypeCategory> categories = new HashMap<>();
    root.required("typeCategories")
        .fields()
        .forEachRemaining(
            entry -> {
              TypeCategory category = TypeCategory.parse(entry.getKey());
              for (String type : strings(entry.getValue())) {
                categories.put(type, category);
              }
            });
    typeCategories = Map.copyOf(categories);
    neverPersonalTypeCategories = categorySet(root.required("neverPersonalTypeCategories"));
    Set<TypeCategory> defaultCategories = categorySet(root.required("defaultTypeCategories"));
    negativeCues = wordSet(root.required("negativeCues"));
    personContextWords = wordSet(root.required("personContext"));
    partyClassWords = wordSet(root.required("partyClassWords"));
    messagePartyClassHeads = wordSet(root.required("messagePartyClassHeads"));
    messagePartClassHeads = wordSet(root.required("messagePartClassHeads"));
    notPersonContextWords = wordSet(root.required("notPersonContext"));
    organisationWords = wordSet(root.required("organisationWords"));
    organisationFieldWords = wordSet(root.required("organisationWordsInFieldNames"));
    populationContextWords = wordSet(root.required("populationContext"));
    statisticsWords = wordSet(root.required("statisticsWords"));
    idWords = wordSet(root.required("idWords"));
    valueClassHeadWords = wordSet(root.required("valueClassHeadWords"));
    placeWords = wordSet(root.required("placeContext"));
    identityDocumentWords = wordSet(root.required("identityDocumentWords"));
    ledgerPackageWords = wordSet(root.required("ledgerPackageWords"));
    ledgerAccountWords = wordSet(root.required("ledgerAccountWords"));
    placeDataTypes = wordSet(root.required("placeDataTypes"));
    whereaboutsWords = wordSet(root.required("whereaboutsContext"));
    whereaboutsOfPersonModifiers = wordSet(root.required("whereaboutsOfPersonModifiers"));
    definitionWords = wordSet(root.required("definitionContext"));
    definitionTypeHeads = wordSet(root.required("definitionTypeHeads"));
    actionVerbs = wordSet(root.required("actionVerbs"));
    pathParameterWords = wordSet(root.required("pathParameterWords"));
    actorVerbs = wordSet(root.required("actorVerbs"));
    actorPrepositions = wordSet(root.required("actorPrepositions"));
    weakPersonContextWords = wordSet(root.required("weakPersonContext"));
    fakePersonModifiers = wordSet(root.required("fakePersonModifiers"));
    legalEntityModifiers = wordSet(root.required("legalEntityModifiers"));
    personWordsInFieldNames = wordSet(root.required("personWordsInFieldNames"));
    valueWords = wordSet(root.required("valueWords"));
    contextModifiers = wordSet(root.required("contextModifiers"));
    contentTypeWords = wordSet(root.required("contentTypeWords"));

    List<DataType> types = new ArrayList<>();
    Map<String, List<Phrase>> phrases = new HashMap<>();
    for (JsonNode node : root.required("dataTypes")) {
      DataType dataType =
          new DataType(
              new DataTypeMatch(
                  node.required("id").asText(),
                  node.required("label").asText(),
                  node.required("category").asText(),
                  node.path("specialCategory").asBoolean(false)),
              wordSet(node.path("negativeCues")),
              node.has("typeCategories") ? categorySet(node.get("typeCategories")) : defaultCategories,
              Set.copyOf(strings(node.path("strongTypes"))),
              wordSet(node.path("contextClasses")),
              node.path("contextFromClassNameOnly").asBoolean(false),
              node.path("organisationDataToo").asBoolean(false),
              node.path("headOnly").asBoolean(false),
              wordSet(node.path("modifiers")),
              node.path("contextClassesOverrideHead").asBoolean(false),
              node.path("partsNameTheClass").asBoolean(false),
              node.path("personsAtAnEmployer").asBoolean(false));
      types.add(dataType);
      addPhrases(phrases, node.path("phrases"), dataType, true);
      addPhrases(phrases, node.path("contextPhrases"), dataType, false);
    }
    for (Map.Entry<String, List<Phrase>> entry : phrases.entrySet()) {
      entry.getValue().sort(LONGEST_FIRST);
      entry.setValue(List.copyOf(entry.getValue()));
    }
    dataTypes = List.copyOf(types);
    actorReferenceType = dataTypeNamed(types, root.required("actorReferenceDataType").asText(), "actorReferenceDataType");
    contentType = dataTypeNamed(types, root.required("contentDataType").asText(), "contentDataType");
    messagePartyType = dataTypeNamed(types, root.required("messagePartyDataType").asText(), "messagePartyDataType");
    personsRecordContentType = dataTypeNamed(
        types, root.required("personsRecordContentDataType").asText(), "personsRecordContentDataType");
    recordTypeFieldNames = wordSet(root.required("recordTypeFieldNames"));
    dimensionClassWords = wordSet(root.required("dimensionContext").required("classWords"));
    dimensionSiblingFields = wordSet(root.required("dimensionContext").required("siblingFields"));
    dimensionDataTypes = dataTypeIds(types, root.required("dimensionContext").required("dataTypes"), "dimensionContext");
    pageFieldNames = wordSet(root.required("pageFieldNames"));
    addressPartDataTypes = dataTypeIds(types, root.required("addressStructure").required("dataTypes"), "addressStructure");
    addressClassWord = root.required("addressStructure").required("classWord").asText();
    Set<String> employmentWords = new HashSet<>();
    for (DataType type : types) {
      if (type.personsAtAnEmployer()) {
        employmentWords.addAll(type.contextClassWords());
      }
    }
    employmentClassWords = Set.copyOf(employmentWords);
    phrasesByFirstWord = Map.copyOf(phrases);

    Set<String> known = new HashSet<>();
    for (List<Phrase> list : phrases.values()) {
      for (Phrase phrase : list) {
        known.addAll(phrase.words());
      }
    }
    known.addAll(negativeCues);
    known.addAll(personContextWords);
    known.addAll(partyClassWords);
    known.addAll(messagePartyClassHeads);
    known.addAll(messagePartClassHeads);
    known.addAll(notPersonContextWords);
    known.addAll(organisationWords);
    known.addAll(organisationFieldWords);
    known.addAll(populationContextWords);
    known.addAll(idWords);
    known.addAll(valueClassHeadWords);
    known.addAll(placeWords);
    known.addAll(whereaboutsWords);
    known.addAll(identityDocumentWords);
    known.addAll(whereaboutsOfPersonModifiers);
    known.addAll(definitionWords);
    known.addAll(definitionTypeHeads);
    known.addAll(actionVerbs);
    known.addAll(actorVerbs);
    known.addAll(actorPrepositions);
    known.addAll(personWordsInFieldNames);
    known.addAll(valueWords);
    known.addAll(contextModifiers);
    known.addAll(contentTypeWords);
    known.addAll(fakePersonModifiers);
    known.addAll(legalEntityModifiers);
    known.addAll(dimensionClassWords);
    known.addAll(dimensionSiblingFields);
    for (DataType type : types) {
      known.addAll(type.negativeCues());
      known.addAll(type.contextClassWords());
      known.addAll(type.modifiers());
    }
    knownWords = Set.copyOf(known);
  }

  private static final Comparator<Phrase> LONGEST_FIRST = Comparator.comparingInt((Phrase p) -> -p.words().size());

  static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + Vocabulary.class);
      }
      return new Vocabulary(JsonTrees.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the detector vocabulary " + RESOURCE, e);
    }
  }

  /**
   * The word as the vocabulary spells it: plurals become the singular the vocabulary knows
   * ({@code emails}, {@code addresses}, {@code phoneNumbers}); unknown words stay as they are.
   */
  String normalize(String word) {
    if (word.length() < 4 || knownWords.contains(word)) {
      return word;
    }
    if (word.endsWith("ies") && knownWords.contains(word.substring(0, word.length() - 3) + "y")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("es") && knownWords.contains(word.substring(0, word.length() - 2))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s") && knownWords.contains(word.substring(0, word.length() - 1))) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** The data type a top-level entry ({@code key}) names by its id. */
  private static DataType dataTypeNamed(List<DataType> types, String id, String key) {
    for (DataType type : types) {
      if (type.match().dataType().equals(id)) {
        return type;
      }
    }
    throw new IllegalStateException(key + " names no data type: " + id);
  }

  /** Ids of data types listed under a top-level entry ({@code key}), each checked to name one. */
  private static Set<String> dataTypeIds(List<DataType> types, JsonNode ids, String key) {
    Set<String> set = wordSet(ids);
    for (String id : set) {
      dataTypeNamed(types, id, key);
    }
    return set;
  }

  private static void addPhrases(
      Map<String, List<Phrase>> index, JsonNode phrases, DataType dataType, boolean strong) {
    for (String phrase : strings(phrases)) {
      List<String> words = words(phrase);
      if (words.isEmpty()) {
        throw new IllegalStateException("an empty phrase in data type " + dataType.match().dataType());
      }
      index.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Phrase(words, dataType, strong));
    }
  }

  /**
   * A phrase's words, split at runs of spaces. By hand: {@code String.split(" +")} compiles its
   * pattern on every call, and the vocabulary has some 800 phrases, read at every compilation.
   */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= phrase.length(); i++) {
      boolean space = i == phrase.length() || phrase.charAt(i) == ' ';
      if (space && start >= 0) {
        words.add(phrase.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return List.copyOf(words);
  }

  private static Set<TypeCategory> categorySet(JsonNode node) {
    Set<TypeCategory> set = new HashSet<>();
    for (String name : strings(node)) {
      set.add(TypeCategory.parse(name));
    }
    return Set.copyOf(set);
  }

  private static Set<String> wordSet(JsonNode node) {
    return Set.copyOf(new HashSet<>(strings(node)));
  }

  private static List<String> strings(JsonNode node) {
    List<String> values = new ArrayList<>();
    for (JsonNode element : node) {
      values.add(element.asText());
    }
    return values;
  }
}
