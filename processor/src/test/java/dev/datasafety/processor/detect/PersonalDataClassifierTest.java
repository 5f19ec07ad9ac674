package dev.datasafety.processor.detect;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Behaviour of the classifier per data type: positives, hard negatives, type and context rules.
 * Rows read "field | type | enclosing class | expected data type" (empty: no match).
 */
class PersonalDataClassifierTest {
  private static final PersonalDataClassifier CLASSIFIER = PersonalDataClassifier.load();

  private static Optional<String> dataType(String field, String type, String enclosingClass) {
    return CLASSIFIER
        .classify(new FieldFacts(field, qualify(type), false, enclosingClass, false))
        .map(DataTypeMatch::dataType);
  }

  private static String qualify(String type) {
    return switch (type) {
      case "String" -> "java.lang.String";
      case "Boolean" -> "java.lang.Boolean";
      case "Integer" -> "java.lang.Integer";
      case "Long" -> "java.lang.Long";
      case "LocalDate" -> "java.time.LocalDate";
      case "InetAddress" -> "java.net.InetAddress";
      case "List" -> "java.util.List";
      default -> type;
    };
  }

  private static void check(String field, String type, String enclosingClass, String expected) {
    Optional<String> actual = dataType(field, type, enclosingClass);
    if (expected == null || expected.isEmpty()) {
      assertThat(actual).isEmpty();
    } else {
      assertThat(actual).hasValue(expected);
    }
  }

