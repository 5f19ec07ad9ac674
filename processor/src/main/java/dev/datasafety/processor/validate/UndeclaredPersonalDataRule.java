package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.Annotations;
import dev.datasafety.processor.collect.TypeLookup;
import dev.datasafety.processor.collect.TypeMembers;
import dev.datasafety.processor.collect.UserDataTypes;
import dev.datasafety.processor.detect.DataTypeMatch;
import dev.datasafety.processor.detect.FieldFacts;
import dev.datasafety.processor.detect.Owner;
import dev.datasafety.processor.detect.PersonalDataClassifier;
import dev.datasafety.processor.diag.Finding;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.options.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * {@code undeclared-personal-data} (SPEC §6, §10): a non-static field outside {@code @UserData}
 * types whose name, type and owner look like personal data. Fields already accounted for are
 * skipped: declared data, {@code @NotUserData} members and members of {@code @NotUserData} types
 * (nested types included), and fields whose type is itself a {@code @UserData} type. Members of
 * {@code @UserData} types are left to {@code undeclared-field}.
 *
 * <p>What is read, beyond the field's own name and type: record components, the getters of a
 * getters-only type (an interface of an API client), the names {@code @Column(name)}, {@code
 * @JsonProperty}, {@code @SerializedName} and their kin give a field, and the type graph of the
 * compilation: a type that a person's class holds (directly, in a collection, through generics,
 * through another held type, or as the superclass of one) holds that person's data, so {@code
 * city} in the {@code Address} of a {@code Customer} is a person's, and in the {@code Address}
 * only a {@code Company} holds is not.
 */
public final class UndeclaredPersonalDataRule {
  /** Annotations (by simple name) whose element gives the name a field is stored or sent under. */
  private static final Map<String, String> NAMING_ANNOTATIONS = Map.of(
      "Column", "name",
      "JsonProperty", "value",
      "SerializedName", "value",
      "JsonbProperty", "value",
      "Json", "name",
      "JsonAlias", "value",
      "Field", "value",
      "XmlElement", "name",
      "XmlAttribute", "name");

  /** Wrappers that say only that a value may be absent: the rules read the type they wrap ({@link #valueType}). */
  private static final Set<String> OPTIONAL_WRAPPERS = Set.of(
      "java.util.Optional", "com.google.common.base.Optional", "org.openapitools.jackson.nullable.JsonNullable");
  /** The optional primitives, by the primitive they hold. */
  private static final Map<String, String> OPTIONAL_PRIMITIVES = Map.of(
      "java.util.OptionalInt", "int", "java.util.OptionalLong", "long", "java.util.OptionalDouble", "double");

  private final Elements elements;
  private final PersonalDataClassifier classifier;
  private final UserDataTypes userDataTypes;
  private final Diagnostic.Kind severity;
  private final Reporter reporter;
  /** The owner the type graph gives each type of the compilation ({@link TypeGraph#owners}). */
  private final Map<TypeElement, Owner> heldBy;
  /** Every property checked, in source order, reported once all are known. */
  private final List<Checked> checked = new ArrayList<>();
  /** Whose data each holder class is by its own name, asked once per class. */
  private final Map<TypeElement, Owner> ownerByName = new HashMap<>();
  /**
   * What the holder rules ask of a class for each field that holds it or that it declares, asked
   * once per class: the three fixpoint passes visit every field of the compilation.
   */
  private final Map<TypeElement, Boolean> namesAPerson = new HashMap<>();
  private final Map<TypeElement, Boolean> clinicalRecord = new HashMap<>();
  private final Map<TypeElement, Integer> dataFieldCount = new HashMap<>();
  private final Map<TypeElement, Boolean> pageOrCount = new HashMap<>();
  /** The classes whose fields are mostly an address's parts ({@link PersonalDataClassifier#isAddressByItsParts}). */
  private final Set<TypeElement> addressesByTheirParts = new HashSet<>();
  /** The types each checked property mentions, read once: the fixpoint passes read them on every pass. */
  private final Map<Property, List<TypeElement>> heldTypes = new HashMap<>();
  private int found;

  private UndeclaredPersonalDataRule(Elements elements, PersonalDataClassifier classifier, UserDataTypes userDataTypes,
      Diagnostic.Kind severity, Reporter reporter, Map<TypeElement, Owner> heldBy) {
    this.elements = elements;
    this.classifier = classifier;
    this.userDataTypes = userDataTypes;
    this.severity = severity;
    this.reporter = reporter;
    this.heldBy = heldBy;
  }

