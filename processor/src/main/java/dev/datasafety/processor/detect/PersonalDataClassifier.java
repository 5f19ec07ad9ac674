package dev.datasafety.processor.detect;

import dev.datasafety.processor.detect.Vocabulary.DataType;
import dev.datasafety.processor.detect.Vocabulary.Phrase;
import dev.datasafety.processor.detect.Vocabulary.TypeCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whether a field looks like personal data, and which kind, from its name, its type and
 * the class that declares it. The words live in {@code vocabulary.json} (see {@code
 * docs/detector.md}); this class holds the rules that combine them:
 *
 * <ol>
 *   <li>The field name is split into words ({@link IdentifierWords}) and plurals normalised.
 *   <li>Any negative cue ({@code emailTemplate}, {@code phoneVerified}, {@code maxAddressCount})
 *       or organisation word ({@code supportEmail}) means the field is about the datum, not the
 *       datum itself: no match.
 *   <li>A type that never holds the datum (booleans) means no match; each data type lists the
 *       type categories it may come in (a birth date may be a {@code LocalDate}, a name not).
 *   <li>A strong phrase ({@code email}, {@code lastName}, {@code ipAddress}) matches anywhere in
 *       the name, on word boundaries. A context phrase ({@code name}, {@code city}) matches only
 *       when the rest of the name is harmless modifiers ({@code billingCity}) and the class gives
 *       it a person: a person-like class ({@code Customer}, {@code Patient}), a {@code @UserData}
 *       type, or a class named for the data type itself ({@code Address} for {@code city}).
 *   <li>Among several matches, the one ending last wins (the head of an English compound), then
 *       the longest ({@code emailAddress} is an email, not a postal address).
 * </ol>
 *
 * <p>Instances are thread-safe: the vocabulary is immutable, and the two caches (the words of a
 * name, whether a package is accounting code) are concurrent maps whose values depend only on
 * their key. {@link #load()} once per processor.
 */
public final class PersonalDataClassifier {
  private final Vocabulary vocabulary;
  private final Map<String, List<String>> wordsByName = new ConcurrentHashMap<>();
  private final Map<String, Boolean> ledgerByPackage = new ConcurrentHashMap<>();

  private PersonalDataClassifier(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Reads the vocabulary resource and prepares its lookup maps. */
  public static PersonalDataClassifier load() {
    return new PersonalDataClassifier(Vocabulary.load());
  }

  /**
   * The data type a field looks like, for the {@code undeclared-personal-data} warning: by its
   * name, else by a name an annotation gives it, else by the value class it holds.
   */
  public Optional<DataTypeMatch> classify(FieldFacts field) {
    TypeCategory category = categoryOf(field.typeName(), field.typeIsEnum());
    if (vocabulary.neverPersonalTypeCategories.contains(category)) {
      return Optional.empty();
    }
    List<String> classWords = words(field.enclosingClassName());
    Owner byName = classContext(field, classWords);
    if (byName == Owner.POPULATION || byName == Owner.DEFINITION || isFakePerson(classWords)) {
      return Optional.empty(); // a study population's criteria, a schema's attributes, a test user's email: no one's data
    }
    if (describesData(field.typeName())) {
      return Optional.empty(); // UserSchemaBaseProperties.email of type UserSchemaAttribute: a definition
    }
    List<String> words = withoutPathParameterWord(words(field.fieldName()));
    if ((category == TypeCategory.TEXT || category == TypeCategory.ENUM) && isRecordTypeField(words)) {
      // User.object = "user" (a String or a one-constant UserObject enum): an API record's type discriminator
      return Optional.empty();
    }
    if (isOperation(words)) {
      return Optional.empty(); // listUsers, createMember: an endpoint or a function, not a datum
    }
    DataType actorReference = vocabulary.actorReferenceType;
    if (isActorReference(words) && actorReference.typeCategories().contains(category)) {
      return Optional.of(actorReference.match()); // createdBy, guestInvitedBy: the id of the person who did it
    }
    Owner context = field.heldBy() == Owner.NEUTRAL ? byName : field.heldBy();
    if (isLedgerPackage(field.packageName()) && (namesLedgerAccount(classWords) || namesLedgerAccount(words))) {
      context = Owner.ORGANISATION; // accounting code: an account is the organisation's ledger account
    }
    List<String> contextClassWords = contextClassWords(field, classWords);
    if (context == Owner.EMPLOYER) {
      // Person.organizations: the person's title and start date there are the person's employment,
      // the organisation's own name, phone and address stay its own
      List<String> employment = new ArrayList<>(contextClassWords);
      employment.addAll(vocabulary.employmentClassWords);
      Candidate atEmployer = bestMatch(words, field, category, Owner.PERSON, employment, true);
      if (atEmployer != null) {
        return Optional.of(atEmployer.dataType().match());
      }
      context = Owner.ORGANISATION;
    }
    Candidate best = bestMatch(words, field, category, context, contextClassWords, false);
    for (int i = 0; best == null && i < field.declaredNames().size(); i++) {
      best = bestMatch(words(field.declaredNames().get(i)), field, category, context, contextClassWords, false);
    }
    if (best == null && category == TypeCategory.OTHER && !hasAnyNegativeCue(words)) {
      // A value class named for the datum: Customer.shipping of type ShippingDetails. Its name's
      // head must be the datum (a CreditCardRequest is a request), and a person's record held
      // (a Customer) is checked where its own fields are declared.
      List<String> typeWords = words(simpleName(field.typeName()));
      Candidate byType = bestMatch(typeWords, field, category, context, contextClassWords, false);
      if (byType != null && !byType.dataType().headOnly() && isHeadOfValueClass(typeWords, byType.end())
          && (!isPlatformType(field.typeName()) || byType.dataType().strongTypes().contains(field.typeName()))) {
        best = byType; // a platform class (javax.swing.text.Document) is a tool's, unless it is a strong type (InetAddress)
      }
    }
    if (best == null && isValueOfItsClass(words)) {
      // A value object named for the datum: Address.text, ContactPoint.value, Email.data,
      // Birthday.date. The class name is matched as if it were the field name. A person its own
      // name gives owns no context phrase of it (a ContactName's value needs a person's holder),
      // but a person's class that holds it does: Person.nicknames makes Nickname.value a nickname.
      Owner selfContext = context == Owner.PERSON && field.heldBy() != Owner.PERSON ? Owner.NEUTRAL : context;
      best = bestMatch(classWords, field, category, selfContext, contextClassWords, false);
    }
    return best == null ? Optional.empty() : Optional.of(best.dataType().match());
  }

  /**
   * Whose data a class holds by its own name and the names of the classes around it ({@code
   * Customer}: a person's; {@code Account.Company}: an organisation's; {@code Address}: neutral).
   */
  public Owner ownerOf(String className, List<String> outerClassNames) {
    return ownerOf(className, outerClassNames, "");
  }

  /** {@link #ownerOf(String, List)} in a package: in accounting code an {@code Account} is the organisation's. */
  public Owner ownerOf(String className, List<String> outerClassNames, String packageName) {
    List<String> classWords = words(className);
    if (isLedgerPackage(packageName) && namesLedgerAccount(classWords)) {
      return Owner.ORGANISATION;
    }
    return classContext(new FieldFacts("", "", false, className, false, outerClassNames), classWords);
  }

  /**
   * A reference to a person, read from the class a field holds when its own name says nothing:
   * the held class is a person's by the head of its own name ({@code GHCommit.committer} of type
   * {@code GHUser}, {@code Post.to} of {@code List<User>}), whatever the field is called. A bot's
   * or an app's user ({@code BotUser}), an account or a profile (which a business has too), a
   * class whose head is no person ({@code ContactPoint}), a field whose name is about the datum
   * ({@code ownerCount}) or a thing's ({@code targetUser}), and a population's or a schema's
   * holder ({@code Analytics.travelers}) are none. A class named for a party ({@code PartyProxy})
   * counts as a person's whatever role the field names ({@code provider}, {@code composer}),
   * unless it names an organisation or a place ({@code healthCareFacility}).
   *
   * @param holderClassNames the simple names of the holding class and the classes around it, innermost first
   */
  public Optional<DataTypeMatch> referenceByHeldClass(String fieldName, List<String> holderClassNames, String heldClassName) {
    List<String> heldWords = words(heldClassName);
    boolean person = isPlainReferenceName(fieldName) && isPersonsOwnClass(heldWords);
    if (!person && !(isPartyClass(heldWords) && namesARoleOfAParty(fieldName))) {
      return Optional.empty();
    }
    for (String holder : holderClassNames) {
      Owner owner = classContext(words(holder));
      if (owner == Owner.POPULATION || owner == Owner.DEFINITION) {
        return Optional.empty(); // the travelers of traffic analytics: counts, no one's reference
      }
    }
    return Optional.of(vocabulary.actorReferenceType.match());
  }

  /**
   * What a person posted, read from the class a field holds: a message's class (or a post's, an
   * issue's, a submission's: {@code message-content}'s context classes) holding a class of
   * content ({@code Message.poll} of type {@code Poll}, {@code replyToMessage} of type {@code
   * Message}, {@code Post.comments} of type {@code Comments}).
   *
   * @param holderClassNames the simple names of the holding class and the classes around it, innermost first
   */
  public Optional<DataTypeMatch> contentByHeldClass(String fieldName, List<String> holderClassNames, String heldClassName) {
    if (!isPlainReferenceName(fieldName) || !isContentClass(words(heldClassName)) || !isMessageClass(holderClassNames)) {
      return Optional.empty();
    }
    return Optional.of(vocabulary.contentType.match());
  }

  /**
   * Whether a field name is free of words about the datum, of a thing's and of an organisation's.
   * A content word is none of them here ({@code replyToMessage}): the held class says what it is.
   */
  private boolean isPlainReferenceName(String fieldName) {
    List<String> fieldWords = words(fieldName);
    if (fieldWords.isEmpty() || isOperation(fieldWords)) {
      return false;
    }
    for (String word : fieldWords) {
      if (vocabulary.contentTypeWords.contains(word)) {
        continue;
      }
      if (vocabulary.negativeCues.contains(word) || vocabulary.organisationWords.contains(word)
          || vocabulary.notPersonContextWords.contains(word) || vocabulary.organisationFieldWords.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a class is a person's by its own name's head, past value words ({@code GHUser},
   * {@code MessageParticipant}, {@code PersonInfo}): no weak person word ({@code Account}, {@code
   * Profile}, which a business has too) and no word of a thing ({@code BotUser}, {@code AppUser}).
   */
  private boolean isPersonsOwnClass(List<String> classWords) {
    int head = headOfClassName(classWords);
    if (head < 0 || containsAny(classWords, vocabulary.notPersonContextWords)
        || containsAny(classWords, vocabulary.organisationWords)) {
      return false;
    }
    String word = classWords.get(head);
    return vocabulary.personContextWords.contains(word) && !vocabulary.weakPersonContextWords.contains(word)
        && classContext(classWords) == Owner.PERSON;
  }

  /**
   * Whether a class is named for a party, the role-holder of a record's data models ({@code
   * PartyProxy}, {@code PartyRef}, {@code PartySelf}, {@code PartyIdentified}): its first word or
   * its head is a party word and no organisation word is in it. A party is a person in the roles a
   * record gives it (a subject, a provider, a composer, a performer, a committer); a relying
   * party's entity ({@code PublicKeyCredentialRelyingPartyEntity}) is none: neither its first word
   * nor its head is the party.
   */
  private boolean isPartyClass(List<String> classWords) {
    int head = headOfClassName(classWords);
    return head >= 0 && !containsAny(classWords, vocabulary.organisationWords)
        && (vocabulary.partyClassWords.contains(classWords.get(0)) || vocabulary.partyClassWords.contains(classWords.get(head)));
  }

  /**
   * Whether a field holding a party's class names a role of it: any name but an operation's and
   * one with a word of an organisation, a place or whereabouts ({@code healthCareFacility}, {@code
   * location}). The held class says it is a party, so a {@code provider} here is a clinician, not
   * a configured system.
   */
  private boolean namesARoleOfAParty(String fieldName) {
    List<String> fieldWords = words(fieldName);
    if (fieldWords.isEmpty() || isOperation(fieldWords)) {
      return false;
    }
    for (String word : fieldWords) {
      if (isOrganisationOrPlace(word) || vocabulary.organisationFieldWords.contains(word)
          || vocabulary.whereaboutsWords.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a class name's head, past value words ({@code PaidMediaInfo}), is content ({@code Poll}, {@code TextQuote}). */
  private boolean isContentClass(List<String> classWords) {
    int head = headOfClassName(classWords);
    return head >= 0 && vocabulary.contentTypeWords.contains(classWords.get(head));
  }

  /** The index of a class name's head word, past value words ({@code Info}, {@code Data}); -1 for none. */
  private int headOfClassName(List<String> classWords) {
    int head = classWords.size() - 1;
    while (head > 0 && vocabulary.valueClassHeadWords.contains(classWords.get(head))) {
      head--;
    }
    return head;
  }

  /**
   * Whether the innermost class is a message's, a post's or another record of what a person
   * wrote, by its head ({@code Message}, {@code SubmissionComment}); a {@code MessageStatus} is a
   * status, a {@code Message.Attachment} an attachment's description.
   */
  private boolean isMessageClass(List<String> classNames) {
    if (classNames.isEmpty()) {
      return false;
    }
    List<String> classWords = words(classNames.get(0));
    int head = headOfClassName(classWords);
    return head >= 0 && vocabulary.contentType.contextClassWords().contains(classWords.get(head));
  }

  /**
   * The words of the record an id field names before its id words, as a class name's words are
   * spelled ({@code "customer profile"} for {@code customerProfileId} and {@code
   * customer_profile_id}); empty when the name ends in no id word or is an id word alone.
   */
  public Optional<String> recordNamedByAnId(String fieldName) {
    List<String> words = words(fieldName);
    int last = words.size() - 1;
    while (last >= 0 && vocabulary.idWords.contains(words.get(last))) {
      last--;
    }
    if (last < 0 || last == words.size() - 1 || hasAnyNegativeCue(words)) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", words.subList(0, last + 1)));
  }

  /** A class name's words joined as {@link #recordNamedByAnId} spells a record's name. */
  public String recordName(String className) {
    return String.join(" ", words(className));
  }

  /**
   * Whether a class is a person's record by the head of its own name, weak person words included
   * ({@code CustomerProfile}, {@code MemberAccount}, {@code Patient}), with a person word that is
   * no weak one ({@link #namesAPerson}): an id under its name points at that person. A {@code
   * CustomerAddress} is an address (its id points at an address record), a {@code BusinessProfile}
   * an organisation's, an {@code Account} or a {@code Profile} alone may be a business's.
   */
  public boolean isPersonsRecordClass(String className) {
    List<String> classWords = words(className);
    int head = headOfClassName(classWords);
    return head >= 0 && vocabulary.personContextWords.contains(classWords.get(head))
        && !containsAny(classWords, vocabulary.notPersonContextWords) && namesAPerson(className);
  }

  /**
   * Whether a class's name makes it a person's ({@link #ownerOf}) by a person word that is no weak
   * one: a {@code CustomerAddress}, a {@code MemberAccount}; an {@code Account}, a {@code Profile}
   * or a {@code CreditCard} alone, which businesses have too, are not.
   */
  public boolean namesAPerson(String className) {
    List<String> classWords = words(className);
    if (classContext(classWords) != Owner.PERSON) {
      return false;
    }
    for (String word : classWords) {
      if (vocabulary.personContextWords.contains(word) && !vocabulary.weakPersonContextWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a field names where something came from ({@code shipFrom}, {@code forwardFromChat}):
   * for a holder that is no person's, the origin of a shipment or a forward is a sender that is
   * as often a business or a channel as a person.
   */
  public boolean namesAnOrigin(String fieldName) {
    return words(fieldName).contains("from");
  }

  /**
   * Whether a class's fields are a page's or a count's only ({@code Followers} with its {@code
   * href} and {@code total}, a {@code Paging} with its {@code items}, {@code next} and {@code
   * offset}): a count of followers or a page of tracks is no one's record, whoever holds it.
   * Field names are read as words, plurals normalised ({@code items} is {@code item}).
   */
  public boolean isPageOrCount(List<String> fieldNames) {
    if (fieldNames.isEmpty()) {
      return false;
    }
    for (String fieldName : fieldNames) {
      if (!vocabulary.pageFieldNames.contains(String.join(" ", words(fieldName)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a field's name is a record's type discriminator ({@code object}), whatever class it holds. */
  public boolean isRecordTypeFieldName(String fieldName) {
    return isRecordTypeField(words(fieldName));
  }

  private boolean isRecordTypeField(List<String> words) {
    return words.size() == 1 && vocabulary.recordTypeFieldNames.contains(words.get(0));
  }

  /** Whether a member's name is an operation's ({@code createMember}, {@code listUsers}): an endpoint, not a datum. */
  public boolean isOperationName(String memberName) {
    return isOperation(words(memberName));
  }

  /** What a reference to a person's record is reported as: the id of a person ({@code person-reference}). */
  public DataTypeMatch personReference() {
    return vocabulary.actorReferenceType.match();
  }

  /**
   * What a record a person's record holds is reported as, when the detector finds nothing in it
   * ({@code Encounter.careplans}, {@code MemberDevices.webSessions}): the clinical content of a
   * health record when one of the names ({@code Encounter}, {@code CarePlan}) is a clinical
   * record's class word, else data linked to that person ({@code person-reference}).
   */
  public DataTypeMatch contentOfPersonsRecord(List<String> classNames) {
    Set<String> clinicalClassWords = vocabulary.personsRecordContentType.contextClassWords();
    for (String className : classNames) {
      if (containsAny(words(className), clinicalClassWords)) {
        return vocabulary.personsRecordContentType.match();
      }
    }
    return personReference();
  }

  /** Whether a datum is one a place has of its own: an address or its parts, coordinates. */
  public boolean isPlaceData(DataTypeMatch match) {
    return vocabulary.placeDataTypes.contains(match.dataType());
  }

  /**
   * The context words a class's own fields give it ({@link FieldFacts#structureClassWords}), once
   * per class: the persons its references point at ({@code employee} for {@code employeeId}),
   * and the class words of a data type whose parts name their class ({@code partsNameTheClass})
   * when two different parts of it are fields of their own ({@code last4} and {@code expMonth}
   * make a card, whatever the class is called). Only phrases of two words or more count as parts:
   * a {@code number} and a {@code token} make no card. A {@code width} (a {@code dimensionContext}
   * sibling field) is kept as a word of its own: beside it a {@code height} is a shape's. A class
   * whose fields are mostly an address's parts ({@link #isAddressByItsParts}) is an address: the
   * {@code addressStructure} class word, so that its lines, designators and county count as parts.
   */
  public List<String> structureClassWords(List<String> fieldNames) {
    List<String> found = new ArrayList<>(1);
    Map<DataType, Phrase> firstPart = new HashMap<>();
    int addressParts = 0;
    Set<List<String>> addressPartNames = new HashSet<>();
    for (String fieldName : fieldNames) {
      referencedPerson(fieldName).filter(p -> !found.contains(p)).ifPresent(found::add);
      List<String> words = words(fieldName);
      if (words.isEmpty()) {
        continue;
      }
      Phrase addressPart = addressPartNamed(words);
      if (addressPart != null) {
        addressParts++;
        addressPartNames.add(addressPart.words());
      }
      if (words.size() == 1 && vocabulary.dimensionSiblingFields.contains(words.get(0)) && !found.contains(words.get(0))) {
        found.add(words.get(0)); // a width beside a height makes the class a shape's
      }
      for (Phrase phrase : vocabulary.phrasesByFirstWord.getOrDefault(words.get(0), List.of())) {
        DataType dataType = phrase.dataType();
        if (!dataType.partsNameTheClass() || phrase.words().size() < 2 || !phrase.words().equals(words)) {
          continue;
        }
        Phrase before = firstPart.putIfAbsent(dataType, phrase);
        if (before != null && before != phrase) {
          dataType.contextClassWords().stream().sorted().filter(w -> !found.contains(w)).forEach(found::add);
        }
      }
    }
    if (isAddressByItsParts(addressParts, addressPartNames.size(), fieldNames.size())
        && !found.contains(vocabulary.addressClassWord)) {
      found.add(vocabulary.addressClassWord);
    }
    return found;
  }

  /** Whether the context words a class's fields give it ({@link #structureClassWords}) say it is an address by its parts. */
  public boolean isAddressByItsParts(List<String> structureClassWords) {
    return structureClassWords.contains(vocabulary.addressClassWord);
  }

  /**
   * Whether a class's fields make it an address whatever it is called ({@code UsVerification}
   * with its {@code primaryLine}, {@code lastLine}, {@code urbanization}, {@code city}): three
   * fields or more name an address's parts, by two different phrases or more, and they are a
   * third of its fields or more. A record with an address's parts among many others (an order
   * with its shipping city) stays what its name says.
   */
  private static boolean isAddressByItsParts(int partFields, int differentParts, int fields) {
    return partFields >= 3 && differentParts >= 2 && partFields * 3 >= fields;
  }

  /** The phrase of an address's part a field name holds ({@code primary line}, {@code county fips}), free of its negative cues; null for none. */
  private Phrase addressPartNamed(List<String> words) {
    for (int start = 0; start < words.size(); start++) {
      for (Phrase phrase : vocabulary.phrasesByFirstWord.getOrDefault(words.get(start), List.of())) {
        if (vocabulary.addressPartDataTypes.contains(phrase.dataType().match().dataType())
            && matchesAt(words, start, phrase) && !hasNegativeCueAround(words, start, phrase)
            && !isReferenceToARecord(words, start, phrase)) {
          return phrase;
        }
      }
    }
    return null;
  }

  /**
   * The person a field points at when it is a reference to a person's record: {@code employee}
   * for {@code employeeId} or {@code employeeIDs}, {@code member} for {@code teamMemberId}; empty
   * for anything else. A class holding one is that person's record.
   */
  public Optional<String> referencedPerson(String fieldName) {
    List<String> words = words(fieldName);
    int last = words.size() - 1;
    while (last >= 0 && vocabulary.idWords.contains(words.get(last))) {
      last--;
    }
    if (last < 0 || last == words.size() - 1 || !vocabulary.personWordsInFieldNames.contains(words.get(last))) {
      return Optional.empty();
    }
    return Optional.of(words.get(last));
  }

  /**
   * Whose data a type holds when a class with {@code holder} as owner holds it in the field
   * {@code fieldName}: the type graph's step. A person's class passes its person on
   * ({@code Customer.shipping} makes {@code ShippingDetails} a person's) unless the field or the
   * type names an organisation, a place or a thing of its own ({@code Customer.invoiceSettings},
   * {@code Person.company}); an organisation passes itself on to what it holds the same way.
   */
  public Owner ownerOfHeld(Owner holder, String fieldName, String typeSimpleName) {
    if (holder == Owner.EMPLOYER) {
      holder = Owner.ORGANISATION; // what a person's employer holds is the organisation's own
    }
    if (holder != Owner.PERSON && holder != Owner.ORGANISATION) {
      return Owner.NEUTRAL;
    }
    List<String> typeWords = words(typeSimpleName);
    Owner byType = classContext(typeWords);
    // A person's Document, Passport or Visa is that person's identity document, not a file.
    boolean identityDocument = holder == Owner.PERSON && !typeWords.isEmpty()
        && vocabulary.identityDocumentWords.contains(typeWords.get(typeWords.size() - 1));
    if (!identityDocument && (byType == Owner.NOT_PERSON || byType == Owner.POPULATION || byType == Owner.DEFINITION)) {
      return Owner.NEUTRAL;
    }
    if (byType == Owner.ORGANISATION && !(holder == Owner.PERSON && isPlaceOnlyByWhereabouts(typeWords))) {
      // but a person's LocationData is where the person is, and a person's Organization where
      // the person works
      return holder == Owner.PERSON && namesAnOrganisation(typeWords) ? Owner.EMPLOYER : Owner.ORGANISATION;
    }
    for (String word : words(fieldName)) {
      if (identityDocument && vocabulary.identityDocumentWords.contains(word)) {
        continue; // Traveler.documents
      }
      if (isOrganisationOrPlace(word) || vocabulary.organisationFieldWords.contains(word)) {
        return Owner.ORGANISATION;
      }
      if (vocabulary.notPersonContextWords.contains(word) || vocabulary.negativeCues.contains(word)) {
        return Owner.NEUTRAL;
      }
    }
    return holder;
  }

  /** @param atEmployerOnly only the data types a person has at an employer ({@code personsAtAnEmployer}) */
  private Candidate bestMatch(List<String> words, FieldFacts field, TypeCategory category, Owner context,
      List<String> classWords, boolean atEmployerOnly) {
    Candidate best = null;
    for (int start = 0; start < words.size(); start++) {
      for (Phrase phrase : vocabulary.phrasesByFirstWord.getOrDefault(words.get(start), List.of())) {
        if (!matchesAt(words, start, phrase) || atEmployerOnly && !phrase.dataType().personsAtAnEmployer()) {
          continue;
        }
        DataType dataType = phrase.dataType();
        boolean strongType = dataType.strongTypes().contains(field.typeName());
        if (!strongType && !dataType.typeCategories().contains(category)) {
          continue;
        }
        if (hasNegativeCueAround(words, start, phrase) || isReferenceToARecord(words, start, phrase)) {
          continue;
        }
        if (context == Owner.ORGANISATION && !dataType.organisationDataToo()) {
          continue;
        }
        if (!phrase.strong() && !contextPhraseCounts(words, start, phrase, context, classWords, strongType)) {
          continue;
        }
        if (!phrase.strong() && isMeasureDataType(dataType.match()) && isDimensionClass(classWords)) {
          continue; // Image.height, Parcel.weight, a class with a width: a thing's measure, no body's
        }
        Candidate candidate = new Candidate(dataType, start + phrase.words().size(), phrase.words().size());
        if (candidate.betterThan(best)) {
          best = candidate;
        }
      }
    }
    return best;
  }

  /**
   * A context phrase ({@code name}, {@code city}) counts when the rest of the name only says
   * whose or which one it is ({@code billingCity}, {@code customerName}) and someone is there to
   * own it: a person word in the field name, a person-like class, or a class named for the data
   * type ({@code Address} for {@code city}).
   */
  private boolean contextPhraseCounts(
      List<String> words, int start, Phrase phrase, Owner context, List<String> classWords, boolean strongType) {
    DataType dataType = phrase.dataType();
    boolean personInName = false;
    for (int i = 0; i < words.size(); i++) {
      if (i >= start && i < start + phrase.words().size()) {
        continue;
      }
      String word = words.get(i);
      if (vocabulary.personWordsInFieldNames.contains(word)) {
        personInName = true;
      } else if (!vocabulary.contextModifiers.contains(word) && !dataType.modifiers().contains(word)
          && !Character.isDigit(word.charAt(0))) {
        return false;
      }
    }
    if ((personInName || context == Owner.PERSON) && !dataType.contextFromClassNameOnly()) {
      return true; // but a Customer's year is not a birth year: only a Dob's is
    }
    if (dataType.contextClassesOverrideHead() && context != Owner.ORGANISATION && namesContextClass(dataType, classWords)) {
      return true; // an EmployeeTax is an employee's tax although its head word is a thing's
    }
    if (context == Owner.NOT_PERSON || context == Owner.ORGANISATION) {
      return false;
    }
    return namesContextClass(dataType, classWords) || strongType; // strongType: InetAddress address
  }

  /**
   * Whether a datum is of a data type whose context phrases are also a thing's measures or state
   * ({@code dimensionContext}: health's {@code height}, {@code weight}, {@code condition}): read
   * alone in a class, it is weak evidence that the class is a person's.
   */
  public boolean isMeasureDataType(DataTypeMatch match) {
    return vocabulary.dimensionDataTypes.contains(match.dataType());
  }

  /**
   * Whether a class is one of media, geometry or goods by its words, the words around it or its
   * fields ({@code Image}, {@code User.ProfilePic}, a class with a {@code width}): a measure read
   * from a context phrase ({@code height}, {@code weight}) is a body's there only in name.
   */
  private boolean isDimensionClass(List<String> classWords) {
    return containsAny(classWords, vocabulary.dimensionClassWords) || containsAny(classWords, vocabulary.dimensionSiblingFields);
  }

  private static boolean namesContextClass(DataType dataType, List<String> classWords) {
    for (String word : classWords) {
      if (dataType.contextClassWords().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The special-category data type a declared datum looks like, judged from its member name and
   * its declared user-facing name (either may be empty), for the {@code possibly-sensitive}
   * warning. Only strong phrases count: a declared datum is personal already, the question is
   * only whether it is special-category data.
   */
  public Optional<DataTypeMatch> specialCategory(String memberName, String declaredName) {
    for (String name : new String[] {memberName, declaredName}) {
      if (name == null || name.isBlank()) {
        continue;
      }
      List<String> words = words(name);
      Candidate best = null;
      for (int start = 0; start < words.size(); start++) {
        for (Phrase phrase : vocabulary.phrasesByFirstWord.getOrDefault(words.get(start), List.of())) {
          DataType dataType = phrase.dataType();
          if (phrase.strong()
              && dataType.match().specialCategory()
              && matchesAt(words, start, phrase)
              && !hasNegativeCueAround(words, start, phrase)) {
            Candidate candidate = new Candidate(dataType, start + phrase.words().size(), phrase.words().size());
            if (candidate.betterThan(best)) {
              best = candidate;
            }
          }
        }
      }
      if (best != null) {
        return Optional.of(best.dataType().match());
      }
    }
    return Optional.empty();
  }

  /**
   * The normalized words of a name, once per name: a compilation asks for the same field, class and
   * type names again and again (every field of a class asks for its class's words).
   */
  private List<String> words(String identifier) {
    // A look-up first: most names are met before, and computeIfAbsent's bound method reference
    // is a new object on every call.
    List<String> words = wordsByName.get(identifier);
    return words != null ? words : wordsByName.computeIfAbsent(identifier, this::splitAndNormalize);
  }

  private List<String> splitAndNormalize(String identifier) {
    List<String> words = IdentifierWords.split(identifier);
    List<String> normalized = new ArrayList<>(words.size());
    for (String word : words) {
      normalized.add(vocabulary.normalize(word));
    }
    return List.copyOf(normalized);
  }

  /**
   * Whether a word outside the matched phrase says the field is about the datum rather than the
   * datum ({@code emailTemplate}, {@code maxAddressCount}) or belongs to an organisation ({@code
   * supportEmail}). Words of the phrase itself never count: {@code bloodType} is health data
   * although {@code type} is a cue, {@code bankAccount} a financial account although {@code bank}
   * is an organisation.
   */
  private boolean hasNegativeCueAround(List<String> words, int start, Phrase phrase) {
    int end = start + phrase.words().size();
    for (int i = 0; i < words.size(); i++) {
      if (i >= start && i < end) {
        continue;
      }
      String word = words.get(i);
      if (phrase.dataType().modifiers().contains(word)) {
        continue; // a total pay is pay: the data type's own modifiers are no cue
      }
      if (vocabulary.negativeCues.contains(word)
          || vocabulary.organisationWords.contains(word)
          || vocabulary.organisationFieldWords.contains(word)
          || phrase.dataType().negativeCues().contains(word)) {
        return true;
      }
    }
    return false;
  }

  private TypeCategory categoryOf(String typeName, boolean isEnum) {
    if (isEnum) {
      return TypeCategory.ENUM;
    }
    TypeCategory category = vocabulary.typeCategories.get(typeName);
    if (category != null) {
      return category;
    }
    // Arrays and unknown classes: an array of known elements is a collection of them; char[] and
    // byte[] are listed in the vocabulary themselves.
    return typeName.endsWith("[]") ? TypeCategory.COLLECTION : TypeCategory.OTHER;
  }

  /**
   * What the declaring class says about whose data its fields are. The enclosing class decides;
   * when it says nothing ({@code Address}, {@code Dob}), the classes around it do, innermost first:
   * {@code Person.Dob} is a person's, {@code Company.Address} an organisation's.
   */
  /**
   * The head noun decides: {@code billingAddressId} and {@code addressSid} point at a stored
   * address, they are not one. A data type that is itself a reference to a person ({@code
   * customer}, {@code userId}) must be the head of the name, or followed by id words only.
   */
  private boolean isReferenceToARecord(List<String> words, int start, Phrase phrase) {
    int end = start + phrase.words().size();
    boolean onlyIdWordsAfter = true;
    for (int i = end; i < words.size(); i++) {
      if (!vocabulary.idWords.contains(words.get(i))) {
        onlyIdWordsAfter = false;
      }
    }
    if (phrase.dataType().headOnly()) {
      return !onlyIdWordsAfter;
    }
    // emailAddressId points at a stored address; ipPoolId at an IP pool, whose head is pool
    return end < words.size() && (onlyIdWordsAfter || vocabulary.idWords.contains(words.get(words.size() - 1)));
  }

  private Owner classContext(FieldFacts field, List<String> classWords) {
    Owner context = classContext(classWords);
    if (context == Owner.NOT_PERSON && isMessagePartClass(classWords, field.outerClassNames())) {
      return Owner.NEUTRAL; // Message.Attachment: a part of a message, whose class words then give the context
    }
    for (String outer : field.outerClassNames()) {
      if (context != Owner.NEUTRAL) {
        break;
      }
      context = classContext(words(outer));
    }
    return context;
  }

  /**
   * The last context word of a class name decides, as the head of an English compound does:
   * {@code CustomerBalanceTransaction} is a transaction, {@code UserSession} a user's. A weak
   * person word right after an organisation word is the organisation's: {@code BusinessProfile},
   * {@code CompanyAccount}.
   */
  private Owner classContext(List<String> classWords) {
    for (String word : classWords) {
      if (vocabulary.definitionWords.contains(word)) {
        return Owner.DEFINITION; // UserSchemaBaseProperties: wherever the word stands
      }
    }
    if (isMessagePartyClass(classWords)) {
      return Owner.PERSON; // SendSmtpEmailTo: a recipient of the e-mail, whose name and address it holds
    }
    for (int i = classWords.size() - 1; i >= 0; i--) {
      String word = classWords.get(i);
      if (vocabulary.populationContextWords.contains(word)) {
        // ContactDetailsStatistics: one contact's opens and clicks; UserSegment, PatientCohort: a population
        return vocabulary.statisticsWords.contains(word) && namesAPersonBefore(classWords, i) ? Owner.PERSON : Owner.POPULATION;
      }
      if (vocabulary.personContextWords.contains(word)) {
        boolean ownedByOther = vocabulary.weakPersonContextWords.contains(word) && i > 0;
        if (ownedByOther && isOrganisationOrPlace(classWords.get(i - 1))) {
          return Owner.ORGANISATION;
        }
        if (ownedByOther && vocabulary.notPersonContextWords.contains(classWords.get(i - 1))) {
          return Owner.NOT_PERSON; // a GroupProfile is a group's
        }
        if (i > 0 && vocabulary.legalEntityModifiers.contains(classWords.get(i - 1))) {
          return Owner.ORGANISATION; // a CorporateSender is a company, as an IndividualSender is a person
        }
        if (i > 0 && vocabulary.fakePersonModifiers.contains(classWords.get(i - 1))) {
          return Owner.NOT_PERSON; // a TestUser is a fake account made for tests: what it holds is no one's
        }
        return Owner.PERSON;
      }
      if (vocabulary.whereaboutsWords.contains(word)) {
        // IpAddressLocation, WhatsappLocationRequest: where a person is; Location alone: a place
        return isWhereaboutsOfPerson(classWords, i) ? Owner.PERSON : Owner.ORGANISATION;
      }
      if (isOrganisationOrPlace(word)) {
        return Owner.ORGANISATION;
      }
      if (vocabulary.notPersonContextWords.contains(word)) {
        return Owner.NOT_PERSON;
      }
    }
    return Owner.NEUTRAL;
  }

  /**
   * Whether a class is one party of a message by its head ({@code SendSmtpEmailTo}, {@code
   * MailBcc}, {@code SendSmtpEmailTo1}): a recipient-role word ({@code messagePartyClassHeads})
   * last, past digits, after a word of a message ({@code message-party}'s context classes). A
   * {@code MapTo} or a {@code CopyTo} is none: no message word before its head.
   */
  private boolean isMessagePartyClass(List<String> classWords) {
    int head = classWords.size() - 1;
    while (head > 0 && Character.isDigit(classWords.get(head).charAt(0))) {
      head--;
    }
    if (head < 1 || !vocabulary.messagePartyClassHeads.contains(classWords.get(head))) {
      return false;
    }
    for (int i = 0; i < head; i++) {
      if (vocabulary.messagePartyType.contextClassWords().contains(classWords.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a class is a part of a message by its head ({@code messagePartClassHeads}: {@code
   * Message.Attachment}, {@code SendSmtpEmailAttachment}): the head last, a word of a message
   * ({@code message-party}'s context classes) before it or in a class around it. An attachment
   * of a record that is no message ({@code Attachment} alone, {@code InvoiceAttachment}) stays a
   * thing's.
   */
  private boolean isMessagePartClass(List<String> classWords, List<String> outerClassNames) {
    int head = classWords.size() - 1;
    if (head < 0 || !vocabulary.messagePartClassHeads.contains(classWords.get(head))) {
      return false;
    }
    Set<String> messageWords = vocabulary.messagePartyType.contextClassWords();
    for (int i = 0; i < head; i++) {
      if (messageWords.contains(classWords.get(i))) {
        return true;
      }
    }
    for (String outer : outerClassNames) {
      if (containsAny(words(outer), messageWords)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person word other than a weak one ({@code account}, which a business has too) comes before index {@code at}. */
  private boolean namesAPersonBefore(List<String> classWords, int at) {
    for (int i = 0; i < at; i++) {
      String word = classWords.get(i);
      if (vocabulary.personContextWords.contains(word) && !vocabulary.weakPersonContextWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class is a fake person made for tests ({@code TestUser}): a fake modifier before its last person word. */
  private boolean isFakePerson(List<String> classWords) {
    for (int i = classWords.size() - 1; i > 0; i--) {
      if (vocabulary.personContextWords.contains(classWords.get(i))) {
        return vocabulary.fakePersonModifiers.contains(classWords.get(i - 1));
      }
    }
    return false;
  }

  /**
   * Whether a modifier before the whereabouts word at {@code at} names a person, a device or a
   * message. The word itself counts too: a geolocation ({@code EventGeolocation}, {@code
   * GeoLocationLogInfo}) is where a client's device or IP address was found, a place is a {@code
   * Location}.
   */
  private boolean isWhereaboutsOfPerson(List<String> classWords, int at) {
    for (int i = 0; i <= at; i++) {
      String word = classWords.get(i);
      if (vocabulary.whereaboutsOfPersonModifiers.contains(word) || vocabulary.personContextWords.contains(word)
          || vocabulary.personWordsInFieldNames.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class name reads as a place only because of a whereabouts word ({@code LocationData}). */
  private boolean isPlaceOnlyByWhereabouts(List<String> classWords) {
    boolean whereabouts = false;
    for (String word : classWords) {
      if (isOrganisationOrPlace(word)) {
        return false;
      }
      whereabouts |= vocabulary.whereaboutsWords.contains(word);
    }
    return whereabouts;
  }

  /**
   * The class words that give a context phrase its owner: the enclosing class's, then those of
   * the classes around it, so that a nested {@code MessageRequest.Builder} reads as a message.
   */
  private List<String> contextClassWords(FieldFacts field, List<String> classWords) {
    if (field.outerClassNames().isEmpty() && field.structureClassWords().isEmpty()) {
      return classWords;
    }
    List<String> all = new ArrayList<>(classWords);
    for (String outer : field.outerClassNames()) {
      all.addAll(words(outer));
    }
    all.addAll(field.structureClassWords()); // a Payslip with an employeeId is an employee's record
    return all;
  }

  /** Whether a package is accounting code: one of its segments is a ledger word ({@code com.acme.accounting}). */
  private boolean isLedgerPackage(String packageName) {
    if (packageName.isEmpty()) {
      return false;
    }
    return ledgerByPackage.computeIfAbsent(packageName, name -> {
      for (String segment : name.split("\\.")) {
        for (String word : words(segment)) {
          if (vocabulary.ledgerPackageWords.contains(word)) {
            return true;
          }
        }
      }
      return false;
    });
  }

  private boolean namesLedgerAccount(List<String> words) {
    return containsAny(words, vocabulary.ledgerAccountWords);
  }

  private static boolean containsAny(List<String> words, Set<String> wordSet) {
    for (String word : words) {
      if (wordSet.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name says who did something to the record ({@code createdBy}, {@code
   * guestInvitedBy}, {@code lastUpdatedByUserId}, {@code messageUpdatedById}): an actor
   * participle and its preposition, followed only by a person word and id words, preceded by
   * anything (the thing acted on, a modifier, a person word: the passive's agent is the actor
   * whatever was done to, and a name that goes on past the agent, a {@code createdByCount}, is
   * none). A
   * {@code sortedBy} or a {@code redeemBy} names no one: its verb is no actor's.
   */
  private boolean isActorReference(List<String> words) {
    int end = words.size();
    while (end > 0 && vocabulary.idWords.contains(words.get(end - 1))) {
      end--;
    }
    if (end > 0 && vocabulary.personWordsInFieldNames.contains(words.get(end - 1))) {
      end--;
    }
    // messageUpdatedById: the words before the verb name what was acted on, never who acted
    return end >= 2 && vocabulary.actorPrepositions.contains(words.get(end - 1))
        && vocabulary.actorVerbs.contains(words.get(end - 2));
  }

  /** Whether a class name has an organisation word ({@code Organization}), not only a place's ({@code Hotel}). */
  private boolean namesAnOrganisation(List<String> classWords) {
    return containsAny(classWords, vocabulary.organisationWords);
  }

  /** Whether a name starts with a verb and says more: {@code listUsers} is an operation on users. */
  private boolean isOperation(List<String> words) {
    return words.size() > 1 && vocabulary.actionVerbs.contains(words.get(0));
  }

  /** A request's path parameter ({@code pathPhoneNumber}) names the datum after its leading word. */
  private List<String> withoutPathParameterWord(List<String> words) {
    return words.size() > 1 && vocabulary.pathParameterWords.contains(words.get(0)) ? words.subList(1, words.size()) : words;
  }

  /** Whether a field's type describes data rather than holds it: its head word is {@code Attribute}, {@code Schema}... */
  private boolean describesData(String typeName) {
    List<String> typeWords = words(simpleName(typeName));
    return !typeWords.isEmpty() && vocabulary.definitionTypeHeads.contains(typeWords.get(typeWords.size() - 1));
  }

  private boolean isOrganisationOrPlace(String word) {
    return vocabulary.organisationWords.contains(word) || vocabulary.placeWords.contains(word);
  }

  /** Whether the field name only says "the value" ({@code value}, {@code text}, {@code formattedText}). */
  private boolean isValueOfItsClass(List<String> words) {
    boolean valueWord = false;
    for (String word : words) {
      if (vocabulary.valueWords.contains(word)) {
        valueWord = true;
      } else if (!vocabulary.contextModifiers.contains(word)) {
        return false;
      }
    }
    return valueWord;
  }

  /** Whether only value words ({@code details}, {@code info}) follow the datum in a class name. */
  private boolean isHeadOfValueClass(List<String> typeWords, int end) {
    for (int i = end; i < typeWords.size(); i++) {
      if (!vocabulary.valueClassHeadWords.contains(typeWords.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean hasAnyNegativeCue(List<String> words) {
    for (String word : words) {
      if (vocabulary.negativeCues.contains(word) || vocabulary.organisationWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a qualified type name is the Java platform's ({@code java.io.File}, {@code
   * javax.swing.text.Document}): a tool's name, never a domain's.
   */
  public static boolean isPlatformType(String typeName) {
    return typeName.startsWith("java.") || typeName.startsWith("javax.") || typeName.startsWith("jdk.");
  }

  private static String simpleName(String typeName) {
    String name = typeName.endsWith("[]") ? typeName.substring(0, typeName.length() - 2) : typeName;
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static boolean matchesAt(List<String> words, int start, Phrase phrase) {
    List<String> phraseWords = phrase.words();
    if (start + phraseWords.size() > words.size()) {
      return false;
    }
    for (int i = 1; i < phraseWords.size(); i++) {
      if (!phraseWords.get(i).equals(words.get(start + i))) {
        return false;
      }
    }
    return true;
  }

  private record Candidate(DataType dataType, int end, int length) {
    boolean betterThan(Candidate other) {
      return other == null || end > other.end || (end == other.end && length > other.length);
    }
  }
}
