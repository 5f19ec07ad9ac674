package dev.datasafety.processor.export;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code fides.yml}: a fideslang {@code system} with one privacy declaration per purpose, and a
 * {@code dataset} with one collection per type that holds data, one field per datum, every label a
 * key of fideslang's default taxonomy, so that {@code fides evaluate} runs its policies on them.
 * Field names are those of fideslang's {@code System}, {@code PrivacyDeclaration}, {@code Dataset},
 * {@code DatasetCollection} and {@code DatasetField} models (docs/exports.md).
 */
public final class FidesExport implements Exporter {
  /** The default-taxonomy data subject for the people an application's users are. */
  static final String DATA_SUBJECT = "customer";

  @Override
  public List<MissingFact> missing(Inventory inventory) {
    return Requirements.of(inventory).dataCategories().purposeCategories().legalBases().controller()
        .also(Counterparts.missing(inventory, Target.FIDES, ExportFormat.FIDES, "fideslang data category"))
        .also(purposesWithoutDataUse(inventory))
        .list();
  }

  @Override
  public List<ExportFile> render(Inventory inventory) {
    String key = ApplicationKey.of(inventory);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("system", List.of(system(inventory, key)));
    document.put("dataset", List.of(dataset(inventory, key + "_dataset")));
    return List.of(new ExportFile(ExportFormat.FIDES.files().get(0), Yaml.write(document)));
  }

  /** fideslang has a data use for every purpose category but OTHER, which says none fits. */
  private static List<MissingFact> purposesWithoutDataUse(Inventory inventory) {
    return Activity.usedPurposes(inventory).stream()
        .filter(p -> p.category() == PurposeCategory.OTHER)
        .map(p -> MissingFact.purpose(p.id(), "category", "a purpose category that fideslang has a data use for",
            "fideslang's default data uses have no counterpart of PurposeCategory.OTHER; declare the category that"
                + " fits best, or leave 'fides' out of -Adatasafety.exports."))
        .toList();
  }

  private static Map<String, Object> system(Inventory inventory, String key) {
    ControllerInfo controller = inventory.controller().orElseThrow();
    String name = ApplicationKey.name(inventory);
    List<String> thirdCountries = ThirdCountries.of(inventory.recipients().stream()
        .filter(r -> inventory.data().stream().anyMatch(d -> d.recipients().contains(r.id())))
        .toList());

    Map<String, Object> system = new LinkedHashMap<>();
    system.put("fides_key", key);
    system.put("name", name);
    system.put("description", "The personal data " + name + " processes, as its datasafety declarations state.");
    system.put("system_type", "Application");
    system.put("legal_name", controller.name());
    system.put("dpo", controller.dpo().orElse(controller.contact()));
    WebAddress.of(controller.privacyPolicyUrl()).ifPresent(url -> system.put("privacy_policy", url));
    system.put("responsibility", List.of("Controller"));
    if (controller.encryptedInTransit()) {
      system.put("data_security_practices", "Personal data is encrypted in transit.");
    }
    system.put("does_international_transfers", !thirdCountries.isEmpty());
    if (!thirdCountries.isEmpty()) {
      // fideslang validates these against ISO 3166-1 alpha-3.
      system.put("third_country_transfers", thirdCountries.stream()
          .map(code -> new Locale.Builder().setRegion(code).build().getISO3Country()).toList());
    }
    system.put("dataset_references", List.of(key + "_dataset"));
    system.put("privacy_declarations", Activity.of(inventory).stream()
        .map(FidesExport::declaration)
        .toList());
    return system;
  }

  private static Map<String, Object> declaration(Activity activity) {
    PurposeInfo purpose = activity.purpose();
    List<DataItem> shared = activity.data().stream()
        .filter(d -> activity.recipients().stream()
            .anyMatch(r -> r.role() == RecipientRole.THIRD_PARTY && d.recipients().contains(r.id())))
        .toList();
    List<String> thirdParties = activity.recipients().stream()
        .filter(r -> r.role() == RecipientRole.THIRD_PARTY)
        .map(RecipientInfo::name)
        .toList();

    Map<String, Object> declaration = new LinkedHashMap<>();
    declaration.put("name", purpose.title());
    declaration.put("data_use", dataUse(purpose.category()));
    declaration.put("data_categories", categories(activity.data()));
    declaration.put("data_subjects", List.of(DATA_SUBJECT));
    declaration.put("legal_basis_for_processing", legalBasis(purpose.legalBasis()));
    declaration.put("retention_period", retentionPeriod(activity.data()));
    declaration.put("processes_special_category_data",
        activity.data().stream().anyMatch(SpecialCategories::isArticle9));
    declaration.put("data_shared_with_third_parties", !shared.isEmpty());
    if (!shared.isEmpty()) {
      declaration.put("third_parties", String.join("; ", thirdParties));
      declaration.put("shared_categories", categories(shared));
    }
    return declaration;
  }

