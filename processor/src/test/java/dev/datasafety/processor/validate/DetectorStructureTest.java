package dev.datasafety.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.ProcessorTestSupport;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Recognition by structure (SPEC §10): the type graph of the compilation, the names annotations
 * give, getters-only types, record components, the head noun, the owner. Each test has the
 * positive and the negative case side by side; no test declares anything, as on the first build
 * of a code base that adopts datasafety.
 */
class DetectorStructureTest extends ProcessorTestSupport {
  private static final Pattern FINDING = Pattern.compile(
      "\\[datasafety:undeclared-personal-data\\] (?:Field|Record component|Getter) '(\\w+)' of ([\\w.]+) .*category = \"([\\w.-]+)\"");

  /** Every finding as {@code Type#member=category}. */
  private static TreeSet<String> findings(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    TreeSet<String> found = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      Matcher m = FINDING.matcher(d.getMessage(null));
      if (m.find()) {
        found.add(m.group(2) + "#" + m.group(1) + "=" + m.group(3));
      }
    }
    return found;
  }

  @Test
  void fieldsOfAValueTypeAPersonsClassHoldsAreThatPersonsAcrossFilesAndThroughGenerics() {
    assertThat(findings(
        source("com.acme.Customer", "package com.acme;", "import java.util.*;",
            "class Customer { Optional<Map<String, List<Whereabouts>>> places; }"),
        source("com.acme.Whereabouts", "package com.acme;",
            "class Whereabouts { String city; String line1; int version; }"),
        source("com.acme.Product", "package com.acme;", "import java.util.*;",
            "class Product { List<Origin> origins; }"),
        source("com.acme.Origin", "package com.acme;", "class Origin { String city; String line1; }")))
        .containsExactly("com.acme.Whereabouts#city=contact.postal-address", "com.acme.Whereabouts#line1=contact.postal-address",
            "com.acme.Customer#places=contact.postal-address");
  }

  @Test
  void theTypeGraphFollowsHeldTypesAndSuperclassesAndAnOrganisationsAddressIsItsOwn() {
    assertThat(findings(
        source("com.acme.Payer", "package com.acme;", "class Payer { Billing billing; }"),
        source("com.acme.Billing", "package com.acme;", "class Billing { Place place; }"),
        source("com.acme.Place", "package com.acme;", "class Place extends BasePlace { String line2; }"),
        source("com.acme.BasePlace", "package com.acme;", "class BasePlace { String city; }"),
        source("com.acme.Company", "package com.acme;", "class Company { Site site; }"),
        source("com.acme.Site", "package com.acme;", "class Site { String city; String phone; }")))
        .containsExactly("com.acme.BasePlace#city=contact.postal-address", "com.acme.Place#line2=contact.postal-address",
            "com.acme.Billing#place=contact.postal-address", "com.acme.Payer#billing=contact.postal-address");
  }

  @Test
  void anAddressOrCardTypeOnlyOrganisationsHoldIsNotPersonalWhileOnePeopleHoldIs() {
    assertThat(findings(
        source("com.acme.Merchant", "package com.acme;", "class Merchant { Address address; }"),
        source("com.acme.Address", "package com.acme;", "class Address { String city; String state; String country; }")))
        .isEmpty();
    assertThat(findings(
        source("com.acme.Cardholder", "package com.acme;", "class Cardholder { Address address; Card card; }"),
        source("com.acme.Address", "package com.acme;", "class Address { String city; String state; String country; }"),
        source("com.acme.Card", "package com.acme;",
            "class Card { String last4; Long expMonth; String fingerprint; String brand; String cvcCheck; }")))
        .containsExactly("com.acme.Address#city=contact.postal-address", "com.acme.Address#state=contact.postal-address",
            "com.acme.Address#country=contact.postal-address", "com.acme.Card#last4=financial.payment-card",
            "com.acme.Card#expMonth=financial.payment-card", "com.acme.Card#fingerprint=financial.payment-card",
            "com.acme.Cardholder#address=contact.postal-address", "com.acme.Cardholder#card=financial.payment-card");
  }

  @Test
  void namesGivenByColumnJsonPropertyAndSerializedNameCount() {
    assertThat(findings(
        source("javax.persistence.Column", "package javax.persistence;", "public @interface Column { String name() default \"\"; }"),
        source("com.fasterxml.jackson.annotation.JsonProperty", "package com.fasterxml.jackson.annotation;",
            "public @interface JsonProperty { String value() default \"\"; }"),
        source("com.google.gson.annotations.SerializedName", "package com.google.gson.annotations;",
            "public @interface SerializedName { String value(); String[] alternate() default {}; }"),
        source("com.acme.Row", "package com.acme;",
            "import javax.persistence.Column;",
            "import com.fasterxml.jackson.annotation.JsonProperty;",
            "import com.google.gson.annotations.SerializedName;",
            "class Row {",
            "  @Column(name = \"email_address\") String c1;",
            "  @JsonProperty(\"dob\") String f2;",
            "  @SerializedName(\"ip_addr\") String f3;",
            "  @Column(name = \"email_template\") String c4;",
            "  @JsonProperty(\"created\") String f5;",
            "}")))
        .containsExactly("com.acme.Row#c1=contact.email", "com.acme.Row#f2=identity.date-of-birth", "com.acme.Row#f3=device.ip-address");
  }

  @Test
  void gettersOfAGettersOnlyTypeAndRecordComponentsAreRead() {
    assertThat(findings(
        source("com.acme.UserProfile", "package com.acme;",
            "public interface UserProfile {",
            "  String getEmail();",
            "  String getMobilePhone();",
            "  boolean isEmailVerified();",
            "  String getTheme();",
            "  default String getFirstName() { return \"\"; }",
            "  static String getLastName() { return \"\"; }",
            "}"),
        source("com.acme.Signup", "package com.acme;", "record Signup(String email, int attempts, String userAgent) {}")))
        .containsExactly("com.acme.UserProfile#getEmail=contact.email", "com.acme.UserProfile#getMobilePhone=contact.phone",
            "com.acme.Signup#email=contact.email", "com.acme.Signup#userAgent=device.user-agent");
  }

  @Test
  void theHeadNounDecidesAndAReferenceToAPersonIsPersonal() {
    assertThat(findings(source("com.acme.Charge", "package com.acme;",
        "class Charge {",
        "  String billingAddressId;",
        "  String addressSid;",
        "  String cvcCheck;",
        "  String addressLine1Check;",
        "  String emailTemplate;",
        "  String customer;",
        "  String userId;",
        "  int customerCount;",
        "  String customerEmail;",
        "}")))
        .containsExactly("com.acme.Charge#customer=account.id", "com.acme.Charge#userId=account.id",
            "com.acme.Charge#customerEmail=contact.email");
  }

  @Test
  void theOwnerDecidesWhoseDataItIs() {
    assertThat(findings(
        source("com.acme.Patient", "package com.acme;", "class Patient { String gender; String phone; }"),
        source("com.acme.StudyPopulation", "package com.acme;", "class StudyPopulation { String gender; String ageRange; }"),
        source("com.acme.Company", "package com.acme;", "class Company { String phone; String email; String name; }"),
        source("com.acme.Payout", "package com.acme;", "class Payout { String bankName; String bankPhone; String terminalAddress; }")))
        .containsExactly("com.acme.Patient#gender=identity.gender", "com.acme.Patient#phone=contact.phone");
  }

  @Test
  void theClinicalContentOfAHealthRecordAndItsSubjectAreHealthData() {
    assertThat(findings(source("com.acme.Observation", "package com.acme;",
        "class Observation { String subject; String code; String value; String status; java.util.Date issued; }")))
        .containsExactly("com.acme.Observation#subject=account.id", "com.acme.Observation#code=health.medical",
            "com.acme.Observation#value=health.medical");
  }

  @Test
  void aPersonsLocationAndAPageOfMessagesHoldPersonalDataWhileAPlaceAndASchemaDoNot() {
    assertThat(findings(
        source("com.acme.Contact", "package com.acme;", "class Contact { LocationData locationData; }"),
        source("com.acme.LocationData", "package com.acme;",
            "class LocationData { String cityName; String countryCode; double latitude; String timezone; }"),
        source("com.acme.InboundMessage", "package com.acme;", "class InboundMessage { String from; String body; int size; }"),
        source("com.acme.InboundPage", "package com.acme;", "class InboundPage { java.util.List<InboundMessage> entries; int total; }")))
        .containsExactly("com.acme.LocationData#cityName=contact.postal-address",
            "com.acme.LocationData#countryCode=contact.postal-address", "com.acme.LocationData#latitude=location.precise",
            "com.acme.Contact#locationData=location.precise", "com.acme.InboundMessage#from=contact.other",
            "com.acme.InboundMessage#body=content.messages", "com.acme.InboundPage#entries=contact.other");
    assertThat(findings(
        source("com.acme.Store", "package com.acme;", "class Store { Location location; }"),
        source("com.acme.Location", "package com.acme;", "class Location { String city; double latitude; }"),
        source("com.acme.Catalog", "package com.acme;", "class Catalog { java.util.List<Location> items; }"),
        source("com.acme.UserSchema", "package com.acme;", "class UserSchema { Attribute email; String name; }"),
        source("com.acme.Attribute", "package com.acme;", "class Attribute { String title; boolean required; }"),
        source("com.acme.UsersClient", "package com.acme;", "class UsersClient { Object listUsers; Object createUser; }")))
        .isEmpty();
  }

  @Test
  void aNestedAddressOrGeoCodeIsItsOuterClassesUnlessThatClassHoldsAPersonsData() {
    assertThat(findings(
        source("com.acme.Activity", "package com.acme;",
            "class Activity { String name; GeoCode geoCode; static class GeoCode { double latitude; double longitude; } }"),
        source("com.acme.Venue", "package com.acme;",
            "class Venue { Address address; static class Address { String cityName; String postalCode; } }"),
        source("com.acme.ListMembersResponse", "package com.acme;",
            "class ListMembersResponse { Embedded embedded; static class Embedded { java.util.List<String> members; } }")))
        .containsExactly("com.acme.ListMembersResponse.Embedded#members=account.id"); // a page's members are no place's
    assertThat(findings(
        source("com.acme.Booking", "package com.acme;",
            "class Booking { String customerEmail; Address address; static class Address { String city; String postalCode; } }"),
        source("com.acme.Checkin", "package com.acme;",
            "class Checkin { GeoCode geoCode; static class GeoCode { double latitude; } }"),
        source("com.acme.Traveler", "package com.acme;", "class Traveler { Checkin.GeoCode lastSeen; }")))
        .containsExactly("com.acme.Booking#customerEmail=contact.email", "com.acme.Booking.Address#city=contact.postal-address",
            "com.acme.Booking.Address#postalCode=contact.postal-address", "com.acme.Checkin.GeoCode#latitude=location.precise",
            "com.acme.Traveler#lastSeen=location.precise");
  }

  @Test
  void aPayslipThatPointsAtAnEmployeeHoldsThatEmployeesPayAndAnEmployersDefinitionsDoNot() {
    assertThat(findings(
        source("com.acme.Payslip", "package com.acme;", "import java.util.List;",
            "class Payslip { String employeeId; String payRunId; Double totalPay; Double grossEarnings;",
            "  List<Line> deductionLines; String paymentMethod; }"),
        source("com.acme.Line", "package com.acme;", "class Line { String name; }"),
        source("com.acme.Employee", "package com.acme;",
            "class Employee { java.time.LocalDate startDate; String nationalInsuranceNumber; EmployeeTax tax; }"),
        source("com.acme.EmployeeTax", "package com.acme;", "class EmployeeTax { String taxCode; Double previousTaxablePay; }"),
        source("com.acme.PayRun", "package com.acme;", "class PayRun { String payRunId; Double totalPay; Double totalDeductions; }"),
        source("com.acme.EarningsRate", "package com.acme;",
            "class EarningsRate { String name; Double ratePerUnit; Double fixedAmount; }"),
        source("com.acme.Product", "package com.acme;", "class Product { String taxCode; String name; }")))
        .containsExactly("com.acme.Payslip#employeeId=account.id", "com.acme.Payslip#totalPay=financial.other",
            "com.acme.Payslip#grossEarnings=financial.other", "com.acme.Payslip#deductionLines=financial.other",
            "com.acme.Employee#startDate=identity.other", "com.acme.Employee#nationalInsuranceNumber=identity.government-id",
            "com.acme.EmployeeTax#taxCode=financial.other", "com.acme.EmployeeTax#previousTaxablePay=financial.other",
            "com.acme.Employee#tax=financial.other");
  }

  @Test
  void aTravelersDocumentIsAnIdentityDocumentAndAFoldersDocumentAFile() {
    String document = "class Document { String number; String expiryDate; String issuanceCountry; String mimeType; }";
    assertThat(findings(
        source("com.acme.Traveler", "package com.acme;", "class Traveler { java.util.List<Document> documents; }"),
        source("com.acme.Document", "package com.acme;", document)))
        .containsExactly("com.acme.Document#number=identity.government-id", "com.acme.Document#expiryDate=identity.government-id",
            "com.acme.Document#issuanceCountry=identity.government-id", "com.acme.Traveler#documents=identity.government-id");
    assertThat(findings(
        source("com.acme.Folder", "package com.acme;", "class Folder { java.util.List<Document> documents; }"),
        source("com.acme.Document", "package com.acme;", document)))
        .isEmpty();
  }

  @Test
  void inAccountingCodeAnAccountAndATransferBetweenAccountsAreTheOrganisations() {
    assertThat(findings(
        source("com.acme.accounting.Account", "package com.acme.accounting;",
            "class Account { String name; String bankAccountNumber; String code; }"),
        source("com.acme.accounting.BankTransfer", "package com.acme.accounting;",
            "class BankTransfer { Account fromBankAccount; Account toBankAccount; }"),
        source("com.acme.accounting.ContactPerson", "package com.acme.accounting;", "class ContactPerson { String emailAddress; }")))
        .containsExactly("com.acme.accounting.ContactPerson#emailAddress=contact.email");
    assertThat(findings(
        source("com.acme.crm.Account", "package com.acme.crm;", "class Account { String name; String bankAccountNumber; }")))
        .containsExactly("com.acme.crm.Account#name=identity.name", "com.acme.crm.Account#bankAccountNumber=financial.bank-account");
  }

  @Test
  void aClassWithACardsLastFourAndExpiryIsACardWhateverItsName() {
    assertThat(findings(
        source("com.acme.CheckoutTokenDetails", "package com.acme;",
            "class CheckoutTokenDetails { String last4; String expirationMonth; String expirationYear; String token; String brand; }"),
        source("com.acme.Receipt", "package com.acme;", "class Receipt { String number; String token; String last4; }")))
        .containsExactly("com.acme.CheckoutTokenDetails#last4=financial.payment-card",
            "com.acme.CheckoutTokenDetails#expirationMonth=financial.payment-card",
            "com.acme.CheckoutTokenDetails#expirationYear=financial.payment-card",
            "com.acme.CheckoutTokenDetails#token=financial.payment-card");
  }

  @Test
  void aPersonsListsOfValueClassesNamedForTheirDatumHoldThatDatum() {
    assertThat(findings(
        source("com.acme.Person", "package com.acme;", "import java.util.List;",
            "class Person { List<Occupation> occupations; List<Residence> residences; List<Tag> tags; }"),
        source("com.acme.Occupation", "package com.acme;", "class Occupation { String value; String formattedType; }"),
        source("com.acme.Residence", "package com.acme;", "class Residence { String value; boolean current; }"),
        source("com.acme.Tag", "package com.acme;", "class Tag { String value; }"),
        source("com.acme.Product", "package com.acme;", "class Product { Shade shade; }"),
        source("com.acme.Shade", "package com.acme;", "class Shade { String value; }")))
        .containsExactly("com.acme.Occupation#value=identity.other", "com.acme.Residence#value=contact.postal-address",
            "com.acme.Person#occupations=identity.other", "com.acme.Person#residences=contact.postal-address");
  }

  @Test
  void anOrganisationAPersonsClassHoldsHoldsThePersonsEmploymentAndNothingElseOfTheirs() {
    String organization = "class Organization { String name; String title; String department; String phoneNumber; Place place; }";
    String place = "class Place { String city; String postalCode; }";
    assertThat(findings(
        source("com.acme.Person", "package com.acme;", "class Person { java.util.List<Organization> organizations; }"),
        source("com.acme.Organization", "package com.acme;", organization),
        source("com.acme.Place", "package com.acme;", place)))
        .containsExactly("com.acme.Organization#title=identity.other", "com.acme.Organization#department=identity.other",
            "com.acme.Person#organizations=identity.other");
    assertThat(findings(
        source("com.acme.Company", "package com.acme;", "class Company { java.util.List<Organization> subsidiaries; }"),
        source("com.acme.Organization", "package com.acme;", organization),
        source("com.acme.Place", "package com.acme;", place)))
        .isEmpty();
  }

  @Test
  void whoCreatedOrUpdatedARecordIsAReferenceToAPersonInAnyClass() {
    assertThat(findings(
        source("com.acme.Usergroup", "package com.acme;",
            "class Usergroup { String createdBy; String lastUpdatedByUserId; String sortedBy; long createdAt; String name; }")))
        .containsExactly("com.acme.Usergroup#createdBy=account.id", "com.acme.Usergroup#lastUpdatedByUserId=account.id");
  }

  @Test
  void aFieldHoldingAPersonsClassIsAReferenceToThatPersonWhateverItsNameButAnOrganisationsOrABotsIsNot() {
    assertThat(findings(
        source("com.acme.GHUser", "package com.acme;", "class GHUser { long id; }"),
        source("com.acme.GHOrganization", "package com.acme;", "class GHOrganization { long id; }"),
        source("com.acme.BotUser", "package com.acme;", "class BotUser { long id; }"),
        source("com.acme.GHCommit", "package com.acme;", "import java.util.*;",
            "class GHCommit { GHUser committer; List<GHUser> reviewers; GHUser[] assignees; Optional<GHUser> mergedBy;",
            "  GHOrganization owner; BotUser creator; GHUser ownerTemplate; String sha; }")))
        .containsExactly("com.acme.GHCommit#committer=account.id", "com.acme.GHCommit#reviewers=account.id",
            "com.acme.GHCommit#assignees=account.id", "com.acme.GHCommit#mergedBy=account.id");
  }

  @Test
  void aMessagesClassHoldingContentHoldsContentAndAPersonsClassHoldingSuchAPostHoldsPersonalData() {
    assertThat(findings(
        source("com.acme.Member", "package com.acme;", "import java.util.*;", "class Member { List<Post> posts; }"),
        source("com.acme.Post", "package com.acme;", "import java.util.*;",
            "class Post { Poll poll; List<Comment> comments; Post sharedFrom; Invoice invoice; long id; javax.swing.text.Document layout; }"),
        source("com.acme.Poll", "package com.acme;", "class Poll { String question; }"),
        source("com.acme.Comment", "package com.acme;", "class Comment { long id; }"),
        source("com.acme.Invoice", "package com.acme;", "class Invoice { long total; }"),
        source("com.acme.Product", "package com.acme;", "class Product { Poll poll; Comment comment; }")))
        .containsExactly("com.acme.Post#poll=content.messages", "com.acme.Post#comments=content.messages",
            "com.acme.Post#sharedFrom=content.messages", "com.acme.Member#posts=content.messages");
  }

  @Test
  void aRecordsRolesHeldAsAPartysClassAreReferencesToPersonsButAFacilityOrAPlaceIsNot() {
    assertThat(findings(inPackage("com.acme.rm",
        "class Entry { PartyProxy subject; PartyProxy provider; List<PartyProxy> performers; PartyIdentified healthCareFacility;"
            + " PartyIdentified location; String archetypeNodeId; }",
        "class PartyProxy { PartyRef externalRef; }",
        "class PartyIdentified extends PartyProxy { }",
        "class PartyRef { String namespace; }",
        "class RelyingPartyEntity { String id; }",
        "class Credential { RelyingPartyEntity rp; }",
        "class PartyOrganization { String id; }",
        "class Contract { PartyOrganization counterpart; }")))
        .containsExactly("com.acme.rm.Entry#subject=account.id", "com.acme.rm.Entry#provider=account.id",
            "com.acme.rm.Entry#performers=account.id", "com.acme.rm.PartyProxy#externalRef=account.id");
  }

  /** One source file per class declaration ({@code class Name ...}) in a package that imports {@code java.util}. */
  private static JavaFileObject[] inPackage(String packageName, String... classDeclarations) {
    JavaFileObject[] files = new JavaFileObject[classDeclarations.length];
    for (int i = 0; i < classDeclarations.length; i++) {
      String name = classDeclarations[i].split("\\s+")[1];
      files[i] = source(packageName + "." + name, "package " + packageName + ";", "import java.util.*;", classDeclarations[i]);
    }
    return files;
  }

  @Test
  void aBrandsAddressIsTheBrandsWhileACustomersIsTheCustomers() {
    assertThat(findings(inPackage("com.acme.brand",
        "class Brand { Address address; String brandName; }", "class Address { String street; String city; }")))
        .isEmpty();
    assertThat(findings(inPackage("com.acme.crm",
        "class Customer { Address address; }", "class Address { String street; String city; }")))
        .containsExactly("com.acme.crm.Address#street=contact.postal-address",
            "com.acme.crm.Address#city=contact.postal-address", "com.acme.crm.Customer#address=contact.postal-address");
  }

  @Test
  void theNumbersAndNamesOfACallsPartiesArePersonsWhileACallsTimesAndPromptsAreNot() {
    assertThat(findings(inPackage("com.acme.voice",
        "class Call { String fromNumber; String toNumber; String callerName; String direction; String hangupCause; String answerUrl; }",
        "class VoiceCallLeg { String destination; String status; }",
        "class FlightDestination { String destination; String origin; }")))
        .containsExactly("com.acme.voice.Call#fromNumber=contact.phone", "com.acme.voice.Call#toNumber=contact.phone",
            "com.acme.voice.Call#callerName=contact.phone", "com.acme.voice.VoiceCallLeg#destination=contact.phone");
  }

  @Test
  void aContactsStatisticsAreTheContactsEngagementWhileACampaignsStatisticsAreNoOnes() {
    assertThat(findings(inPackage("com.acme.crm",
        "class ContactDetails { String email; ContactDetailsStatistics statistics; }",
        "class ContactDetailsStatistics { java.util.List<ContactDetailsStatisticsOpened> opened; long total; }",
        "class ContactDetailsStatisticsOpened { String ip; long campaignId; }",
        "class CampaignStatistics { java.util.List<CampaignStatisticsOpened> opened; }",
        "class CampaignStatisticsOpened { String ip; long count; }")))
        .containsExactly("com.acme.crm.ContactDetails#email=contact.email",
            "com.acme.crm.ContactDetailsStatisticsOpened#ip=device.ip-address",
            "com.acme.crm.ContactDetailsStatistics#opened=device.ip-address",
            "com.acme.crm.ContactDetails#statistics=device.ip-address");
  }

  @Test
  void theRecipientsAndBodyOfAMessageArePersonalWhileATemplatesAreNot() {
    assertThat(findings(inPackage("com.acme.mail",
        "class SendEmail { java.util.List<SendEmailTo> to; java.util.List<SendEmailCc> cc; String htmlContent; }",
        "class SendEmailTo { String name; String email; }",
        "class SendEmailCc { String name; }",
        "class EmailTemplate { String htmlContent; String name; }",
        "class ConvertTo { String name; }")))
        .containsExactly("com.acme.mail.SendEmail#to=contact.other", "com.acme.mail.SendEmail#cc=contact.other",
            "com.acme.mail.SendEmail#htmlContent=content.messages", "com.acme.mail.SendEmailTo#name=identity.name",
            "com.acme.mail.SendEmailTo#email=contact.email", "com.acme.mail.SendEmailCc#name=identity.name");
  }

  @Test
  void everyRuleReadsTheTypeAnOptionalWraps() {
    assertThat(findings(inPackage("com.acme.shop",
        "class OrderAddress { Optional<String> title; Optional<String> streetAndNumber; Optional<Boolean> emailVerified; }",
        "class Shopper { OptionalInt age; Optional<?> extra; }",
        "class Product { Optional<String> title; OptionalInt age; }")))
        .containsExactly("com.acme.shop.OrderAddress#title=identity.name",
            "com.acme.shop.OrderAddress#streetAndNumber=contact.postal-address", "com.acme.shop.Shopper#age=identity.other");
  }

  @Test
  void whatAMessagesAttachmentAndAThreadHoldIsContentWhileAnInvoicesAttachmentIsNot() {
    assertThat(findings(inPackage("com.acme.chat",
        "class Message { String id; List<Attachment> attachments; static class Attachment { String text; String fallback; String imageUrl; String type; } }",
        "class SendEmailAttachment { byte[] content; }",
        "class Thread { String subject; String snippet; int unread; }",
        "class InvoiceAttachment { byte[] content; String text; }",
        "class Attachment { String title; String text; }")))
        .containsExactly("com.acme.chat.Message.Attachment#text=content.messages",
            "com.acme.chat.Message.Attachment#fallback=content.messages",
            "com.acme.chat.Message.Attachment#imageUrl=content.messages",
            "com.acme.chat.Message#attachments=content.messages",
            "com.acme.chat.SendEmailAttachment#content=content.messages",
            "com.acme.chat.Thread#subject=content.messages", "com.acme.chat.Thread#snippet=content.messages");
  }

  /** JAXB's {@code @XmlType} and {@code JAXBElement}, as the classes an XML schema's generated model is compiled against. */
  private static List<JavaFileObject> jaxb() {
    return List.of(
        source("javax.xml.bind.annotation.XmlType", "package javax.xml.bind.annotation;",
            "public @interface XmlType { String name() default \"\"; }"),
        source("javax.xml.bind.JAXBElement", "package javax.xml.bind;", "public class JAXBElement<T> { protected T value; }"));
  }

  /** Classes of one package, each {@code @XmlType} unless its declaration starts with {@code plain }. */
  private static JavaFileObject[] xmlModel(String packageName, String... classDeclarations) {
    List<JavaFileObject> files = new java.util.ArrayList<>(jaxb());
    for (String declaration : classDeclarations) {
      boolean plain = declaration.startsWith("plain ");
      String code = plain ? declaration.substring("plain ".length()) : declaration;
      String name = code.split("\\s+")[1];
      files.add(source(packageName + "." + name, "package " + packageName + ";", "import java.util.*;",
          "import javax.xml.bind.JAXBElement;", "import javax.xml.bind.annotation.XmlType;", (plain ? "" : "@XmlType ") + code));
    }
    return files.toArray(new JavaFileObject[0]);
  }

  @Test
  void aFieldHoldingAPersonsDataClassIsPersonalAcrossFilesThroughGenericsJaxbElementsAndSuperclasses() {
    assertThat(findings(xmlModel("com.acme.pay",
        "class CustomerProfileType { List<CustomerPaymentProfileType> paymentProfiles; String description; }",
        "class CustomerPaymentProfileType extends CustomerPaymentProfileBaseType { PaymentType payment; }",
        "class CustomerPaymentProfileBaseType { CustomerAddressType billTo; }",
        "class CustomerAddressType { String firstName; String city; }",
        "class PaymentType { CreditCardType creditCard; }",
        "class CreditCardType { String cardNumber; }",
        // held for the customer it is about: a transaction request's bill-to and payment
        "plain class TransactionRequest { CustomerAddressType billTo; JAXBElement<PaymentType> payment; String amount;"
            + " CustomerAddressType merchantAddress; CustomerAddressType shipFrom; }",
        // an employer's address is the organisation's
        "plain class PayStubEmployer { CustomerAddressType address; }",
        // an organisation holding the same class holds it as its own
        "plain class Merchant { CustomerAddressType supportAddress; }")))
        .containsExactly(
            "com.acme.pay.CustomerAddressType#firstName=identity.name", "com.acme.pay.CustomerAddressType#city=contact.postal-address",
            "com.acme.pay.CreditCardType#cardNumber=financial.payment-card",
            "com.acme.pay.PaymentType#creditCard=financial.payment-card",
            "com.acme.pay.CustomerPaymentProfileBaseType#billTo=identity.name",
            "com.acme.pay.CustomerPaymentProfileType#payment=financial.payment-card",
            "com.acme.pay.CustomerProfileType#paymentProfiles=financial.payment-card",
            "com.acme.pay.TransactionRequest#billTo=identity.name",
            "com.acme.pay.TransactionRequest#payment=financial.payment-card");
  }

  @Test
  void aClassWhoseFieldsAreAnOrganisationsAServersOrTechnicalIsNoPersonsDataClass() {
    assertThat(findings(inPackage("com.acme.ops",
        "class Order { Location pickup; ServerConfig server; Audit audit; }",
        "class Company { Location office; }",
        "class Location { String street; String city; }",
        "class ServerConfig { String host; int port; String address; }",
        "class Audit { long version; String createdAt; }")))
        .isEmpty();
    // an Account alone may be a business's; a client's endpoints are operations, not data
    assertThat(findings(inPackage("com.acme.api",
        "class Account { String email; }",
        "class Charge { Account onBehalfOf; }",
        "class Customer { String firstName; }",
        "class Endpoint <T> { String path; }",
        "class CustomersClient { Endpoint<Customer> createCustomer; Endpoint<Customer> listCustomers; }")))
        .containsExactly("com.acme.api.Account#email=contact.email", "com.acme.api.Customer#firstName=identity.name");
  }

  @Test
  void anIdUnderThePersonsRecordsNameIsAReferenceWhileTheRecordsOwnIdAndAnAddresssIdAreNot() {
    assertThat(findings(inPackage("com.acme.billing",
        "class CustomerProfile { String customerProfileId; String description; }",
        "class Subscription { String customerProfileId; int member_account_id; String planId; String customerAddressId; String businessProfileId; }",
        "class MemberAccount { String label; }",
        "class CustomerAddress { String label; }",
        "class BusinessProfile { String label; }",
        "class SubscriberCohort { String customerProfileId; }")))
        .containsExactly("com.acme.billing.Subscription#customerProfileId=account.id",
            "com.acme.billing.Subscription#member_account_id=account.id");
  }

  @Test
  void anXmlSchemaTypesTypeSuffixIsNoHeadWhileAPlainClassNamedTypeStaysAKind() {
    assertThat(findings(xmlModel("com.acme.xml", "class CustomerType { String name; String description; }")))
        .containsExactly("com.acme.xml.CustomerType#name=identity.name");
    assertThat(findings(xmlModel("com.acme.plain", "plain class CustomerType { String name; String description; }")))
        .isEmpty();
  }

  @Test
  void theRecordsAPersonsRecordHoldsAreThePersonsWhileAnOrganisationsSideAThingAndAnUnheldRecordAreNot() {
    assertThat(findings(inPackage("com.acme.care",
        "class Patient { String firstName; HealthRecord record; Clinic clinic; Status status; ServerConfig server; }",
        "class HealthRecord { List<Encounter> encounters; }",
        "class Encounter { List<CarePlan> careplans; long start; }",
        "class CarePlan { long start; String status; }",
        "class Clinic { String phone; List<CarePlan> offeredPlans; }",
        "enum Status { ACTIVE, INACTIVE }",
        "class ServerConfig { String host; int port; }",
        // no person's class holds a catalogue: its plans are no one's
        "class Catalogue { List<CarePlan> plans; }")))
        .containsExactly("com.acme.care.Patient#firstName=identity.name",
            "com.acme.care.Patient#record=health.medical",
            "com.acme.care.HealthRecord#encounters=health.medical",
            "com.acme.care.Encounter#careplans=health.medical");
    // a user's web3 wallets are the user's; a membership holding its organisation is the organisation's side
    assertThat(findings(inPackage("com.acme.identity",
        "class User { String email; List<Web3Wallet> web3Wallets; List<Membership> memberships; }",
        "class Web3Wallet { long updatedAt; String web3Wallet; }",
        "class Membership { Organization organization; String role; }",
        "class Organization { String displayName; }")))
        .containsExactly("com.acme.identity.User#email=contact.email",
            "com.acme.identity.User#web3Wallets=account.id");
  }

  @Test
  void theHolderRulesPremiseNeedsMoreThanOneWeakDatumAndACountIsNoPersonsRecord() {
    // round 13: Spotify's Image.height, read as a body's height, made every holder of an image personal
    assertThat(findings(inPackage("com.acme.music",
        "class Member { String email; Image[] images; Followers followers; List<Tag> tags; Address home; }",
        "class Image { Integer height; Integer width; String url; }",
        "class Album { Image[] images; }",
        "class Followers { String href; Integer total; }",
        // one special-category datum read from a context phrase: the member's, but no premise for other holders
        "class Tag { String condition; }",
        "class Post { Tag tag; }",
        "class Address { String city; String line1; }",
        "class Shipment { Address destination; }")))
        .containsExactly("com.acme.music.Member#email=contact.email",
            "com.acme.music.Member#images=identity.photo",
            "com.acme.music.Tag#condition=health.medical",
            "com.acme.music.Member#tags=health.medical",
            "com.acme.music.Address#city=contact.postal-address",
            "com.acme.music.Address#line1=contact.postal-address",
            "com.acme.music.Member#home=contact.postal-address",
            // two data found: the address is a person's data class for any holder
            "com.acme.music.Shipment#destination=contact.postal-address");
  }

  @Test
  void aClassWhoseFieldsAreAnAddresssPartsIsAnAddressUnlessAnOrganisationHoldsIt() {
    // round 13: Lob's verification of a recipient's address, which no person's class holds
    assertThat(findings(inPackage("com.acme.verify",
        "class UsVerification { String id; String primaryLine; String secondaryLine; String urbanization;"
            + " String lastLine; String deliverability; UsComponents components; }",
        "class UsComponents { String primaryNumber; String city; String state; String county; String countyFips;"
            + " String carrierRoute; }",
        // a record with an address's parts among many others is what its name says
        "class Order { String id; String amount; String currency; String status; String city; String state;"
            + " String note; String sku; String total; String createdAt; }",
        "class Company { Site site; }",
        "class Site { String primaryLine; String city; String state; String county; }")))
        .containsExactly("com.acme.verify.UsVerification#primaryLine=contact.postal-address",
            "com.acme.verify.UsVerification#secondaryLine=contact.postal-address",
            "com.acme.verify.UsVerification#urbanization=contact.postal-address",
            "com.acme.verify.UsVerification#lastLine=contact.postal-address",
            "com.acme.verify.UsComponents#primaryNumber=contact.postal-address",
            "com.acme.verify.UsComponents#city=contact.postal-address",
            "com.acme.verify.UsComponents#state=contact.postal-address",
            "com.acme.verify.UsComponents#county=contact.postal-address",
            "com.acme.verify.UsComponents#countyFips=contact.postal-address",
            // an address's components are its parts
            "com.acme.verify.UsVerification#components=contact.postal-address");
  }

  @Test
  void aCompilationWithoutAnyDatasafetyAnnotationReportsItsFindings() {
    Compilation compilation = compile(source("com.acme.Customer", "package com.acme;",
        "public class Customer { private String email; private String sessionCount; }"));
    assertThat(keys(compilation, Diagnostic.Kind.WARNING)).containsExactly("undeclared-personal-data");
    assertThat(keys(compilation, Diagnostic.Kind.NOTE)).isEmpty(); // the first-run note is for a clean first run
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(generatedResource(compilation, dev.datasafety.processor.inventory.InventoryWriter.INVENTORY_RESOURCE)).isEmpty();
  }

  @Test
  void offStopsTheDetectorAndTheProcessorFromRunningOnUnannotatedCode() {
    Compilation compilation = compile(List.of("-Adatasafety.undeclaredPersonalData=off"),
        source("com.acme.Customer", "package com.acme;", "public class Customer { private String email; }"));
    assertThat(compilation.diagnostics().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("[datasafety:"))
        .toList()).isEmpty();
  }
}
