package dev.datasafety.processor.export;

import dev.datasafety.DataForm;
import dev.datasafety.LegalBasis;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.model.Retention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The record of processing activities of GDPR Art. 30(1), made from the inventory: one processing
 * activity per purpose that data uses, with the data it processes. The CSV and the HTML page of the
 * {@code ropa} export are two renderings of this one record.
 *
 * <p>datasafety declares no data subjects: the record names the users of the application, the
 * people the declared data is about ({@link #dataSubjects}).
 *
 * @param controller Art. 30(1)(a)
 * @param dataSubjects Art. 30(1)(c), the categories of data subjects
 * @param activities in purpose id order
 */
public record ProcessingRecord(ControllerInfo controller, String application, String dataSubjects,
    List<Activity> activities) {

  /**
   * One processing activity.
   *
   * @param legalBasis the Art. 6(1) basis, as text
   * @param data in datum id order
   */
  public record Activity(PurposeInfo purpose, String legalBasis, List<Entry> data) {
    /** Art. 30(1)(d): everyone who receives some of its data, in id order. */
    public List<RecipientInfo> recipients() {
      Map<String, RecipientInfo> byId = new TreeMap<>();
      data.forEach(entry -> entry.recipients().forEach(r -> byId.put(r.id(), r)));
      return List.copyOf(byId.values());
    }

    /** Art. 30(1)(e): the recipients outside the EEA, in id order. */
    public List<RecipientInfo> transfers() {
      return thirdCountry(recipients());
    }
  }

  /**
   * One datum processed for an activity.
   *
   * @param category Art. 30(1)(c), the title of its category (the id where the vocabulary has none)
   * @param recipients the declared recipients it is sent to, in id order
   * @param erasure Art. 30(1)(f), the time limit for erasure
   * @param measures Art. 30(1)(g), what its declarations say about how it is protected; never empty
   */
  public record Entry(DataItem datum, String category, List<RecipientInfo> recipients, String erasure,
      List<String> measures) {
    public List<RecipientInfo> transfers() {
      return thirdCountry(recipients);
    }
  }

  /** What the record cannot be made without. */
  public static List<MissingFact> missing(Inventory inventory) {
    return Requirements.of(inventory).controller().legalBases().dataCategories()
        .also(recipientFacts(inventory)).list();
  }

  /** The record; call only when {@link #missing} is empty. */
  public static ProcessingRecord of(Inventory inventory) {
    ControllerInfo controller = inventory.controller().orElseThrow(
        () -> new IllegalStateException("the record of processing needs a controller: check missing() first"));
    String application = inventory.application().orElse("the application");
    Map<String, RecipientInfo> recipients = recipientsById(inventory);
    List<Activity> activities = new ArrayList<>();
    for (PurposeInfo purpose : inventory.purposes()) {
      List<Entry> data = inventory.data().stream()
          .filter(d -> d.purposes().contains(purpose.id()))
          .map(d -> entry(d, controller, recipients))
          .toList();
      if (!data.isEmpty()) {
        activities.add(new Activity(purpose, legalBasis(purpose.legalBasis()), data));
      }
    }
    return new ProcessingRecord(controller, application, "Users of " + application, activities);
  }

  /** "Consent (Art. 6(1)(a))". */
  public static String legalBasis(LegalBasis basis) {
    switch (basis) {
      case CONSENT:
        return "Consent (Art. 6(1)(a))";
      case CONTRACT:
        return "Performance of a contract (Art. 6(1)(b))";
      case LEGAL_OBLIGATION:
        return "Compliance with a legal obligation (Art. 6(1)(c))";
      case VITAL_INTERESTS:
        return "Vital interests (Art. 6(1)(d))";
      case PUBLIC_TASK:
        return "Public interest or official authority (Art. 6(1)(e))";
      case LEGITIMATE_INTERESTS:
        return "Legitimate interests (Art. 6(1)(f))";
      default:
        return "Not declared";
    }
  }

  /** "Postmark, our email delivery service (processor, US)". */
  public static String describe(RecipientInfo recipient) {
    return recipient.name() + " (" + role(recipient.role()) + recipient.country().map(c -> ", " + c).orElse("") + ")";
  }

  /** "US: Postmark, our email delivery service". */
  public static String describeTransfer(RecipientInfo recipient) {
    return recipient.country().orElse("") + ": " + recipient.name();
  }

  public static String role(RecipientRole role) {
    return role == RecipientRole.PROCESSOR ? "processor" : "third party";
  }

  /** The retention as a time limit for erasure, about the data subject rather than to them. */
  public static String erasure(Retention retention) {
    switch (retention.value()) {
      case Retention.TRANSIENT:
        return "Not stored: used, then dropped at once";
      case Retention.SESSION:
        return "Erased at the end of the user's session";
      case Retention.UNTIL_ACCOUNT_DELETION:
        return "Erased when the user deletes their account";
      case Retention.UNTIL_DELETION_REQUEST:
        return "Erased when the user asks for its erasure";
      default:
        return "Erased after " + retention.text() + " (" + retention.value() + ")";
    }
  }

  private static Entry entry(DataItem datum, ControllerInfo controller, Map<String, RecipientInfo> recipients) {
    String categoryId = datum.category().orElse("");
    String category = DataCategories.get().find(categoryId).map(DataCategories.Category::title).orElse(categoryId);
    List<RecipientInfo> receiving = datum.recipients().stream().map(recipients::get).toList();
    return new Entry(datum, category, receiving, erasure(datum.retention()), measures(datum, controller));
  }

  /** Art. 30(1)(g) from the facts the declarations hold; what is not declared is not claimed. */
  private static List<String> measures(DataItem datum, ControllerInfo controller) {
    List<String> measures = new ArrayList<>();
    if (!datum.serverVisible()) {
      measures.add("Kept on the user's device only, or end-to-end encrypted: the server cannot read it");
    } else {
      measures.add(controller.encryptedInTransit() ? "Encrypted in transit" : "Not encrypted in transit");
    }
    form(datum.form()).ifPresent(measures::add);
    if (!datum.reviews().isEmpty()) {
      measures.add("Approved in data-safety review " + String.join(", ", datum.reviews()));
    }
    return List.copyOf(measures);
  }

  private static Optional<String> form(DataForm form) {
    switch (form) {
      case PSEUDONYMIZED:
        return Optional.of("Pseudonymised (Art. 4(5)): kept without what would identify the user directly");
      case AGGREGATED:
        return Optional.of("Aggregated: kept only as totals, not linked to a user");
      case ANONYMIZED:
        return Optional.of("Anonymised: cannot be linked back to a user");
      default:
        return Optional.empty();
    }
  }

  private static List<RecipientInfo> thirdCountry(List<RecipientInfo> recipients) {
    return recipients.stream().filter(r -> r.country().map(Eea::isThirdCountry).orElse(false)).toList();
  }

  private static Map<String, RecipientInfo> recipientsById(Inventory inventory) {
    Map<String, RecipientInfo> byId = new LinkedHashMap<>();
    inventory.recipients().forEach(r -> byId.put(r.id(), r));
    return byId;
  }

  /**
   * Art. 30(1)(e) cannot say whether data leaves the EEA without each recipient's country, nor list
   * a recipient the inventory does not declare (an inventory read from a file may name one).
   */
  private static List<MissingFact> recipientFacts(Inventory inventory) {
    Map<String, RecipientInfo> declared = recipientsById(inventory);
    List<MissingFact> missing = new ArrayList<>();
    inventory.data().stream()
        .flatMap(d -> d.recipients().stream())
        .distinct()
        .sorted(Comparator.naturalOrder())
        .forEach(id -> {
          RecipientInfo recipient = declared.get(id);
          if (recipient == null) {
            missing.add(MissingFact.recipient(id, "", "a declaration",
                "Declare @Recipient(id = \"" + id + "\", ...) where the application or a dependency can see it."));
          } else if (recipient.country().filter(c -> !c.isBlank()).isEmpty()) {
            missing.add(MissingFact.recipient(id, "country", "a country",
                "Add country = \"US\" (the ISO 3166-1 alpha-2 code of where it processes the data) to the @Recipient."));
          }
        });
    return missing;
  }
}
