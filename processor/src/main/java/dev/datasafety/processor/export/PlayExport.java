package dev.datasafety.processor.export;

import dev.datasafety.DataForm;
import dev.datasafety.PurposeCategory;
import dev.datasafety.processor.export.PlayForm.DataType;
import dev.datasafety.processor.export.PlayForm.Deletion;
import dev.datasafety.processor.export.PlayForm.Purpose;
import dev.datasafety.processor.export.PlayForm.Requirement;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.Retention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Google Play Console Data safety form as the CSV its "Import from CSV" and the
 * {@code androidpublisher} {@code applications.dataSafety} endpoint accept (docs/exports.md).
 *
 * <p>Play's definitions decide what is reported: data is collected when it leaves the device
 * ({@code serverVisible}; data kept on the device or end-to-end encrypted is not), shared when a
 * {@code THIRD_PARTY} recipient receives it (processors act on the app's behalf, and anonymized or
 * aggregated data is about nobody, neither of which Play counts as sharing), processed ephemerally when it is {@code transient}. Only the questions
 * the earlier answers open are answered, each with every response of the console's template.
 */
public final class PlayExport implements Exporter {
  /** Play's "automatically deleted within 90 days". */
  private static final long NINETY_DAYS = 90L * 86_400;

  @Override
  public List<MissingFact> missing(Inventory inventory) {
    Requirements needs = Requirements.of(inventory).dataCategories().purposeCategories();
    if (inventory.data().stream().anyMatch(DataItem::serverVisible)) {
      // Encryption in transit and deletion are asked only of apps that collect data.
      needs.controller();
    }
    return needs.also(purposesWithoutPlayCounterpart(inventory)).also(accountDeletionLink(inventory)).list();
  }

  /** Play offers no "other" purpose: a collected datum's purpose must be one the form names. */
  private static List<MissingFact> purposesWithoutPlayCounterpart(Inventory inventory) {
    List<MissingFact> missing = new ArrayList<>();
    for (PurposeInfo purpose : inventory.purposes()) {
      boolean usedByCollectedData = inventory.data().stream()
          .anyMatch(d -> d.serverVisible() && d.purposes().contains(purpose.id()));
      if (purpose.category() == PurposeCategory.OTHER && usedByCollectedData) {
        missing.add(MissingFact.purpose(purpose.id(), "category", "a category that Google Play's Data safety form names",
            "Play's form has no purpose for PurposeCategory.OTHER: choose the category nearest to what the data is"
                + " used for (APP_FUNCTIONALITY, ANALYTICS, SECURITY, ...), and say the rest in the description."));
      }
    }
    return missing;
  }

  /** Play asks every app that has user accounts for a link where users can ask to delete theirs. */
  private static List<MissingFact> accountDeletionLink(Inventory inventory) {
    boolean hasAccounts = inventory.data().stream().anyMatch(d -> d.serverVisible()
        && d.retention().value().equals(Retention.UNTIL_ACCOUNT_DELETION));
    boolean hasLink = inventory.controller().flatMap(ControllerInfo::accountDeletionUrl).isPresent();
    if (!hasAccounts || hasLink || inventory.controller().isEmpty()) {
      return List.of();
    }
    return List.of(MissingFact.application("an accountDeletionUrl on its @DataController (its data is kept until"
            + " the account is deleted)",
        "Add accountDeletionUrl = \"https://...\" to the @DataController: the page where users ask to delete their"
            + " account and its data."));
  }

  @Override
  public List<ExportFile> render(Inventory inventory) {
    Map<DataType, Usage> usages = usages(inventory);
    CsvText csv = new CsvText().row(PlayForm.HEADER);
    row(csv, PlayForm.COLLECTS_DATA, "", bool(!usages.isEmpty()), Requirement.REQUIRED,
        "Does your app collect or share any of the required user data types?");
    if (!usages.isEmpty()) {
      ControllerInfo controller = inventory.controller().orElseThrow();
      security(csv, controller, inventory);
      dataTypes(csv, usages);
      usages.forEach((type, usage) -> usage(csv, type, usage));
    }
    return List.of(new ExportFile(ExportFormat.PLAY.files().get(0), csv.toString()));
  }

  /** How the collected data of each Play type is used, merged over the data of that type, in the form's order. */
  private static Map<DataType, Usage> usages(Inventory inventory) {
    Map<DataType, Usage> usages = new EnumMap<>(DataType.class);
    for (DataItem datum : inventory.data()) {
      if (!datum.serverVisible()) {
        continue;
      }
      StoreForms.mappedType(datum, DataCategories.Target.PLAY).ifPresent(value -> {
        DataType type = DataType.ofMapping(value).orElseThrow(() -> new IllegalStateException(
            "categories.json maps " + datum.category().orElse("") + " to '" + value + "', not a Play data type"));
        usages.computeIfAbsent(type, t -> new Usage()).add(datum, inventory);
      });
    }
    return usages;
  }