  @ParameterizedTest(name = "{2}.{0} : {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // email
        "email | String | Order | email",
        "emailAddress | String | Invoice | email",
        "EMAIL_ADDRESS | String | Order | email",
        "e_mail | String | Order | email",
        "customerEmails | List | Invoice | email",
        "receiptEmail | String | Charge | email",
        "emailTemplate | String | Order |",
        "emailVerified | boolean | User |",
        "emailVerified | String | User |",
        "emailEnabled | Boolean | Settings |",
        "emailTheme | String | Realm |",
        "emailFormat | String | Settings |",
        "emailCount | int | Stats |",
        "supportEmail | String | Order |",
        "emailPattern | String | Settings |",
        "emailRegex | String | Settings |",
        "emailLabel | String | Form |",
        "smtpServer | String | Mail |",
        // phone
        "phone | String | Order | phone",
        "phoneNumber | String | Cardholder | phone",
        "mobilePhone | String | Lead | phone",
        "fax | String | Order | phone",
        "phoneVerified | Boolean | User |",
        "phoneVerified | String | User |",
        "phoneNumberPrefix | String | Settings |",
        "phoneCountryCode | int | Settings | phone",
        "mobile | String | Customer | phone",
        "mobile | String | Device |",
        // person names
        "firstName | String | Order | person-name",
        "last_name | String | Order | person-name",
        "surname | String | Order | person-name",
        "givenName | String | Order | person-name",
        "familyName | String | Order | person-name",
        "fullName | String | Order | person-name",
        "maidenName | String | Order | person-name",
        "accountHolderName | String | BankAccount | person-name",
        "name | String | Customer | person-name",
        "name | String | Patient | person-name",
        "name | String | UserRepresentation | person-name",
        "displayName | String | Profile | person-name",
        "billingName | String | Customer | person-name",
        "customerName | String | Invoice | person-name",
        "title | String | Employee | person-name",
        "name | String | Product |",
        "name | String | Realm |",
        "name | String | Client |",
        "name | String | Plan |",
        "name | String | Event |",
        "name | String | Widget |",
        "productName | String | Customer |",
        "realmName | String | User |",
        "nameServer | String | Customer |",
        "hostName | String | Customer |",
        "fileName | String | Customer |",
        "companyName | String | Customer |",
        "name | String | BusinessProfile |",
        "nickname | String | Plan |",
        "displayName | String | IdentityProvider |",
        "name | String | UserProfileAttributeMetadata |",
        "title | String | Document |",
        "userCount | int | Realm |",
        // postal address
        "street | String | Order | postal-address",
        "postalCode | String | Order | postal-address",
        "zipCode | String | Order | postal-address",
        "addressLine1 | String | Order | postal-address",
        "shippingAddress | String | Order | postal-address",
        "address | String | Customer | postal-address",
        "city | String | Customer | postal-address",
        "city | String | Address | postal-address",
        "line1 | String | Address | postal-address",
        "customerAddress | Address | Invoice | postal-address",
        "shipping | ShippingDetails | Customer | postal-address",
        "city | String | Warehouse |",
        "address | String | Server |",
        "address | String | Widget |",
        "serverAddress | String | Config |",
        "maxAddressCount | int | Customer |",
        "ipAddressPattern | String | Customer |",
        "addressFormat | String | Customer |",
        "emailAddress | String | Customer | email",
        "returnAddress | String | Customer |",
        "country | String | Customer |",
        "state | String | Customer |",
        // birth date, age, gender
        "birthDate | LocalDate | Patient | birth-date",
        "dateOfBirth | LocalDate | Order | birth-date",
        "dob | String | Order | birth-date",
        "birthday | LocalDate | Order | birth-date",
        "birthYear | int | Order | birth-date",
        "year | Long | Dob | birth-date",
        "year | Long | Customer |",
        "birthDateFormat | String | Customer |",
        "birthDate | Boolean | Customer |",
        "email | LocalDate | Customer |",
        "age | int | Patient | age",
        "maxAge | int | Cookie |",
        "age | int | Cache |",
        "gender | String | Order | gender",
        "gender | com.acme.Gender | Order | gender",
        "genderEnabled | Boolean | Form |",
        // IP address
        "ipAddress | String | Event | ip-address",
        "ip | String | TosAcceptance | ip-address",
        "remoteAddr | String | Request | ip-address",
        "IPAddress | String | Login | ip-address",
        "clientIp | String | Audit | ip-address",
        "address | InetAddress | Visit | ip-address",
        "address | InetAddress | Server |",
        "bindAddress | InetAddress | Listener |",
        "ipWhitelist | List | Realm |",
        "ipAddressPattern | String | Firewall |",
        // precise location
        "latitude | double | Checkin | precise-location",
        "lng | double | Checkin | precise-location",
        "geoLocation | String | Visit | precise-location",
        "location | String | Patient | precise-location",
        "location | String | Event |",
        "latitude | double | Warehouse |",
        // username, credentials, device ids
        "username | String | Session | username",
        "userName | String | FederatedIdentity | username",
        "preferredUsername | String | IdToken | username",
        "loginTheme | String | Realm |",
        "lastLogin | Long | User |",
        "password | char[] | LoginForm | credential",
        "passwordHash | String | Account | credential",
        "passwordPolicy | String | Realm |",
        "resetPasswordAllowed | Boolean | Realm |",
        "minPasswordLength | int | Realm |",
        "pin | String | Card | credential",
        "secret | String | Customer | credential",
        "secret | String | Client |",
        "value | String | Credential | credential",
        "deviceId | String | Install | device-id",
        "pushToken | String | Install | device-id",
        "imei | String | Phone | device-id",
        "deviceIdFormat | String | Settings |",
        // government ids, financial accounts
        "ssn | String | Order | government-id",
        "ssnHash | String | Order | government-id",
        "ssnLast4 | String | Person | government-id",
        "passportNumber | String | Order | government-id",
        "nationalId | String | Order | government-id",
        "taxId | String | Customer | government-id",
        "taxId | String | Company |",
        "driverLicense | String | Order | government-id",
        "ssnLast4Provided | Boolean | Person |",
        "iban | String | Payout | financial-account",
        "cardNumber | String | Payment | payment-card",
        "cvc | String | Payment | payment-card",
        "accountNumber | String | BankAccount | financial-account",
        "bankAccount | String | Payout | financial-account",
        "cardBrand | String | Payment |",
        "cvcCheck | String | Payment |",
        "accountNumberLength | int | BankAccount |",
        // special categories
        "bloodType | String | Donor | health",
        "diagnosis | String | Visit | health",
        "allergies | List | Patient | health",
        "medicalHistory | String | Patient | health",
        "healthCheck | String | Service |",
        "healthCheckUrl | String | Service |",
        "weight | double | Patient | health",
        "weight | double | Package |",
        "biometricTemplate | byte[] | Enrolment | biometric",
        "fingerprint | String | Card | payment-card-part",
        "fingerprintTemplate | byte[] | Employee | biometric",
        "fingerprint | byte[] | Employee |",
        "religion | String | Member | religion",
        "ethnicity | String | Applicant | ethnicity",
        "race | String | Applicant | ethnicity",
        "raceCondition | String | Scheduler |",
        "sexualOrientation | String | Member | sexual-orientation",
        "dnaSequence | String | Sample | genetic",
        "politicalParty | String | Voter | political-opinion",
        // value objects named for the datum
        "text | String | HumanName | person-name",
        "value | String | ContactPoint | contact-details",
        "text | String | EmailTemplate |",
        "value | String | Widget |",
        // organisations and places own their contact data
        "phone | String | Company |",
        "email | String | Organization |",
        "firstName | String | Organization | person-name",
        "telecom | List | Location |",
        "telecom | List | Patient | contact-details",
        "photo | List | Patient | photo",
        "avatar | String | Profile | photo",
        "logo | String | Profile |",
        "nationality | String | Person | nationality",
        "maritalStatus | String | Patient | marital-status",
        "deceased | LocalDate | Patient | death",
        // a schema or attribute definition describes data, it holds none
        "email | com.acme.UserSchemaAttribute | UserSchemaBaseProperties |",
        "firstName | String | UserSchemaBaseProperties |",
        "name | String | UserSchema |",
        "email | String | CustomAttributeDefinition |",
        "email | String | UserProperties | email",
        "email | com.acme.EmailValue | UserProperties | email",
        // a verb first names an operation
        "listUsers | com.acme.RestEndpoint | UsersClient |",
        "createMember | com.acme.RestEndpoint | ConversationsClient |",
        "deleteUser | com.acme.RestEndpoint | UsersClient |",
        "user | String | Session | person-reference",
        "addressLine1 | String | Address | postal-address",
        // a path parameter names the datum after its leading word
        "pathPhoneNumber | String | PhoneNumberFetcher | phone",
        "path | String | Upload |",
        "filePath | String | Upload |",
        // an id of another record is not the datum: its head is what it points at
        "ipPoolId | String | Mail |",
        "billingAddressId | String | Order |",
        "ipAddress | String | Request | ip-address",
        // a weak person word after a thing's word: a group's profile is the group's
        "name | String | GroupProfile |",
        "name | String | UserProfile | person-name",
        // messages: their content and their parties, by the message class
        "body | String | Message | message-content",
        "text | String | WhatsappTextRequest | message-content",
        "caption | String | MessagePayload | message-content",
        "messageBody | byte[] | BinaryMessage | message-content",
        "subject | String | InboundMessage | message-content",
        "body | String | Reply | message-content",
        "from | String | InboundMessage | message-party",
        "replyTo | String | InboundMessage | message-party",
        "body | String | HttpRequest |",
        "text | String | Button |",
        "subject | String | TemplateValidation |",
        "from | String | DateRange |",
        // a location of a person (an IP's, a shared one) against a place
        "latitude | double | IpAddressLocation | precise-location",
        "latitude | double | WhatsappLocationRequest | precise-location",
        "latitude | double | Location |",
        "latitude | double | StoreLocation |",
        "city | String | LogGeographicalContext | postal-address",
        "state | String | AuditLocation | postal-address-part",
        "city | String | GeographicalContext |",
        // parts of a phone number in a phone class
        "nationalNumber | String | Phone | phone-part",
        "extension | String | Phone | phone-part",
        "extension | String | Resource |",
        // a card's bare number; a security question's answer; a pseudonym
        "number | String | CreditCard | payment-card-part",
        "number | String | Invoice |",
        "answer | String | RecoveryQuestionCredential | credential",
        "answer | String | Poll |",
        "pseudonym | String | Contact | username",
        // an employee's pay, in an employee's class or a pay record; never an employer's definitions
        "salary | java.lang.Double | Employee | pay",
        "hourlyRate | com.acme.Money | EmployeeWage | pay",
        "wageSetting | java.util.Optional | TeamMember | pay",
        "totalPay | java.lang.Double | Payslip | pay",
        "totalEmployeeTaxes | java.lang.Double | Payslip | pay",
        "earningsLines | List | Payslip | pay",
        "leaveEarningsLines | List | Payslip | pay",
        "paymentLines | List | Payslip | pay",
        "paymentMethod | String | Payslip |",
        "taxCode | String | EmployeeTax | pay",
        "previousTaxPaid | java.lang.Double | EmployeeTax | pay",
        "studentLoanDeduction | String | EmployeeTax | pay",
        "taxCode | String | Product |",
        "totalPay | java.lang.Double | PayRun |",
        "name | String | EarningsRate |",
        "ratePerUnit | java.lang.Double | EarningsRate |",
        "earningsType | com.acme.EarningsType | EarningsRate |",
        "payRunId | String | Payslip |",
        "salary | java.lang.Double | Company |",
        "totalAmount | java.lang.Double | Invoice |",
        // employment dates, in an employee's or employment's class only
        "startDate | LocalDate | Employee | employment",
        "endDate | org.threeten.bp.LocalDate | Employment | employment",
        "hireDate | LocalDate | Staff | employment",
        "startDate | LocalDate | Subscription |",
        "startDate | LocalDate | Customer |",
        // address parts other vocabularies use
        "sublocality2 | String | Address | postal-address-part",
        "administrativeDistrictLevel1 | String | Address | postal-address-part",
        "postalTown | String | Address | postal-address-part",
        "ward | String | Address | postal-address-part",
        "sublocality | String | Customer |",
        "attentionTo | String | Address | postal-address",
        "attentionTo | String | Ticket |",
        // a phone's bare number; a list of tax ids; a bank account's name in a person's class
        "number | String | Phone | phone-part",
        "taxIds | com.acme.CustomerTaxIds | Customer | government-id",
        "accountTaxIds | List | Invoice |",
        "accountName | String | BankAccount | person-name",
        "accountName | String | Company |",
        // a legal name is a person's in a person's class, an organisation's in its own
        "legalName | String | Customer | person-name",
        "legalName | String | Organisation |",
        // analytics are aggregates; a passport's parts are a government id
        "travelers | List | Analytics |",
        "travelers | List | Booking | person-reference",
        "expiryDate | String | Passport | identity-document-part",
        "issuanceCountry | String | Visa | identity-document-part",
        "number | String | Document |",
        "expiryDate | String | Document |",
        // round 4: a property about a datum named after it is no datum: metadata, permission flags
        "emailMetadata | com.acme.PropertyMetadata | Signer |",
        "firstNameMetadata | com.acme.PropertyMetadata | Signer |",
        "agentCanEditEmail | String | Signer |",
        "suppressEmails | String | Signer |",
        "allowSystemOverrideForLockedRecipient | String | Signer |",
        "email | String | Signer | email",
        "firstName | String | Signer | person-name",
        // round 4: the people of a support ticket are references to persons
        "requesterId | java.lang.Long | Ticket | person-reference",
        "submitterId | java.lang.Long | Ticket | person-reference",
        "assigneeId | java.lang.Long | SatisfactionRating | person-reference",
        "collaboratorIds | List | Ticket | person-reference",
        "requester | com.acme.Requester | Request | person-reference",
        "requesterCount | java.lang.Long | Ticket |",
        "assigneeType | String | Ticket |",
        "name | String | Requester | person-name",
        "requesterName | String | Ticket | person-name",
        // round 4: what a person wrote in a ticket is message content; a notification target's is not
        "subject | String | SuspendedTicket | message-content",
        "content | String | SuspendedTicket | message-content",
        "subject | String | EmailTarget |",
        "subject | String | TicketField |",
        // round 4: an option, a step, a custom field's definition is no person; a segment is a population
        "name | String | RecipientIdentityInputOption |",
        "name | String | AccountIdentityVerificationStep |",
        "title | String | UserField |",
        "position | String | UserField |",
        "name | String | UserSegment |",
        "name | String | UserProfile | person-name",
        // round 4: a card's last digits, its CV number and its tokenised or encrypted form, in a card's class
        "cardLastDigits | String | CreditCardInformation | payment-card-part",
        "cvNumber | String | CreditCardInformation | payment-card-part",
        "tokenizedCard | String | CreditCardInformation | payment-card-part",
        "encryptedCard | String | CardDetails | payment-card-part",
        "cardLastDigits | String | Order |",
        "cvNumber | String | Invoice |",
        "encryptedCard | String | Wallet |",
        "lastDigits | String | PhoneNumber |",
        // round 4: the id of a person's card, in a card's record; a card product's or an order's is not
        "cardId | String | CardRegistration | payment-card-part",
        "cardId | String | PaymentDetailsCard | payment-card-part",
        "cardId | String | Order |",
        "cardIdType | String | CardRegistration |",
        // round 4: a person's alias is a username; an organisation's headquarters are its own
        "alias | String | User | username",
        "alias | String | Customer | username",
        "alias | String | EmailDomain |",
        "keyAlias | String | User |",
        "headquartersAddress | com.acme.Address | Customer |",
        "headquartersCity | String | Account |",
        "homeAddress | com.acme.Address | Customer | postal-address",
        // round 5: who did something to a record is a reference to a person; how it is sorted is not
        "createdBy | String | Usergroup | person-reference",
        "deletedBy | String | Usergroup | person-reference",
        "lastUpdatedByUserId | String | Bookmark | person-reference",
        "guestInvitedBy | String | Profile | person-reference",
        "delegatedBy | com.acme.DelegationInfo | Signer | person-reference",
        "requestedBy | String | DataRemoval | person-reference",
        "sortedBy | String | Query |",
        "groupedBy | List | Report |",
        "redeemBy | Long | Coupon |",
        "createdByCount | Long | Usergroup |",
        "createdBy | LocalDate | Usergroup |",
        "createdAt | String | Usergroup |",
        // round 5: a bot's profile is no person's
        "name | String | BotProfile |",
        "image48 | String | BotProfile |",
        "image48 | String | UserProfile | photo",
        // round 5: name parts: honorifics, phonetic, unstructured and normalised forms
        "honorificPrefix | String | Person | person-name",
        "honorificSuffix | String | Contact | person-name",
        "phoneticFamilyName | String | Person | person-name",
        "unstructuredName | String | Person | person-name",
        "displayNameNormalized | String | Profile | person-name",
        "honorificPrefix | String | Product |",
        "namePrefix | String | Person |",
        // round 5: a relationship status, a SIP address, a security challenge's answer
        "relationshipStatus | String | Person | marital-status",
        "relationshipType | String | Person |",
        "sipAddress | String | Person | contact-details",
        "sipAddress | String | Company |",
        "sipServer | String | Trunk |",
        "challengeAnswer | String | Customer | credential",
        "unencodedChallengeAnswer | String | Customer | credential",
        "challengeType | String | Customer |",
        // round 5: an occupation, a job description, a title and department in an employment record
        "occupation | String | NaturalUser | employment",
        "jobDescription | String | Employee | employment",
        "title | String | EmploymentVerification | employment",
        "department | String | Employee | employment",
        "department | String | Product |",
        "title | String | Product |",
        "occupationCount | Integer | OccupationStatistics |",
        // round 5: a link to a person's photo or avatar is the photo; a product's image is not
        "avatarUrl | String | CallParticipant | photo",
        "remotePhotoUrl | String | User | photo",
        "profileImageUri | String | UserInformation | photo",
        "imageUrl | String | VenmoAccount | photo",
        "imageUrl | String | Product |",
        "avatarUrl | String | BotProfile |",
        "logoUrl | String | Customer |",
        // round 5: what a person posted, held in a message as attachments, files, blocks, comments
        "attachments | List | Message | message-content",
        "files | List | Message | message-content",
        "blocks | List | Message | message-content",
        "message | String | PersonalMessage | message-content",
        "attachments | List | Invoice |",
        "message | String | Error |",
        "comment | String | Order |",
        "file | String | ClientLogo |",
        // round 5: a person's Skype name is a contact detail; a company's is its own
        "skype | String | Profile | contact-details",
        "skype | String | Company |",
        // round 5: the amounts and hours of a pay stub are the employee's pay; an invoice's are not
        "ytdAmount | java.lang.Double | PaystubOverrideNetPay | pay",
        "hours | java.lang.Double | PaystubOverrideEarningsTotal | pay",
        "breakdown | List | PaystubOverrideEarnings | pay",
        "total | com.acme.EarningsTotal | PaystubOverrideEarnings | pay",
        "amount | java.lang.Double | Invoice |",
        "hours | java.lang.Double | OpeningTimes |",
        "fixedAmount | java.lang.Double | EarningsRate |",
        // round 5: an account's mask is the last digits of its number; a field mask is not
        "mask | String | AccountBase | financial-account",
        "mask | String | LinkDeliveryAccount | financial-account",
        "readMask | String | BatchUpdateContactsRequest |",
        "mask | String | Subnet |",
        // round 5: a taxpayer id is a government id, but not a merchant's
        "taxpayerId | com.acme.TaxpayerID | Employee | government-id",
        "taxpayerId | String | Merchant |",
        // round 5: who a gift message is to and from
        "messageTo | String | PersonalMessage | message-party",
        "messageFrom | String | GiftMessage | message-party",
        "messageTo | String | Order |",
        // round 5: a person held or pointed at is a reference to a person
        "person | String | Relation | person-reference",
        "person | com.acme.Person | SearchResult | person-reference",
        "people | List | SearchDirectoryPeopleResponse | person-reference",
        "personCount | Integer | Household |",
        "personType | String | Relation |",
        // round 5: a programme is no person, even a programme for individuals
        "name | String | IndividualWatchlistProgram |",
        "name | String | LoyaltyProgram |",
        "name | String | Individual | person-name",
        // round 5: a phone number's canonical form
        "canonicalForm | String | PhoneNumber | phone-part",
        "canonicalForm | String | Url |",
        // round 6: profile details of a person; a product's or a company's are not
        "bio | String | GHPerson | profile-detail",
        "biography | String | TdPublicProfile | profile-detail",
        "hometown | com.acme.NamedType | User | profile-detail",
        "significantOther | com.acme.User | User | profile-detail",
        "blog | String | GHPerson | profile-detail",
        "blog | String | Company |",
        "blog | String | Product |",
        "bioUpdatedAt | java.time.Instant | User |",
        "sortableName | String | User | person-name",
        "shortName | String | User | person-name",
        "shortName | String | Organization |",
        "shortName | String | Product |",
        // round 6: what a person wrote in an issue, a review, a commit, a submission, a post
        "body | String | GHIssue | message-content",
        "body | String | GHPullRequestReview | message-content",
        "message | String | GitCommit | message-content",
        "body | String | Submission | message-content",
        "message | String | Post | message-content",
        "subject | String | Conversation | message-content",
        "body | String | HttpResponse |",
        "message | String | BuildStatus |",
        "subject | String | Certificate |",
        // round 6: a student's grades, scores and points in an enrollment, a submission, a grade
        "currentGrade | String | Grade | education-record",
        "finalScore | String | Grade | education-record",
        "unpostedFinalScore | String | Grade | education-record",
        "score | java.lang.Double | QuizSubmission | education-record",
        "fudgePoints | java.lang.Double | QuizSubmission | education-record",
        "points | java.lang.Double | SubmissionRubricAssessment | education-record",
        "comments | String | RubricAssessment | education-record",
        "grades | com.acme.Grade | Enrollment | education-record",
        "score | java.lang.Double | FraudInfo |",
        "riskScore | java.lang.Double | Submission |",
        "gradeId | Long | Submission |",
        "pointsPossible | java.lang.Double | Quiz |",
        "score | java.lang.Double | SatisfactionRating |",
        "grade | String | Product |",
        "gradeMatchesCurrentSubmission | boolean | Submission |",
        // round 6: a fake person made for tests is no one; an audience's targeting is no one's
        "email | String | TestUser |",
        "password | String | TestUser |",
        "accessToken | String | TestUser |",
        "email | String | ContestUser | email",
        "email | String | User | email",
        "genders | List | FeedTargeting |",
        "relationshipStatuses | List | FeedTargeting |",
        "gender | String | Customer | gender",
        // round 7: an agent noun names a person (author, actor, assessor, gifter, reviewer, winner);
        // a word about it, a type of it or a count is none
        "authorName | String | SubmissionComment | person-name",
        "gifterName | String | GiftCardDelivery | person-name",
        "assessorId | Long | RubricAssessment | person-reference",
        "actor | com.acme.LogActor | LogEvent | person-reference",
        "giveawayWinners | com.acme.GiveawayWinners | Message | person-reference",
        "reviewerIds | List | PullRequest | person-reference",
        "accountOwner | String | Transaction | person-reference",
        "accountOwnerCount | Integer | Transaction |",
        "identity | String | ParticipantUpdater | person-reference",
        "pathIdentity | String | ChallengeUpdater | person-reference",
        "identityProvider | String | FederatedIdentityEntity |",
        "identityType | String | Participant |",
        "authorAssociation | String | IssueComment |",
        "actorType | String | LogEvent |",
        "authorCount | Integer | Poll |",
        "winnerSelectionDate | LocalDate | Giveaway |",
        // round 7: more words of a person's photo
        "profilePic | String | User | photo",
        "profilePic | String | IgUserProfile | photo",
        "gravatarId | String | GHUser | photo",
        "avatarImageUrl | String | PageUser | photo",
        "avatarImageUrl | String | Course |",
        "profilePicTemplate | String | User |",
        // round 7: the token of an authorization or a linked identity signs its person in
        "token | String | GHAuthorization | sign-in-token",
        "hashedToken | String | GHAuthorization | sign-in-token",
        "accessToken | String | Tokeninfo | sign-in-token",
        "token | String | FederatedIdentityEntity | sign-in-token",
        "token | String | Upload |",
        "nextPageToken | String | ListConnectionsResponse |",
        "token | String | IdentityProviderEntity |",
        "tokenStoreEnabled | Boolean | FederatedIdentityEntity |",
        // round 7: the session of an event or a log is its person's
        "sessionId | String | EventEntity | device-id",
        "externalSessionId | String | LogAuthenticationContext | device-id",
        "sessionId | String | PaymentRequest |",
        "sessionIdleTimeout | Integer | RealmRepresentation |",
        "sessionCount | Integer | EventEntity |",
        "sessionId | String | Merchant |",
        // round 7: a person's signature and initials; a signing algorithm, a sender signature, a webhook's are not
        "signature | String | User | signature",
        "authorSignature | String | Message | signature",
        "signatureImageUri | String | UserInformation | signature",
        "userSignatures | List | UserSignaturesInformation | signature",
        "initialsImageUri | String | Signer | signature",
        "signature | String | WebhookEvent |",
        "defaultSignatureAlgorithm | String | RealmRepresentation |",
        "senderSignatures | List | Signatures |",
        "requireUploadSignature | String | Signer |",
        "signatureDate | LocalDate | User |",
        // round 7: the name a bank verified is the holder's; a verification's result about a name is not
        "verifiedName | String | Sofort | person-name",
        "verificationName | String | AccountBase | person-name",
        "nameVerificationResult | String | AccountBase |",
        "verifiedNameMatch | String | AccountBase |",
        // round 7: a gift's personal message is what a person wrote, in any class
        "personalMessage | com.acme.PersonalMessage | OrderItemImpl | message-content",
        "personalMessage | String | GiftCardDelivery | message-content",
        "giftMessage | String | Order | message-content",
        "personalMessageTemplate | String | Store |",
        "personalMessageEnabled | Boolean | OrderItemImpl |",
        // round 7: a provider is a configured system, no person
        "displayName | String | UserFederationProviderEntity |",
        "name | String | IdentityProvider |",
        "name | String | ProviderUser | person-name",
        // round 8: the parties of a call, a recording or a call's member are persons' numbers and names
        "fromNumber | String | Call | call-party",
        "toNumber | String | Call | call-party",
        "from | String | LiveCall | call-party",
        "callerName | String | QueuedCall | call-party",
        "destination | String | VoiceCallLeg | call-party",
        "fromNumber | String | Recording | call-party",
        "from | String | VoiceCommentData | call-party",
        "from | String | Member | call-party",
        "from | String | UpdateMemberRequest | call-party",
        "destination | String | MessageStatus |",
        "destination | String | FlightDestination |",
        "from | String | FromToPermission |",
        "from | LocalDate | Call |",
        "voiceCallerIdLookup | Boolean | IncomingPhoneNumberUpdater |",
        "callerIdLookup | String | Call |",
        "fromNumber | String | Campaign |",
        // round 8: the title and salutation of an address's addressee
        "salutation | String | AddressImpl | addressee",
        "title | String | AddressImpl | addressee",
        "salutation | String | Identity | addressee",
        "title | String | Document |",
        "titleFormat | String | Address |",
        "salutationTemplate | String | Address |",
        "title | String | HotelAddress |",
        // round 8: directory attributes of a user (Active Directory, Entra, LDAP schema names)
        "userPrincipalName | String | User | username",
        "onPremisesSamAccountName | String | User | username",
        "mailNickname | String | User | username",
        "proxyAddresses | List | User | contact-details",
        "imAddresses | List | Contact | contact-details",
        "homePhones | List | Contact | phone",
        "customerPhones | List | CustomerImpl | phone",
        "profession | String | Person | employment",
        "aboutMe | String | User | profile-detail",
        "principalNameFormat | String | User |",
        "proxyAddressEnabled | Boolean | User |",
        "proxyAddress | String | HttpClientConfig |",
        "imAddress | String | ChatServer |",
        // round 8: a P.O. box, a country's ISO code in an address, an anonymous visitor's id
        "pOBox | String | AddressImpl | postal-address",
        "countryIso | String | Address | postal-address-part",
        "countryIso | String | TaxRate |",
        "anonymousId | String | CartImpl | device-id",
        "anonymousId | String | CreatedByImpl | device-id",
        "anonymousCartId | String | CustomerSigninImpl |",
        "anonymousCartSignInMode | String | CustomerSigninImpl |",
        // round 8: the bounds of an IP range are no one's IP
        "startIPAddress | String | IPAccessControlEntry |",
        "endIPAddress | String | IPAccessControlEntry |",
        "ipAddress | String | LoginEvent | ip-address",
        "lastLoginIp | String | User | ip-address",
        // round 8: a sign-in credential's public key and id, a user's id at an identity provider
        "publicKey | String | WebAuthnCredential | credential",
        "credentialId | String | TotpUserFactorProfile |",
        "publicKey | String | User | credential",
        "publicKey | String | RealmRepresentation |",
        "publicKey | String | CertificateRepresentation |",
        "publicKeyAlgorithm | String | WebAuthnCredential |",
        "identityProviderUserId | String | IdentityProviderLink | person-reference",
        "identityProviderUserId | String | PendingIdPLink | person-reference",
        "identityProviderUserIdClaim | String | IdentityProvider |",
        "identityProviderId | String | IdentityProviderLink |",
        // round 8: a system's credentials, a claim's name, a care facility, a brand's address are no person's
        "httpAuthenticationPassword | String | GenericConnectorConfiguration |",
        "httpAuthenticationUsername | String | GenericConnectorConfiguration |",
        "ldapPassword | String | Settings |",
        "password | String | User | credential",
        "username | String | User | username",
        "emailClaim | String | BaseSAMLv2IdentityProvider |",
        "email | String | IdentityProviderLink | email",
        "healthCareFacility | String | EventContext |",
        "healthInsurance | String | Patient | health",
        "street | String | BrandAddress |",
        "city | String | Brand |",
        "city | String | CustomerAddress | postal-address",
        // round 9: a message's HTML or plain-text body; a template's or a campaign's is no one's
        "htmlContent | String | SendSmtpEmail | message-content",
        "textContent | String | SendSmtpEmail | message-content",
        "body_html | String | GHPullRequestReviewComment | message-content",
        "textMessage | String | SMSMessage | message-content",
        "htmlBody | String | TemplateToValidate |",
        "htmlContent | String | EmailCampaign |",
        "htmlContent | String | Invoice |",
        // a class named for one party of a message (a generated client's SendSmtpEmailTo)
        "name | String | SendSmtpEmailTo | person-name",
        "name | String | SendSmtpEmailTo1 | person-name",
        "name | String | MailBcc | person-name",
        "name | String | MapTo |",
        "name | String | CopyTo |",
        // one person's statistics are that person's engagement; a population's are no one's
        "ip | String | GetExtendedContactDetailsStatisticsOpened | ip-address",
        "ip | String | ContactStats | ip-address",
        "ip | String | CampaignStatistics |",
        "ip | String | AccountStatistics |",
        "email | String | UserSegment |",
        // references to contacts under a plural; a company's own links stay the company's
        "contactIds | List | Note | person-reference",
        "linkedContactsIds | List | Deal | person-reference",
        "contactsIds | List | Task | person-reference",
        "contactIds | List | Company |",
        // a person's identification and identity document, the parts of an identification
        "identification | AccountHolderIdentification | AccountHolder | government-id",
        "identification | Identification | Individual | government-id",
        "identification | AccountHolderIdentification | PaymentCorporateSender |",
        "number | String | AccountHolderIdentification | identity-document-part",
        "number | String | Invoice |",
        "document | String | Payer | government-id",
        "document | String | Invoice |",
        "layout | javax.swing.text.Document | Customer |",
        "proof | com.acme.Identification | Customer | government-id",
        // account numbers under standard names of their own: BBAN (ISO 13616), EMVCo's PAR
        "bban | String | CreateInstrumentBankAccountRequest | financial-account",
        "bbanFormat | String | Country |",
        "paymentAccountReference | String | CardResponseSource | payment-card",
        // a corporate or business party is a legal entity, an individual one a person
        "address | Address | PaymentCorporateSender |",
        "email | String | BusinessCustomer |",
        "address | Address | PaymentIndividualSender | postal-address",
        // a refresh token's class holds a user's sign-in token; its type, its client's and an
        // app-only OAuth 2 token are none
        "token | String | RefreshToken | sign-in-token",
        "refreshTokenType | String | RefreshToken |",
        "token | String | RefreshTokenClient |",
        "accessToken | String | OAuth2Token |",
        // round 10: who did it, under any verb of the passive agent and after the thing acted on
        "bannedById | String | UserBanRequestData | person-reference",
        "truncatedById | String | Channel | person-reference",
        "messageUpdatedById | String | MessageHistoryEntry | person-reference",
        "lastUpdatedByUserId | String | Bookmark | person-reference",
        "sortedBy | String | Query |",
        "groupedBy | String | Report |",
        "sharedLoginUpgradeRequiredBy | java.util.Date | User |",
        "replacedById | String | PaymentInstrument |",
        "createdByCount | Integer | Stats |",
        "templateCreatedBy | String | Template | person-reference",
        // the parts of an address under the Royal Mail PAF's names; a room's building is no one's
        "flatNumber | String | Address | postal-address",
        "buildingNumber | String | Address | postal-address",
        "buildingName | String | Address | postal-address",
        "buildingNumber | String | RoomResource |",
        "flatFee | String | Address |",
        "useFlatRates | Boolean | FulfillmentOption |",
        // the machine-readable zone of an identity document (ICAO 9303)
        "mrzLine1 | String | ExtractedData | government-id",
        "mrz | String | DocumentReport | government-id",
        "mrzFormat | String | DocumentType |",
        // a card's parts named with the card itself (PCI DSS: the cardholder name is card data)
        "cardFingerprint | String | PaymentDetailsResponse | payment-card",
        "cardExpiryDate | String | MandateDetailsResponse | payment-card",
        "cardHolder | String | MandateDetailsResponse | payment-card",
        "cardToken | String | PaymentRequest | payment-card",
        "cardHolderType | String | PaymentDetailsResponse |",
        "cardTokenType | String | PaymentRequest |",
        // a message's HTML, a mail's snippet and preview, a thread's subject; a template's are no one's
        "html | String | Message | message-content",
        "snippet | String | Message | message-content",
        "bodyPreview | String | Message | message-content",
        "subject | String | Thread | message-content",
        "html | String | EmailTemplate |",
        "snippet | String | CodeSample |",
        "subject | String | Certificate |",
        // round 11: the name on an account (the account holder's), a card's parts under "cc", the card code (CVV2/CVC2/CID)
        "nameOnAccount | String | PaymentMethod | person-name",
        "nameOnAcct | String | CreditChargeInfo | person-name",
        "ccExpiryMonth | Integer | CreditChargeInfo | payment-card",
        "ccExpiryYear | Integer | CreditChargeInfo | payment-card",
        "ccNumber | String | Payment | payment-card",
        "ccNumberType | String | Payment |",
        "cardCode | String | CreditCard | payment-card-part",
        "cardCodeResponse | String | TransactionDetails |",
        "cardCode | String | Product |",
        // an employer is an organisation: its name and address are its own; a person's employer taxes stay pay
        "name | String | PayStubEmployer |",
        "address | String | Employer |",
        "totalEmployerTaxes | java.math.BigDecimal | Payslip | pay",
        // round 12: a text field named "object" is an API record's type ("user"), not its datum; other fields stay
        "object | String | User |",
        "object | String | EmailAddress |",
        "object | String | Invitation |",
        "emailAddress | String | EmailAddress | email",
        "objectEmail | String | Invitation | email",
        // round 14: WebAuthn's user handle is the id of the user, whatever type holds its bytes
        "userHandle | com.yubico.webauthn.data.ByteArray | RegisteredCredential | person-reference",
        "userHandle | String | AssertionRequest | person-reference",
        "handle | String | FileUpload |",
        "userHandleCount | Integer | Stats |",
        // round 14: a geolocation (of a client's IP) holds where a person is; a plain event does not
        "city | String | EventGeolocation | postal-address",
        "region | String | ItemGeolocation | postal-address-part",
        "region | String | Event |",
        "region | String | Deployment |",
        // round 14: a column map names an import's columns, it holds no one's data
        "email | String | ContactImportColumnMap |",
        "firstName | String | ContactImportColumnMap |",
        "email | String | ContactImport | email",
        "firstName | String | Contact | person-name",
        // round 14: the IP a provider sends from, and its pools of them, are its servers'; a client's stays found
        "sendingIp | String | EventEnvelope |",
        "sendingIpPool | String | Message |",
        "ipPoolId | String | Mail |",
        "ip | String | EventEnvelope | ip-address",
        "clientIp | String | LogEntry | ip-address",
        // round 14: a repository of credentials or usernames is a service object, not a datum
        "credentialRepository | com.example.CredentialRepository | RelyingParty |",
        "usernameRepository | com.example.UsernameRepository | RelyingParty |",
        "credentialRepositories | List | RelyingParty |",
        "credential | String | RegisteredCredential | credential",
        "username | String | RelyingPartyUser | username",
      })
  void classifiesFields(String field, String type, String enclosingClass, String expected) {
    check(field, type, enclosingClass, expected);
  }

  /** A person's class held is a reference to that person; a class of content a message's class holds is content. */
  @ParameterizedTest(name = "{0} of {1} in {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a person's class held, whatever the field's name: a reference to that person
        "committer | GHUser | GHCommit | person-reference",
        "from | User | Post | person-reference",
        "mergedBy | GHUser | GHPullRequest | person-reference",
        "assessor | MessageParticipant | RubricAssessment | person-reference",
        "owner | PersonInfo | Gist | person-reference",
        // an organisation's, a bot's, an app's, an account's or a profile's class is no person's
        "owner | GHOrganization | GHRepository |",
        "creator | BotUser | Poll |",
        "installedBy | AppUser | Installation |",
        "account | Account | Transaction |",
        "profile | BusinessProfile | Page |",
        "location | IpAddressLocation | Event |",
        "system | ContactPointSystem | ContactPoint |",
        "travelers | Travelers | Analytics |",
        // a name about the datum, or a thing's, is no reference
        "ownerCount | GHUser | GHRepository |",
        "targetUser | GHUser | Rule |",
        "listUsers | GHUser | Client |",
        // a message's or a post's class holding a class of content: the message's content
        "poll | Poll | Message | message-content",
        "replyToMessage | Message | Message | message-content",
        "pinnedMessage | MaybeInaccessibleMessage | Message | message-content",
        "quote | TextQuote | Message | message-content",
        "paidMedia | PaidMediaInfo | Message | message-content",
        "comments | Comments | Post | message-content",
        "messages | Message | Conversation | message-content",
        "mediaComment | MediaComment | SubmissionComment | message-content",
        // content classes outside a message, and a message's things that are no content
        "video | Video | Product |",
        "document | Document | Shipment |",
        "invoice | Invoice | Message |",
        "pollTemplate | Poll | Message |",
        "entities | MessageEntityCount | Message |",
        "from | User | Product | person-reference",
      })
  void aFieldIsReadByTheClassItHolds(String field, String held, String holder, String expected) {
    List<String> holders = List.of(holder);
    Optional<DataTypeMatch> found = CLASSIFIER.referenceByHeldClass(field, holders, held)
        .or(() -> CLASSIFIER.contentByHeldClass(field, holders, held));
    assertThat(found.map(DataTypeMatch::dataType)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void anInfixIsAPartOfTheNameOfThePersonWhoHoldsIt() {
    FieldFacts personsName = new FieldFacts(
        "infix", List.of(), "java.lang.String", false, "Name", Owner.PERSON, List.of(), List.of(), "");
    FieldFacts unheldName = new FieldFacts("infix", "java.lang.String", false, "Name", false);
    FieldFacts operator = new FieldFacts("infix", "java.lang.String", false, "Operator", false);
    assertThat(CLASSIFIER.classify(personsName).map(DataTypeMatch::dataType)).hasValue("person-name");
    assertThat(CLASSIFIER.classify(unheldName)).isEmpty();
    assertThat(CLASSIFIER.classify(operator)).isEmpty();
  }

  @Test
  void aValueClassNamedForItsDatumIsThePersonsWhoseClassHoldsIt() {
    assertThat(heldByAPerson("value", "java.lang.String", "Nickname")).hasValue("person-name");
    assertThat(heldByAPerson("value", "java.lang.String", "Occupation")).hasValue("employment");
    assertThat(heldByAPerson("value", "java.lang.String", "Residence")).hasValue("postal-address");
    assertThat(heldByAPerson("formattedValue", "java.lang.String", "RelationshipStatus")).hasValue("marital-status");
    assertThat(heldByAPerson("data", "java.lang.String", "Email")).hasValue("email");
    assertThat(heldByAPerson("date", "com.acme.Date", "Birthday")).hasValue("birth-date");
    // the class names no datum, or no one holds it: a bare value is nothing
    assertThat(heldByAPerson("value", "java.lang.String", "Status")).isEmpty();
    assertThat(heldByAPerson("url", "java.lang.String", "Website")).isEmpty();
    // a record's url is the record's own address, not its datum (a Photo record's url, a User's)
    assertThat(heldByAPerson("url", "java.lang.String", "Photo")).isEmpty();
    assertThat(heldByAPerson("url", "java.lang.String", "User")).isEmpty();
    assertThat(heldByAPerson("date", "com.acme.Date", "Event")).isEmpty();
    assertThat(CLASSIFIER.classify(new FieldFacts("value", "java.lang.String", false, "Nickname", false))).isEmpty();
    assertThat(CLASSIFIER.classify(new FieldFacts("url", "java.lang.String", false, "Image", false))).isEmpty();
  }

  @Test
  void inAnOrganisationAPersonsClassHoldsOnlyThePersonsEmploymentIsThePersons() {
    assertThat(atEmployer("title", "java.lang.String")).hasValue("employment");
    assertThat(atEmployer("department", "java.lang.String")).hasValue("employment");
    assertThat(atEmployer("jobDescription", "java.lang.String")).hasValue("employment");
    assertThat(atEmployer("startDate", "com.acme.Date")).hasValue("employment");
    assertThat(atEmployer("name", "java.lang.String")).isEmpty();
    assertThat(atEmployer("phoneNumber", "java.lang.String")).isEmpty();
    assertThat(atEmployer("domain", "java.lang.String")).isEmpty();
    FieldFacts organisationsOwn = new FieldFacts("title", "java.lang.String", false, "Organization", false);
    assertThat(CLASSIFIER.classify(organisationsOwn)).isEmpty();
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "organizations", "Organization")).isEqualTo(Owner.EMPLOYER);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "hotel", "Hotel")).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.ORGANISATION, "subsidiaries", "Organization")).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.EMPLOYER, "address", "Address")).isEqualTo(Owner.ORGANISATION);
  }

  private static Optional<String> heldByAPerson(String field, String type, String enclosingClass) {
    return CLASSIFIER
        .classify(new FieldFacts(field, List.of(), type, false, enclosingClass, Owner.PERSON, List.of(), List.of(), ""))
        .map(DataTypeMatch::dataType);
  }

  private static Optional<String> atEmployer(String field, String type) {
    return CLASSIFIER
        .classify(new FieldFacts(field, List.of(), type, false, "Organization", Owner.EMPLOYER, List.of(), List.of(), ""))
        .map(DataTypeMatch::dataType);
  }

  @Test
  void userDataTypesGiveContextToBareNames() {
    FieldFacts plain = new FieldFacts("name", "java.lang.String", false, "Widget", false);
    FieldFacts declared = new FieldFacts("name", "java.lang.String", false, "Widget", true);
    assertThat(CLASSIFIER.classify(plain)).isEmpty();
    assertThat(CLASSIFIER.classify(declared).map(DataTypeMatch::dataType)).hasValue("person-name");
  }

  @Test
  void nestedClassesTakeTheirContextFromTheClassesAroundThem() {
    FieldFacts personAddress =
        new FieldFacts("city", "java.lang.String", false, "AddressKanji", false, List.of("Person"));
    FieldFacts companyAddress =
        new FieldFacts("city", "java.lang.String", false, "AddressKana", false, List.of("Company", "Account"));
    FieldFacts dob = new FieldFacts("title", "java.lang.String", false, "Relationship", false, List.of("Person"));
    assertThat(CLASSIFIER.classify(personAddress).map(DataTypeMatch::dataType)).hasValue("postal-address");
    assertThat(CLASSIFIER.classify(companyAddress)).isEmpty();
    assertThat(CLASSIFIER.classify(dob).map(DataTypeMatch::dataType)).hasValue("person-name");
  }

  @Test
  void enumsAreRarelyTheDatumButAGenderEnumIs() {
    assertThat(CLASSIFIER.classify(new FieldFacts("emailKind", "com.acme.EmailKind", true, "User", false)))
        .isEmpty();
    assertThat(CLASSIFIER.classify(new FieldFacts("email", "com.acme.EmailKind", true, "User", false)))
        .isEmpty();
    assertThat(
            CLASSIFIER
                .classify(new FieldFacts("gender", "com.acme.Gender", true, "User", false))
                .map(DataTypeMatch::dataType))
        .hasValue("gender");
  }

  @Test
  void aMatchCarriesItsLabelAndWhetherItIsSpecialCategory() {
    DataTypeMatch email = CLASSIFIER.classify(new FieldFacts("email", "java.lang.String", false, "User", false)).orElseThrow();
    DataTypeMatch ssn = CLASSIFIER.classify(new FieldFacts("ssn", "java.lang.String", false, "User", false)).orElseThrow();
    assertThat(email).isEqualTo(new DataTypeMatch("email", "an email address", "contact.email", false));
    assertThat(ssn.specialCategory()).isTrue();
    assertThat(ssn.label()).isEqualTo("a government identifier");
  }

  @ParameterizedTest(name = "{0} / \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bloodType | | health",
        "diagnosisCode | | health",
        "lastLatitude | | precise-location",
        "ssn | | government-id",
        "passportNumber | | government-id",
        "iban | | financial-account",
        "cardNumber | | payment-card",
        "faceTemplate | | biometric",
        "religion | | religion",
        "sexualOrientation | | sexual-orientation",
        "data | Blood type | health",
        "notes | Medical history | health",
        "email | | ",
        "firstName | Given name | ",
        "phone | | ",
        "healthCheckUrl | | ",
        "cardBrand | | ",
        "location | | ",
      })
  void findsSpecialCategoryDataInDeclaredNames(String member, String declaredName, String expected) {
    Optional<String> actual =
        CLASSIFIER.specialCategory(member, declaredName == null ? "" : declaredName).map(DataTypeMatch::dataType);
    if (expected == null) {
      assertThat(actual).isEmpty();
    } else {
      assertThat(actual).hasValue(expected);
    }
  }

  @Test
  void aNestedBuilderReadsAsTheClassAroundIt() {
    FieldFacts inBuilder = new FieldFacts("to", "java.lang.String", false, "Builder", false, List.of("MessageRequest"));
    FieldFacts inOtherBuilder = new FieldFacts("to", "java.lang.String", false, "Builder", false, List.of("DateRange"));
    assertThat(CLASSIFIER.classify(inBuilder).map(DataTypeMatch::dataType)).hasValue("message-party");
    assertThat(CLASSIFIER.classify(inOtherBuilder)).isEmpty();
  }

  @Test
  void aLocationAPersonsClassHoldsIsWhereThePersonIsAndAPlaceOtherwise() {
    assertThat(CLASSIFIER.ownerOf("LocationData", List.of())).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "locationData", "LocationData")).isEqualTo(Owner.PERSON);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "store", "StoreLocation")).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.ORGANISATION, "location", "Location")).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOf("UserSchema", List.of())).isEqualTo(Owner.DEFINITION);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "schema", "UserSchema")).isEqualTo(Owner.NEUTRAL);
  }

  private static Optional<String> inRecord(String field, String type, String enclosingClass, List<String> structureClassWords,
      String packageName, Owner heldBy) {
    return CLASSIFIER
        .classify(new FieldFacts(field, List.of(), qualify(type), false, enclosingClass, heldBy, List.of(),
            structureClassWords, packageName))
        .map(DataTypeMatch::dataType);
  }

  @Test
  void aRecordThatPointsAtAnEmployeeHoldsThatEmployeesPay() {
    assertThat(inRecord("deductions", "List", "PeriodSummary", List.of("employee"), "", Owner.NEUTRAL)).hasValue("pay");
    assertThat(inRecord("deductions", "List", "PeriodSummary", List.of(), "", Owner.NEUTRAL)).isEmpty();
    assertThat(inRecord("deductions", "List", "PeriodSummary", List.of("customer"), "", Owner.NEUTRAL)).isEmpty();
    assertThat(inRecord("startDate", "LocalDate", "Assignment", List.of("employee"), "", Owner.NEUTRAL)).hasValue("employment");
    assertThat(CLASSIFIER.referencedPerson("employeeID")).hasValue("employee");
    assertThat(CLASSIFIER.referencedPerson("teamMemberIds")).hasValue("member");
    assertThat(CLASSIFIER.referencedPerson("employee")).isEmpty();
    assertThat(CLASSIFIER.referencedPerson("payRunId")).isEmpty();
  }

  @Test
  void twoPartsOfACardMakeTheirClassACardWhateverItIsCalled() {
    assertThat(CLASSIFIER.structureClassWords(List.of("last4", "expirationMonth", "token"))).containsExactly("card");
    assertThat(CLASSIFIER.structureClassWords(List.of("last4", "brand"))).isEmpty();
    assertThat(CLASSIFIER.structureClassWords(List.of("number", "token"))).isEmpty();
    assertThat(CLASSIFIER.structureClassWords(List.of("employeeId", "expMonth", "expYear"))).containsExactly("employee", "card");
    assertThat(inRecord("token", "String", "TokenDetails", List.of("card"), "", Owner.NEUTRAL)).hasValue("payment-card-part");
    assertThat(inRecord("token", "String", "TokenDetails", List.of(), "", Owner.NEUTRAL)).isEmpty();
  }

  @Test
  void aPersonsDocumentIsAnIdentityDocumentAndAFileDocumentIsNot() {
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "documents", "Document")).isEqualTo(Owner.PERSON);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "passport", "IdentityPassport")).isEqualTo(Owner.PERSON);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.PERSON, "invoiceDocument", "Document")).isEqualTo(Owner.NEUTRAL);
    assertThat(CLASSIFIER.ownerOfHeld(Owner.ORGANISATION, "documents", "Document")).isEqualTo(Owner.NEUTRAL);
    assertThat(inRecord("number", "String", "Document", List.of(), "", Owner.PERSON)).hasValue("identity-document-part");
    assertThat(inRecord("expiryDate", "String", "Document", List.of(), "", Owner.PERSON)).hasValue("identity-document-part");
    assertThat(inRecord("number", "String", "Document", List.of(), "", Owner.NEUTRAL)).isEmpty();
  }

  @Test
  void inAccountingCodeAnAccountIsTheOrganisationsLedgerAccount() {
    assertThat(inRecord("name", "String", "Account", List.of(), "com.acme.accounting", Owner.NEUTRAL)).isEmpty();
    assertThat(inRecord("name", "String", "Account", List.of(), "com.acme.crm", Owner.NEUTRAL)).hasValue("person-name");
    assertThat(inRecord("fromBankAccount", "com.acme.Account", "BankTransfer", List.of(), "com.acme.ledger", Owner.NEUTRAL))
        .isEmpty();
    assertThat(inRecord("fromBankAccount", "com.acme.Account", "BankTransfer", List.of(), "com.acme.payments", Owner.NEUTRAL))
        .hasValue("financial-account");
    assertThat(inRecord("email", "String", "ContactPerson", List.of(), "com.acme.accounting", Owner.NEUTRAL)).hasValue("email");
    assertThat(CLASSIFIER.ownerOf("Account", List.of(), "com.acme.accounting")).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOf("Account", List.of(), "com.acme")).isEqualTo(Owner.PERSON);
  }

  @Test
  void aPlaceOwnsTheAddressNestedInIt() {
    FieldFacts hotel = new FieldFacts("postalCode", "java.lang.String", false, "Address", false, List.of("Hotel"));
    FieldFacts traveler = new FieldFacts("postalCode", "java.lang.String", false, "Address", false, List.of("Traveler"));
    assertThat(CLASSIFIER.classify(hotel)).isEmpty();
    assertThat(CLASSIFIER.classify(traveler).map(DataTypeMatch::dataType)).hasValue("postal-address");
    assertThat(CLASSIFIER.ownerOf("Airport", List.of())).isEqualTo(Owner.ORGANISATION);
  }

  @Test
  void aCountryEnumIsAPartOfAnAddressButAStateEnumOfAThingIsNot() {
    assertThat(enumField("country", "com.acme.CountryCode", "Address")).hasValue("postal-address-part");
    assertThat(enumField("country", "com.acme.CountryIso", "CustomerAddress")).hasValue("postal-address-part");
    assertThat(enumField("countryCode", "com.acme.CountryCode", "Organisation")).isEmpty();
    assertThat(enumField("state", "com.acme.MemberState", "UpdateMemberRequest")).isEmpty();
    assertThat(enumField("state", "com.acme.ActiveState", "Account")).isEmpty();
  }

  @Test
  void anObjectFieldOfTextOrAnEnumIsTheRecordsTypeWhileTheRecordsDataStays() {
    // Clerk's User.object of the one-constant enum UserObject ("user"), Stripe's String object
    assertThat(enumField("object", "com.clerk.UserObject", "User")).isEmpty();
    assertThat(enumField("object", "com.clerk.EmailAddressObject", "EmailAddress")).isEmpty();
    assertThat(CLASSIFIER.classify(new FieldFacts("object", "java.lang.String", false, "Customer", true))).isEmpty();
    assertThat(CLASSIFIER.classify(new FieldFacts("email", "java.lang.String", false, "Customer", true))
        .map(DataTypeMatch::dataType)).hasValue("email");
    assertThat(CLASSIFIER.classify(new FieldFacts("objectEmail", "java.lang.String", false, "User", false))
        .map(DataTypeMatch::dataType)).hasValue("email");
  }

  private static Optional<String> enumField(String field, String type, String enclosingClass) {
    return CLASSIFIER.classify(new FieldFacts(field, type, true, enclosingClass, false)).map(DataTypeMatch::dataType);
  }

  @Test
  void aHeightOrWeightOfMediaGeometryOrGoodsIsAThingsMeasureWhileAPersonsIsABodys() {
    // round 13: Spotify's Image.height, held by a user, was read as the user's body height
    assertThat(inRecord("height", "Integer", "Image", List.of(), "", Owner.PERSON)).isEmpty();
    assertThat(inRecord("height", "Integer", "ProfilePic", List.of(), "", Owner.PERSON)).isEmpty();
    assertThat(inRecord("weight", "Integer", "Parcel", List.of(), "", Owner.PERSON)).isEmpty();
    assertThat(inRecord("height", "Integer", "Thumbnails", List.of(), "", Owner.PERSON)).isEmpty();
    // a class with a width is a shape, whatever it is called
    assertThat(CLASSIFIER.structureClassWords(List.of("url", "height", "width"))).containsExactly("width");
    assertThat(inRecord("height", "Integer", "Meta", List.of("width"), "", Owner.PERSON)).isEmpty();
    // a person's height and weight stay health data, and a strong phrase counts anywhere
    assertThat(inRecord("height", "Integer", "Patient", List.of(), "", Owner.PERSON)).hasValue("health");
    assertThat(inRecord("weight", "Integer", "Member", List.of(), "", Owner.PERSON)).hasValue("health");
    assertThat(inRecord("bodyHeight", "Integer", "Image", List.of(), "", Owner.PERSON)).hasValue("health");
    // the plural of a new known word still normalises: images is image
    assertThat(inRecord("height", "Integer", "Images", List.of(), "", Owner.PERSON)).isEmpty();
  }

  @Test
  void aClassOfAPagesOrACountsFieldsOnlyIsAPageOrACount() {
    assertThat(CLASSIFIER.isPageOrCount(List.of("href", "total"))).isTrue();
    assertThat(CLASSIFIER.isPageOrCount(List.of("items", "href", "limit", "next", "offset", "previous", "total"))).isTrue();
    assertThat(CLASSIFIER.isPageOrCount(List.of("href", "total", "displayName"))).isFalse();
    // a name's parts are no page's, and a class without fields is nothing
    assertThat(CLASSIFIER.isPageOrCount(List.of("first", "last"))).isFalse();
    assertThat(CLASSIFIER.isPageOrCount(List.of())).isFalse();
  }

  @Test
  void aClassWhoseFieldsAreMostlyAnAddresssPartsIsAnAddressWhateverItIsCalled() {
    // round 13: Lob's UsVerification and UsComponents, a recipient's address under verification
    List<String> verification = List.of("id", "recipient", "primaryLine", "secondaryLine", "urbanization", "lastLine",
        "deliverability", "components", "deliverabilityAnalysis", "lobConfidenceScore");
    assertThat(CLASSIFIER.structureClassWords(verification)).containsExactly("address");
    assertThat(inRecord("primaryLine", "String", "UsVerification", List.of("address"), "", Owner.NEUTRAL))
        .hasValue("postal-address");
    assertThat(inRecord("urbanization", "String", "UsVerification", List.of("address"), "", Owner.NEUTRAL))
        .hasValue("postal-address");
    assertThat(inRecord("county", "String", "UsComponents", List.of("address"), "", Owner.NEUTRAL))
        .hasValue("postal-address-part");
    assertThat(inRecord("secondaryDesignator", "String", "UsComponents", List.of("address"), "", Owner.NEUTRAL))
        .hasValue("postal-address");
    // without the structure the same names say nothing; an organisation's address stays its own
    assertThat(inRecord("primaryLine", "String", "UsVerification", List.of(), "", Owner.NEUTRAL)).isEmpty();
    assertThat(inRecord("county", "String", "UsComponents", List.of("address"), "", Owner.ORGANISATION)).isEmpty();
    // an address's parts among many other fields, one part only, or one phrase repeated: no address
    assertThat(CLASSIFIER.structureClassWords(List.of("id", "amount", "currency", "status", "city", "state", "zipCode",
        "createdAt", "updatedAt", "description", "metadata"))).isEmpty();
    assertThat(CLASSIFIER.structureClassWords(List.of("id", "city"))).isEmpty();
    assertThat(CLASSIFIER.structureClassWords(List.of("line1", "line2", "line3"))).isEmpty();
    assertThat(CLASSIFIER.structureClassWords(List.of("city", "state", "country", "ipAddress"))).containsExactly("address");
  }

  @Test
  void aGeolocationIsWhereAPersonWasAPlaceIsNot() {
    // round 14: Mailgun's EventGeolocation and ItemGeolocation, Dropbox's GeoLocationLogInfo
    assertThat(CLASSIFIER.ownerOf("EventGeolocation", List.of())).isEqualTo(Owner.PERSON);
    assertThat(CLASSIFIER.ownerOf("ItemGeolocation", List.of())).isEqualTo(Owner.PERSON);
    assertThat(CLASSIFIER.ownerOf("GeoLocationLogInfo", List.of())).isEqualTo(Owner.PERSON);
    assertThat(CLASSIFIER.ownerOf("IpAddressLocation", List.of())).isEqualTo(Owner.PERSON);
    // a location alone, or a venue's, is a place
    assertThat(CLASSIFIER.ownerOf("Location", List.of())).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOf("EventLocation", List.of())).isEqualTo(Owner.ORGANISATION);
    assertThat(CLASSIFIER.ownerOf("HotelLocation", List.of())).isNotEqualTo(Owner.PERSON);
  }

  @Test
  void loadingTwiceGivesTheSameAnswers() {
    PersonalDataClassifier other = PersonalDataClassifier.load();
    FieldFacts field = new FieldFacts("postalCode", "java.lang.String", false, "Order", false);
    assertThat(other.classify(field)).isEqualTo(CLASSIFIER.classify(field));
  }
}