  /**
   * Checks every type compiled (top-level names, in a stable order) and the types nested in them.
   *
   * @return how many fields it found
   */
  public static int check(
      Iterable<String> rootTypes,
      TypeLookup lookup,
      Elements elements,
      UserDataTypes userDataTypes,
      PersonalDataClassifier classifier,
      Severity configured,
      Reporter reporter) {
    if (configured == Severity.OFF) {
      return 0;
    }
    Diagnostic.Kind severity = configured == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    List<TypeElement> types = new ArrayList<>();
    for (String name : rootTypes) {
      TypeElement type = lookup.find(name);
      if (type != null) {
        addWithNested(type, types);
      }
    }
    UndeclaredPersonalDataRule rule = new UndeclaredPersonalDataRule(
        elements, classifier, userDataTypes, severity, reporter, TypeGraph.owners(types, classifier, elements));
    for (String name : rootTypes) {
      TypeElement type = lookup.find(name);
      if (type != null) {
        rule.checkType(type, List.of());
      }
    }
    rule.leaveThePlacesTheirValueTypes();
    rule.findIdsOfPersonsRecords(types);
    rule.findFieldsByTheClassTheyHold(classifier::referenceByHeldClass);
    rule.findHoldersOfPersonalData();
    // after the holders, so that a page of messages stays their senders' data; then their holders again
    rule.findFieldsByTheClassTheyHold(classifier::contentByHeldClass);
    rule.findHoldersOfPersonalData();
    // last, so that what is found in a held class keeps its own category; then their holders again
    rule.findRecordsAPersonsRecordHolds();
    rule.findHoldersOfPersonalData();
    rule.reportAll();
    return rule.found;
  }