  /** The "Data collection and security" answers. */
  private static void security(CsvText csv, ControllerInfo controller, Inventory inventory) {
    row(csv, PlayForm.ENCRYPTED_IN_TRANSIT, "", bool(controller.encryptedInTransit()), Requirement.MAYBE_REQUIRED,
        "Is all of the user data collected by your app encrypted in transit?");
    controller.accountDeletionUrl().ifPresent(url -> row(csv, PlayForm.ACCOUNT_DELETION_URL, "", url,
        Requirement.MAYBE_REQUIRED,
        "Add a link that users can use to request that their account and associated data is deleted"));
    Deletion deletion = controller.dataDeletionUrl().isPresent() ? Deletion.DATA_DELETION_YES
        : deletedWithinNinetyDays(inventory) ? Deletion.DATA_DELETION_NO_AUTO_DELETED : Deletion.DATA_DELETION_NO;
    for (Deletion answer : Deletion.values()) {
      row(csv, PlayForm.DATA_DELETION, answer.name(), selected(answer == deletion), Requirement.SINGLE_CHOICE,
          "Do you provide a way for users to request that their data is deleted? / " + answer.label);
    }
    controller.dataDeletionUrl().ifPresent(url -> row(csv, PlayForm.DATA_DELETION_URL, "", url,
        Requirement.MAYBE_REQUIRED, "Delete data URL"));
  }

  /** Every collected datum is gone within 90 days at most: transient, or a duration no longer than that. */
  private static boolean deletedWithinNinetyDays(Inventory inventory) {
    return inventory.data().stream().filter(DataItem::serverVisible).allMatch(d -> {
      Retention retention = d.retention();
      return retention.rank() == Retention.TRANSIENT_RETENTION.rank()
          || (retention instanceof Retention.Finite && retention.maxSeconds() <= NINETY_DAYS);
    });
  }

  /** The data-type question of each category, every type listed, the collected ones selected. */
  private static void dataTypes(CsvText csv, Map<DataType, Usage> usages) {
    for (DataType type : DataType.values()) {
      row(csv, type.question, type.response, selected(usages.containsKey(type)), Requirement.MULTIPLE_CHOICE,
          type.category + " / " + type.type);
    }
  }

  /** The "Data usage and handling" questions of one collected type. */
  private static void usage(CsvText csv, DataType type, Usage usage) {
    String prefix = PlayForm.USAGE + ":" + type.response + ":";
    String label = "Data usage and handling (" + type.type + ") / ";
    String collectedOrShared = label + "Is this data collected, shared, or both? / ";
    row(csv, prefix + PlayForm.COLLECTED_OR_SHARED, PlayForm.COLLECTED, selected(true), Requirement.MULTIPLE_CHOICE,
        collectedOrShared + "Collected");
    row(csv, prefix + PlayForm.COLLECTED_OR_SHARED, PlayForm.SHARED, selected(usage.shared), Requirement.MULTIPLE_CHOICE,
        collectedOrShared + "Shared");
    row(csv, prefix + PlayForm.EPHEMERAL, "", bool(usage.ephemeral), Requirement.MAYBE_REQUIRED,
        label + "Is this data processed ephemerally?");
    String control = label + "Is this data required for your app, or can users choose whether it's collected? / ";
    row(csv, prefix + PlayForm.USER_CONTROL, PlayForm.USER_CONTROL_OPTIONAL, selected(usage.optional),
        Requirement.SINGLE_CHOICE, control + "Users can choose whether this data is collected");
    row(csv, prefix + PlayForm.USER_CONTROL, PlayForm.USER_CONTROL_REQUIRED, selected(!usage.optional),
        Requirement.SINGLE_CHOICE, control + "Data collection is required (users can't turn off this data collection)");
    purposes(csv, prefix + PlayForm.COLLECTION_PURPOSE, usage.collectedFor,
        label + "Why is this user data collected? Select all that apply. / ");
    if (usage.shared) {
      purposes(csv, prefix + PlayForm.SHARING_PURPOSE, usage.sharedFor,
          label + "Why is this user data shared? Select all that apply. / ");
    }
  }

  private static void purposes(CsvText csv, String question, Set<Purpose> chosen, String label) {
    for (Purpose purpose : Purpose.values()) {
      row(csv, question, purpose.response, selected(chosen.contains(purpose)), Requirement.MULTIPLE_CHOICE,
          label + purpose.label);
    }
  }

  private static void row(CsvText csv, String question, String response, String value, Requirement requirement,
      String label) {
    csv.row(List.of(question, response, value, requirement.name(), label));
  }

  /** A yes/no question's answer, as the console writes it. */
  private static String bool(boolean value) {
    return value ? "true" : "false";
  }

  /** A choice's response row: "true" when chosen, empty when not, as the console writes it. */
  private static String selected(boolean chosen) {
    return chosen ? "true" : "";
  }

  /**
   * Given to a third party, and still about a person: Play does not count a transfer of data "fully
   * anonymized so it can no longer be associated with any individual user" as sharing.
   */
  private static boolean sharedInPlaysSense(DataItem datum, Inventory inventory) {
    boolean aboutAPerson = datum.form() != DataForm.ANONYMIZED && datum.form() != DataForm.AGGREGATED;
    return aboutAPerson && !StoreForms.thirdPartiesOf(inventory, datum).isEmpty();
  }

  /** The data of one Play type, merged: purposes united, shared if any is, ephemeral and optional only if all are. */
  private static final class Usage {
    final Set<Purpose> collectedFor = EnumSet.noneOf(Purpose.class);
    final Set<Purpose> sharedFor = EnumSet.noneOf(Purpose.class);
    boolean shared;
    boolean ephemeral = true;
    boolean optional = true;

    void add(DataItem datum, Inventory inventory) {
      Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
      StoreForms.purposesOf(inventory, datum).forEach(p -> Purpose.of(p.category()).ifPresent(purposes::add));
      collectedFor.addAll(purposes);
      if (sharedInPlaysSense(datum, inventory)) {
        shared = true;
        sharedFor.addAll(purposes);
      }
      ephemeral &= datum.retention().value().equals(Retention.TRANSIENT);
      optional &= datum.optional();
    }
  }
}