  private static Map<String, Object> dataset(Inventory inventory, String key) {
    String name = ApplicationKey.name(inventory);
    Map<String, List<DataItem>> byType = inventory.data().stream()
        .collect(Collectors.groupingBy(d -> d.source().type(), TreeMap::new, Collectors.toList()));
    List<Map<String, Object>> collections = new ArrayList<>();
    byType.forEach((type, data) -> {
      Map<String, Object> collection = new LinkedHashMap<>();
      collection.put("name", type);
      List<String> groups = data.stream().map(d -> d.source().group()).distinct().toList();
      if (groups.size() == 1) {
        collection.put("description", groups.get(0));
      }
      collection.put("fields", data.stream()
          .sorted(Comparator.comparing((DataItem d) -> d.source().member()))
          .map(FidesExport::field)
          .toList());
      collections.add(collection);
    });

    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("fides_key", key);
    dataset.put("name", name + " personal data");
    dataset.put("description", "Every datum " + name + " declares, by the type that holds it.");
    dataset.put("collections", collections);
    return dataset;
  }

  private static Map<String, Object> field(DataItem datum) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("name", datum.source().member());
    field.put("description", datum.description());
    field.put("data_categories", List.of(Counterparts.of(datum, Target.FIDES)));
    field.put("retention", datum.retention().text());
    return field;
  }

  /** The distinct fideslang categories of some data, sorted. */
  private static List<String> categories(List<DataItem> data) {
    return data.stream().map(d -> Counterparts.of(d, Target.FIDES)).distinct().sorted().toList();
  }

  /** One retention for the purpose, or each retention with the data kept that long, shortest first. */
  private static String retentionPeriod(List<DataItem> data) {
    Map<Retention, List<String>> byRetention = new TreeMap<>(Comparator.<Retention>naturalOrder()
        .thenComparing(Retention::value));
    data.forEach(d -> byRetention.computeIfAbsent(d.retention(), r -> new ArrayList<>()).add(d.name()));
    if (byRetention.size() == 1) {
      return byRetention.keySet().iterator().next().text();
    }
    return byRetention.entrySet().stream()
        .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey().text())
        .collect(Collectors.joining("; "));
  }

  /** The default-taxonomy data use of each purpose category (fideslang data_uses.py). */
  static String dataUse(PurposeCategory category) {
    return switch (category) {
      case APP_FUNCTIONALITY -> "essential.service";
      case ACCOUNT_MANAGEMENT -> "essential.service.authentication";
      case ANALYTICS -> "analytics.reporting";
      case DEVELOPER_COMMUNICATIONS -> "marketing.communications";
      case SECURITY -> "essential.service.security";
      case PERSONALIZATION -> "personalize";
      case ADVERTISING -> "marketing.advertising.first_party";
      case THIRD_PARTY_ADVERTISING -> "marketing.advertising.third_party";
      case OTHER, UNSPECIFIED -> throw new IllegalStateException("no data use for " + category);
    };
  }

  /** fideslang's LegalBasisForProcessingEnum values (GDPR Art. 6(1)). */
  static String legalBasis(LegalBasis basis) {
    return switch (basis) {
      case CONSENT -> "Consent";
      case CONTRACT -> "Contract";
      case LEGAL_OBLIGATION -> "Legal obligations";
      case VITAL_INTERESTS -> "Vital interests";
      case PUBLIC_TASK -> "Public interest";
      case LEGITIMATE_INTERESTS -> "Legitimate interests";
      case UNSPECIFIED -> throw new IllegalStateException("no legal basis");
    };
  }
}