  private static void addWithNested(TypeElement type, List<TypeElement> into) {
    into.add(type);
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      addWithNested(nested, into);
    }
  }

  /** @param outer the simple names of the enclosing types, innermost first */
  private void checkType(TypeElement type, List<String> outer) {
    if (Annotations.has(type, Annotations.NOT_USER_DATA)) {
      return; // silences the detector for all its members, nested types included
    }
    if (!Annotations.has(type, Annotations.USER_DATA)) {
      List<Property> properties = Property.of(type);
      List<String> structureClassWords = structureClassWords(properties);
      if (classifier.isAddressByItsParts(structureClassWords)) {
        addressesByTheirParts.add(type);
      }
      String packageName = TypeGraph.packageOf(type, elements);
      for (Property property : properties) {
        checkProperty(type, property, outer, structureClassWords, packageName);
      }
    }
    List<String> nestedOuter = new ArrayList<>(outer.size() + 1);
    nestedOuter.add(TypeGraph.nameOf(type));
    nestedOuter.addAll(outer);
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      checkType(nested, List.copyOf(nestedOuter));
    }
  }

  /** The context words a class's own fields give it ({@code employee} for its {@code employeeId}). */
  private List<String> structureClassWords(List<Property> properties) {
    List<String> names = new ArrayList<>(properties.size());
    for (Property property : properties) {
      if (!property.isStatic()) {
        names.add(property.name());
      }
    }
    return classifier.structureClassWords(names);
  }

  private void checkProperty(
      TypeElement type, Property property, List<String> outer, List<String> structureClassWords, String packageName) {
    Element element = property.element();
    if (property.isStatic()
        || Annotations.has(element, Annotations.USER_DATA)
        || Annotations.has(element, Annotations.NOT_USER_DATA)
        || property.type().getKind() == TypeKind.ERROR
        || userDataTypes.holdsUserData(property.type())) {
      return;
    }
    if (Reporter.isSuppressed(element, Message.UNDECLARED_PERSONAL_DATA)) {
      return; // checked here too, so that suppression also holds at severity error
    }
    TypeMirror valueType = valueType(property.type());
    FieldFacts facts = new FieldFacts(
        property.name(),
        declaredNames(element),
        erasedName(valueType),
        isEnum(valueType),
        TypeGraph.nameOf(type),
        heldBy.getOrDefault(type, Owner.NEUTRAL),
        outer,
        structureClassWords,
        packageName);
    checked.add(new Checked(type, property, classifier.classify(facts)));
  }

  /**
   * A value type nested in a class and named for a datum ({@code Hotel.Address}, {@code
   * Activity.GeoCode}) is its outer class's: when no person's class holds it (the type graph),
   * the outer class is not a person's and holds it in a field of its own (its own address or
   * coordinates) and no personal data of its own, the outer class is a place or a thing, and the
   * nested type's addresses and coordinates are not reported. Once per nested type, on the
   * findings already made.
   */
  private void leaveThePlacesTheirValueTypes() {
    Map<TypeElement, List<Integer>> foundIn = new LinkedHashMap<>();
    for (int i = 0; i < checked.size(); i++) {
      if (checked.get(i).match().isPresent()) {
        foundIn.computeIfAbsent(checked.get(i).type(), t -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> placesData = new ArrayList<>();
    for (Map.Entry<TypeElement, List<Integer>> e : foundIn.entrySet()) {
      TypeElement nested = e.getKey();
      if (nested.getEnclosingElement() instanceof TypeElement outer
          && !foundIn.containsKey(outer)
          && !ownedByAPerson(nested)
          && !ownedByAPerson(outer)
          && holds(outer, nested)) {
        for (int i : e.getValue()) {
          if (classifier.isPlaceData(checked.get(i).match().get())) {
            placesData.add(i); // its address or coordinates; a page's members stay found
          }
        }
      }
    }
    for (int i : placesData) {
      Checked c = checked.get(i);
      checked.set(i, new Checked(c.type(), c.property(), Optional.empty()));
    }
  }

  /** Whether a person owns a type: by the type graph, or by its own name or the names around it. */
  private boolean ownedByAPerson(TypeElement type) {
    return heldBy.get(type) == Owner.PERSON || ownerByName(type) == Owner.PERSON;
  }

  private Owner ownerByName(TypeElement type) {
    return ownerByName.computeIfAbsent(type,
        t -> classifier.ownerOf(TypeGraph.nameOf(t), TypeGraph.outerNamesOf(t), TypeGraph.packageOf(t, elements)));
  }

  /** Whether a non-static field of {@code holder} mentions {@code held} (directly, in a collection, through generics). */
  private static boolean holds(TypeElement holder, TypeElement held) {
    for (Property property : Property.of(holder)) {
      if (property.isStatic()) {
        continue;
      }
      List<TypeElement> mentioned = new ArrayList<>();
      TypeGraph.mentionedTypes(property.type(), mentioned, 0);
      if (mentioned.contains(held)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An id under the name of a class of the compilation that is a person's record ({@code
   * SubscriptionDetail.customerProfileId} where a {@code CustomerProfileType} is compiled) points
   * at that person: a reference to a person (SPEC §10, a reference or id of a record is the
   * person's when the record is a person's). The record's own id, in the record or a subclass of
   * it, is left alone, as are a population's and a schema's fields. One lookup per field not found
   * yet, in a map built once from the compilation's class names.
   */
  private void findIdsOfPersonsRecords(List<TypeElement> types) {
    Map<String, TypeElement> personsRecords = new HashMap<>();
    for (TypeElement type : types) {
      String name = TypeGraph.nameOf(type);
      if (classifier.isPersonsRecordClass(name)) {
        personsRecords.putIfAbsent(classifier.recordName(name), type);
      }
    }
    if (personsRecords.isEmpty()) {
      return;
    }
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      if (c.match().isPresent()) {
        continue;
      }
      TypeElement record = classifier.recordNamedByAnId(c.property().name()).map(personsRecords::get).orElse(null);
      if (record == null || isOrExtends(c.type(), record)) {
        continue;
      }
      Owner holder = ownerByName(c.type());
      if (holder != Owner.POPULATION && holder != Owner.DEFINITION) {
        checked.set(i, new Checked(c.type(), c.property(), Optional.of(classifier.personReference())));
      }
    }
  }

  /** Whether {@code type} is {@code ancestor} or inherits from it. */
  private static boolean isOrExtends(TypeElement type, TypeElement ancestor) {
    int depth = 0;
    for (TypeElement t = type; t != null && depth < MAX_SUPERCLASS_DEPTH; t = TypeMembers.superclassOf(t), depth++) {
      if (t.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A field whose own name says nothing, read by the class it holds (its type, an element or type
   * argument of it; a class of the compilation or of its classpath, not of the platform): a person's class makes it a reference to that person
   * ({@link PersonalDataClassifier#referenceByHeldClass}, before holders of personal data are
   * looked for, so that a person's class holding a {@code Post} whose {@code from} is a person's
   * holds personal data too), a class of content held by a message's class makes it the
   * message's content ({@link PersonalDataClassifier#contentByHeldClass}). Once per field not
   * found yet.
   */
  private void findFieldsByTheClassTheyHold(ByHeldClass rule) {
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      if (c.match().isPresent() || classifier.isRecordTypeFieldName(c.property().name())) {
        continue; // User.object of the enum UserObject: the record's type, not a reference to a user
      }
      for (TypeElement held : heldTypes(c.property())) {
        if (isPlatformType(held)) {
          continue; // String, File, List: the platform's names are a tool's, not a domain's
        }
        List<String> holderNames = new ArrayList<>();
        holderNames.add(TypeGraph.nameOf(c.type()));
        holderNames.addAll(TypeGraph.outerNamesOf(c.type()));
        Optional<DataTypeMatch> byHeld = rule.classify(c.property().name(), holderNames, TypeGraph.nameOf(held));
        if (byHeld.isPresent()) {
          checked.set(i, new Checked(c.type(), c.property(), byHeld));
          break;
        }
      }
    }
  }

  /**
   * A field that holds a class of a person's data holds that person's data too, with the
   * category of the first datum found in the class (or in a superclass of it), repeated until
   * nothing changes, so that holders of holders count. Two ways: a person's class holding a type
   * of the compilation in which the detector found personal data ({@code User.identities} of
   * {@code List<Identity>}, {@code Identity.profileData}); and any class not an organisation's,
   * a population's or a schema's holding a class that is a person's by the type graph or its own
   * name (the {@code billTo} of a transaction request, of a {@code CustomerAddressType} that
   * customers' payment profiles hold; the {@code card} of a charge; see {@link
   * #isPersonsDataClass}): the data is held for a person wherever the holder stands; an
   * operation's member ({@code createMember} of a client) holds no data, and an origin ({@code
   * shipFrom}) is a sender's, as often a business's. The field's own name must not give it to an organisation
   * or a thing ({@code merchantAddress}, {@code templateAddress}), and a value type nested in a
   * holder that is no person's is the holder's own ({@code Checkin.GeoCode}).
   */
  private void findHoldersOfPersonalData() {
    // Which fields may pass on what they hold, and what they hold, does not change between passes.
    List<HolderCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      if (c.match().isPresent()) {
        continue;
      }
      boolean personsClass = mayHoldPersonalData(c);
      String name = c.property().name();
      if (personsClass
          || (mayHoldForAPerson(c.type()) && !classifier.isOperationName(name) && !classifier.namesAnOrigin(name))) {
        candidates.add(new HolderCandidate(i, personsClass, heldTypes(c.property())));
      }
    }
    Map<TypeElement, DataTypeMatch> firstFound = new HashMap<>();
    Map<TypeElement, Integer> foundCount = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      foundCount.clear();
      for (Checked c : checked) {
        if (c.match().isPresent()) {
          firstFound.putIfAbsent(c.type(), c.match().get());
          foundCount.merge(c.type(), 1, Integer::sum);
        }
      }
      for (HolderCandidate candidate : candidates) {
        Checked c = checked.get(candidate.index());
        if (c.match().isPresent()) {
          continue;
        }
        for (TypeElement held : candidate.held()) {
          DataTypeMatch inside = held.equals(c.type()) ? null : foundIn(held, firstFound);
          if (inside == null) {
            continue;
          }
          Owner passed = classifier.ownerOfHeld(Owner.PERSON, c.property().name(), TypeGraph.nameOf(held));
          // an Organization a person holds is where the person works: its data found is the person's employment
          boolean holds = candidate.personsClass()
              ? passed == Owner.PERSON || passed == Owner.EMPLOYER
              : (passed == Owner.PERSON && isPersonsDataClass(held) && !held.getEnclosingElement().equals(c.type())
                  && isStrongEvidence(held, inside, foundCount))
                  || isPartOfAnAddress(c.type(), held, inside);
          if (holds) {
            checked.set(candidate.index(), new Checked(c.type(), c.property(), Optional.of(inside)));
            changed = true;
            break;
          }
        }
      }
    }
  }

  /** A field not found yet that may pass on the data of a class it holds ({@link #findHoldersOfPersonalData}). */
  private record HolderCandidate(int index, boolean personsClass, List<TypeElement> held) {}

  /**
   * The records a person's record holds are that person's, even where the detector finds nothing
   * in them ({@code Encounter.careplans} of a patient's health record, {@code
   * MemberDevices.webSessions} of a team member, {@code ActivitiesSummary.employments} of a
   * researcher's record): a field of a class that is a person's by the type graph, holding a class
   * of the compilation (no enum, no platform class) that the type graph gives to a person too,
   * whose own name is no organisation's, place's or thing's, which the field's name does not give
   * to an organisation or a thing ({@link PersonalDataClassifier#ownerOfHeld}), and which holds no
   * organisation's class itself (a membership holding its organisation is the organisation's
   * side). Not an operation's member or an origin. Reported as the clinical content of a health
   * record when the record or the held class is named for a clinical one, else as data linked to
   * the person ({@link PersonalDataClassifier#contentOfPersonsRecord}). Once per field not found
   * yet; what a class holds is looked at once per class.
   */
  private void findRecordsAPersonsRecordHolds() {
    Map<TypeElement, Boolean> holdsAnOrganisations = new HashMap<>();
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      String name = c.property().name();
      if (c.match().isPresent()
          || heldBy.get(c.type()) != Owner.PERSON
          || classifier.isOperationName(name)
          || classifier.namesAnOrigin(name)) {
        continue;
      }
      for (TypeElement held : heldTypes(c.property())) {
        if (isPersonsRecordOfItsHolder(c, held)
            && !holdsAnOrganisations.computeIfAbsent(held, this::holdsAnOrganisationsClass)) {
          List<String> names = new ArrayList<>();
          names.add(TypeGraph.nameOf(held));
          names.add(TypeGraph.nameOf(c.type()));
          names.addAll(TypeGraph.outerNamesOf(c.type()));
          checked.set(i, new Checked(c.type(), c.property(), Optional.of(classifier.contentOfPersonsRecord(names))));
          break;
        }
      }
    }
  }

  /** Whether a class a person's record holds in a field is a record of that person ({@link #findRecordsAPersonsRecordHolds}). */
  private boolean isPersonsRecordOfItsHolder(Checked holder, TypeElement held) {
    if (held.equals(holder.type())
        || held.getKind() == ElementKind.ENUM
        || isPlatformType(held)
        || dataFieldCount(held) < 2
        || pageOrCount(held)) {
      return false; // a value class (Tag.value) is what its name says, which the classifier reads; a count is no record
    }
    if (clinicalRecord(holder.type())) {
      // an encounter's care plans, devices, reports: the patient's, whatever they are called
      return heldBy.get(held) != Owner.ORGANISATION && ownerByName(held) != Owner.ORGANISATION;
    }
    if (heldBy.get(held) != Owner.PERSON
        || !namesAPerson(holder.type())
        || held.getEnclosingElement().equals(holder.type())
        || (held.getEnclosingElement() instanceof TypeElement around
            && around.equals(holder.type().getEnclosingElement()))) {
      // a class a person's only by the type graph (Card.checks); the holder's own nested value
      // (UpdateMemberRequest.Reason), also for the holder's builder beside it
      return false;
    }
    Owner byName = ownerByName(held);
    return (byName == Owner.NEUTRAL || byName == Owner.PERSON)
        && classifier.ownerOfHeld(Owner.PERSON, holder.property().name(), TypeGraph.nameOf(held)) == Owner.PERSON;
  }

  /** The types a property mentions ({@link TypeGraph#mentionedTypes}), once per property. */
  private List<TypeElement> heldTypes(Property property) {
    return heldTypes.computeIfAbsent(property, p -> {
      List<TypeElement> mentioned = new ArrayList<>();
      TypeGraph.mentionedTypes(property.type(), mentioned, 0);
      return mentioned;
    });
  }

  /** Whether a class's own name, or the name of a class around it, names a person with a word that is no weak one. */
  private boolean namesAPerson(TypeElement type) {
    return namesAPerson.computeIfAbsent(type, this::namesAPersonUncached);
  }

  private boolean namesAPersonUncached(TypeElement type) {
    if (classifier.namesAPerson(TypeGraph.nameOf(type))) {
      return true;
    }
    for (String outer : TypeGraph.outerNamesOf(type)) {
      if (classifier.namesAPerson(outer)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class or a class around it is named for a clinical record ({@code Encounter}, {@code HealthRecord.Procedure}). */
  private boolean clinicalRecord(TypeElement type) {
    return clinicalRecord.computeIfAbsent(type, this::clinicalRecordUncached);
  }

  private boolean clinicalRecordUncached(TypeElement type) {
    List<String> names = new ArrayList<>();
    names.add(TypeGraph.nameOf(type));
    names.addAll(TypeGraph.outerNamesOf(type));
    return !classifier.contentOfPersonsRecord(names).equals(classifier.personReference());
  }

  /** Whether a class's fields are a page's or a count's only ({@link PersonalDataClassifier#isPageOrCount}), asked once per class. */
  private boolean pageOrCount(TypeElement type) {
    return pageOrCount.computeIfAbsent(type, t -> {
      List<String> names = new ArrayList<>();
      for (Property property : Property.of(t)) {
        if (!property.isStatic()) {
          names.add(property.name());
        }
      }
      return classifier.isPageOrCount(names);
    });
  }

  private int dataFieldCount(TypeElement type) {
    return dataFieldCount.computeIfAbsent(type, UndeclaredPersonalDataRule::dataFieldCountUncached);
  }

  private static int dataFieldCountUncached(TypeElement type) {
    int count = 0;
    for (Property property : Property.of(type)) {
      if (!property.isStatic()) {
        count++;
      }
    }
    return count;
  }

  /** Whether a non-static field of a class holds a class that is an organisation's by the type graph or its own name. */
  private boolean holdsAnOrganisationsClass(TypeElement type) {
    for (Property property : Property.of(type)) {
      if (property.isStatic()) {
        continue;
      }
      List<TypeElement> mentioned = new ArrayList<>();
      TypeGraph.mentionedTypes(property.type(), mentioned, 0);
      for (TypeElement t : mentioned) {
        Owner owner = heldBy.get(t);
        if (owner == Owner.ORGANISATION || owner == Owner.EMPLOYER || ownerByName(t) == Owner.ORGANISATION) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a class is a person's data class for a holder that is no person's: its own name or
   * the name of a class around it names a person ({@code CustomerAddress}, {@code
   * Customer.Address}), or a person's class holds it by the type graph. A class that is a person's
   * only by a weak word of its own name ({@code Account}, {@code Profile}, {@code Card}, which a
   * business has too) is none.
   */
  private boolean isPersonsDataClass(TypeElement type) {
    if (namesAPerson(type)) {
      return true;
    }
    return heldBy.get(type) == Owner.PERSON && ownerByName(type) != Owner.PERSON;
  }

  /**
   * Whether what was found in a held class is enough to make it a person's data class for a
   * holder that is no person's (the premise of the holder rule, which multiplies an error in it by
   * the number of holders): its name names a person, or two data or more were found in it and
   * its superclasses, or its one datum is not of a data type whose words are also a thing's
   * measures or state ({@link PersonalDataClassifier#isMeasureDataType}: an image's {@code
   * height}, a tag's {@code condition}); such a datum needs the person a holder that is no
   * person's does not give. A card class with its number alone stays a card.
   */
  private boolean isStrongEvidence(TypeElement held, DataTypeMatch first, Map<TypeElement, Integer> foundCount) {
    if (namesAPerson(held)) {
      return true;
    }
    int count = 0;
    int depth = 0;
    for (TypeElement t = held; t != null && depth < MAX_SUPERCLASS_DEPTH; t = TypeMembers.superclassOf(t), depth++) {
      count += foundCount.getOrDefault(t, 0);
    }
    return count >= 2 || !classifier.isMeasureDataType(first);
  }

  /**
   * Whether a field of an address holds a part of it ({@code UsVerification.components} of {@code
   * UsComponents}): both classes are addresses by their fields, and what was found in the held
   * one is an address's. The holder is no organisation's ({@link #mayHoldForAPerson}), or the
   * rule would not ask.
   */
  private boolean isPartOfAnAddress(TypeElement holder, TypeElement held, DataTypeMatch inside) {
    return addressesByTheirParts.contains(holder) && addressesByTheirParts.contains(held) && classifier.isPlaceData(inside);
  }

  /** The first datum found in a class or, for what it inherits, in its superclasses; null for none. */
  private static DataTypeMatch foundIn(TypeElement type, Map<TypeElement, DataTypeMatch> firstFound) {
    int depth = 0;
    for (TypeElement t = type; t != null && depth < MAX_SUPERCLASS_DEPTH; t = TypeMembers.superclassOf(t), depth++) {
      DataTypeMatch found = firstFound.get(t);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Deeper superclass chains than any model has: a bound on what an unresolved hierarchy could make. */
  private static final int MAX_SUPERCLASS_DEPTH = 16;

  /**
   * Whether a class may hold a person's data class for that person: not an organisation's (by the
   * type graph or its name), a population's or a schema's. A transaction, a
   * subscription or a class whose name says nothing holds it for the person it is about.
   */
  private boolean mayHoldForAPerson(TypeElement holder) {
    Owner byGraph = heldBy.get(holder);
    if (byGraph == Owner.ORGANISATION || byGraph == Owner.EMPLOYER) {
      return false;
    }
    Owner byName = ownerByName(holder);
    return byName == Owner.NEUTRAL || byName == Owner.NOT_PERSON || byName == Owner.PERSON;
  }

  /**
   * Whether a property passes on the personal data of a type it holds: in a person's class, or
   * as a page of records in a class whose name says nothing ({@code InboundMessages.messages} of
   * {@code List<InboundMessage>}): an array, collection or other generic container of them.
   */
  private boolean mayHoldPersonalData(Checked c) {
    Owner holder = heldBy.get(c.type());
    if (holder == Owner.PERSON) {
      return true;
    }
    if (holder != null || !isCollectionOrArray(c.property().type())) {
      return false;
    }
    return ownerByName(c.type()) == Owner.NEUTRAL;
  }

  private static boolean isCollectionOrArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        || type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty();
  }

  private void reportAll() {
    for (Checked c : checked) {
      if (c.match().isEmpty()) {
        continue;
      }
      found++;
      DataTypeMatch m = c.match().get();
      Element element = c.property().element();
      reporter.report(Message.UNDECLARED_PERSONAL_DATA, severity, Position.of(element),
          Optional.of(new Finding.Detection(m.dataType(), m.category())), describe(element, c.type()), m.label(),
          m.category());
    }
  }

  /** A class of the Java platform ({@code java.io.File}, {@code javax.mail.Message}), read by no rule of names. */
  private static boolean isPlatformType(TypeElement type) {
    return PersonalDataClassifier.isPlatformType(type.getQualifiedName().toString());
  }

  /** One of the classifier's readings of a field by the class it holds. */
  @FunctionalInterface
  private interface ByHeldClass {
    Optional<DataTypeMatch> classify(String fieldName, List<String> holderClassNames, String heldClassName);
  }

  /** A property checked, with what the classifier made of it. */
  private record Checked(TypeElement type, Property property, Optional<DataTypeMatch> match) {}

  /** The names naming annotations give a member ({@code @Column(name = "email_address")}), in source order. */
  static List<String> declaredNames(Element element) {
    List<String> names = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      String simple = annotation.getAnnotationType().asElement().getSimpleName().toString();
      String elementName = NAMING_ANNOTATIONS.get(simple);
      if (elementName == null) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
        if (e.getKey().getSimpleName().contentEquals(elementName)) {
          addNames(e.getValue().getValue(), names);
        }
      }
    }
    return names;
  }

  private static void addNames(Object value, List<String> names) {
    if (value instanceof String text && !text.isBlank()) {
      names.add(text);
    } else if (value instanceof List<?> entries) {
      for (Object entry : entries) {
        if (entry instanceof AnnotationValue v) {
          addNames(v.getValue(), names);
        }
      }
    }
  }

  private static String describe(Element member, TypeElement type) {
    String kind = switch (member.getKind()) {
      case RECORD_COMPONENT -> "Record component";
      case METHOD -> "Getter";
      default -> "Field";
    };
    return kind + " '" + member.getSimpleName() + "' of " + type.getQualifiedName();
  }

  /**
   * The erasure as the classifier's vocabulary spells types: {@code java.util.List}, {@code
   * long[]}, {@code int}; type annotations never show.
   */
  static String erasedName(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        return erasedName(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED:
        Element element = ((DeclaredType) type).asElement();
        if (!(element instanceof TypeElement t)) {
          return element.getSimpleName().toString();
        }
        String name = t.getQualifiedName().toString();
        return OPTIONAL_PRIMITIVES.getOrDefault(name, name);
      case TYPEVAR:
        return erasedName(((TypeVariable) type).getUpperBound());
      default:
        return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(java.util.Locale.ROOT) : "java.lang.Object";
    }
  }

  /**
   * The type of the value a field holds, seen through an optional wrapper ({@code
   * Optional<String>} is a {@code String}, {@code OptionalInt} an {@code int}, {@code
   * JsonNullable<Card>} a {@code Card}; {@link #erasedName} spells an {@code OptionalInt} as an
   * {@code int}), so that every rule reads the datum's own type: a wrapper
   * says only that the value may be absent. Collections stay themselves: a list of names is a
   * collection.
   */
  static TypeMirror valueType(TypeMirror type) {
    TypeMirror value = type;
    for (int depth = 0; depth < 4 && value.getKind() == TypeKind.DECLARED; depth++) {
      DeclaredType declared = (DeclaredType) value;
      if (!(declared.asElement() instanceof TypeElement element)) {
        break;
      }
      if (!OPTIONAL_WRAPPERS.contains(element.getQualifiedName().toString()) || declared.getTypeArguments().size() != 1) {
        break;
      }
      TypeMirror argument = declared.getTypeArguments().get(0);
      if (argument instanceof WildcardType wildcard) {
        if (wildcard.getExtendsBound() == null) {
          break; // Optional<?>: nothing known of the value
        }
        argument = wildcard.getExtendsBound();
      }
      value = argument;
    }
    return value;
  }

  private static boolean isEnum(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
  }

  /**
   * A member that can hold data: a field or record component ({@link TypeMembers}), or the
   * getter of a getters-only type, named by its property ({@code getEmail()} is {@code email}).
   */
  record Property(Element element, String name, TypeMirror type, boolean isStatic) {
    // A member is one property: by its element and name, not by the record's generated
    // equals and hashCode, which combine every component through method handles (the holder
    // rules' maps hash each property on every pass of their fixpoints).
    @Override
    public boolean equals(Object other) {
      return other instanceof Property p && element.equals(p.element) && name.equals(p.name);
    }

    @Override
    public int hashCode() {
      return element.hashCode() * 31 + name.hashCode();
    }

    static List<Property> of(TypeElement type) {
      List<Property> properties = new ArrayList<>();
      for (TypeMembers.Member member : TypeMembers.of(type)) {
        properties.add(new Property(member.element(), member.name(), member.type(), member.isStatic()));
      }
      if (type.getKind() == ElementKind.INTERFACE) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
          String name = propertyName(method);
          if (name != null) {
            properties.add(new Property(method, name, method.getReturnType(), false));
          }
        }
      }
      return properties;
    }

    /** {@code getEmail()} and {@code isActive()}: abstract, no parameters, not void; else null. */
    static String propertyName(ExecutableElement method) {
      Set<Modifier> modifiers = method.getModifiers();
      if (!modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.STATIC) || !method.getParameters().isEmpty()
          || method.getReturnType().getKind() == TypeKind.VOID) {
        return null;
      }
      String name = method.getSimpleName().toString();
      int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
      if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
        return null;
      }
      return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }
  }

  /**
   * The type graph of the compilation: which types hold a person's (or only an organisation's)
   * data because of the classes that hold them. Seeds are the types whose own name says so
   * ({@code Customer}, {@code Company}) and {@code @UserData} types; each field passes its
   * holder's owner to the types it mentions (its type, type arguments at any depth, array
   * elements) as {@link PersonalDataClassifier#ownerOfHeld} decides, and a type passes its owner
   * to its superclasses, whose fields it inherits. A person's claim wins over an organisation's:
   * an {@code Address} that customers and companies both hold holds customers' addresses too.
   */
  static final class TypeGraph {
    private TypeGraph() {}

    static Map<TypeElement, Owner> owners(List<TypeElement> types, PersonalDataClassifier classifier, Elements elements) {
      // keyed by the elements themselves: a class's symbol is one object, and its name would be
      // converted to a string at every look-up of the rules' passes
      Set<TypeElement> compiled = new HashSet<>(types);
      Map<TypeElement, Owner> owners = new HashMap<>();
      Deque<TypeElement> work = new ArrayDeque<>();
      for (TypeElement type : types) {
        Owner own = insideUserData(type)
            ? Owner.PERSON
            : classifier.ownerOf(nameOf(type), outerNamesOf(type), packageOf(type, elements));
        if ((own == Owner.PERSON || own == Owner.ORGANISATION) && owners.putIfAbsent(type, own) == null) {
          work.add(type);
        }
      }
      while (!work.isEmpty()) {
        TypeElement type = work.poll();
        Owner holder = owners.get(type);
        List<TypeElement> held = new ArrayList<>();
        List<String> viaField = new ArrayList<>();
        for (Property property : Property.of(type)) {
          if (property.isStatic()) {
            continue;
          }
          List<TypeElement> mentioned = new ArrayList<>();
          mentionedTypes(property.type(), mentioned, 0);
          for (TypeElement t : mentioned) {
            held.add(t);
            viaField.add(property.name());
          }
        }
        TypeElement parent = TypeMembers.superclassOf(type);
        if (parent != null) {
          held.add(parent);
          viaField.add(""); // the superclass: its fields are this type's own
        }
        for (int i = 0; i < held.size(); i++) {
          TypeElement heldType = held.get(i);
          if (!compiled.contains(heldType) || heldType.equals(type)) {
            continue;
          }
          Owner passed = viaField.get(i).isEmpty()
              ? holder
              : classifier.ownerOfHeld(holder, viaField.get(i), nameOf(heldType));
          Owner before = owners.get(heldType);
          boolean stronger = claimStrength(passed) > claimStrength(before);
          if (stronger) {
            owners.put(heldType, passed);
            work.add(heldType);
          }
        }
      }
      return owners;
    }

    /**
     * How strongly a holder's owner claims a held type: a person's claim wins over an employer's
     * (an organisation a person holds), which wins over an organisation's own.
     */
    private static int claimStrength(Owner owner) {
      if (owner == null) {
        return 0;
      }
      return switch (owner) {
        case PERSON -> 3;
        case EMPLOYER -> 2;
        case ORGANISATION -> 1;
        default -> 0;
      };
    }

    /** A {@code @UserData} type, or a type nested in one: context for the detector. */
    private static boolean insideUserData(TypeElement type) {
      for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
        if (Annotations.has(t, Annotations.USER_DATA)) {
          return true;
        }
      }
      return false;
    }

    /** The qualified name of the package a type is declared in; empty for the unnamed package. */
    static String packageOf(TypeElement type, Elements elements) {
      return elements.getPackageOf(type).getQualifiedName().toString();
    }

    static List<String> outerNamesOf(TypeElement type) {
      List<String> names = new ArrayList<>();
      for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
        names.add(nameOf(outer));
      }
      return names;
    }

    /**
     * A class's simple name as the rules read it: an XML schema's complex type bound by JAXB
     * ({@code @XmlType}) is named for the schema's convention, {@code CustomerAddressType} for a
     * customer's address, so its {@code Type} suffix is no head word (a {@code DocumentType}
     * elsewhere is a kind of document, and stays one).
     */
    static String nameOf(TypeElement type) {
      String name = type.getSimpleName().toString();
      if (name.length() > XML_TYPE_SUFFIX.length() && name.endsWith(XML_TYPE_SUFFIX) && isXmlSchemaType(type)) {
        return name.substring(0, name.length() - XML_TYPE_SUFFIX.length());
      }
      return name;
    }

    private static final String XML_TYPE_SUFFIX = "Type";

    /** Whether JAXB binds the class to an XML schema type ({@code javax} or {@code jakarta} {@code @XmlType}). */
    private static boolean isXmlSchemaType(TypeElement type) {
      for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
        if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("XmlType")) {
          return true;
        }
      }
      return false;
    }

    /** The declared types a type mentions: itself, its type arguments at any depth, array elements, bounds. */
    static void mentionedTypes(TypeMirror type, List<TypeElement> into, int depth) {
      if (depth > 8) {
        return; // a recursive bound (Comparable<T extends Comparable<T>>) says nothing more
      }
      switch (type.getKind()) {
        case ARRAY -> mentionedTypes(((ArrayType) type).getComponentType(), into, depth + 1);
        case DECLARED -> {
          DeclaredType declared = (DeclaredType) type;
          if (declared.asElement() instanceof TypeElement element) {
            into.add(element);
          }
          for (TypeMirror argument : declared.getTypeArguments()) {
            mentionedTypes(argument, into, depth + 1);
          }
        }
        case WILDCARD -> {
          WildcardType wildcard = (WildcardType) type;
          if (wildcard.getExtendsBound() != null) {
            mentionedTypes(wildcard.getExtendsBound(), into, depth + 1);
          }
        }
        default -> { }
      }
    }
  }
}
