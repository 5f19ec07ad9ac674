package dev.datasafety.processor.export;

import dev.datasafety.DataForm;
import dev.datasafety.PurposeCategory;
import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.model.Retention;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Apple's privacy manifest, {@code PrivacyInfo.xcprivacy} (docs/exports.md): the data types the app
 * collects, each linked to the user or not, used to track or not, and why; whether the app tracks,
 * and the domains it tracks on.
 *
 * <p>Apple's definitions decide what is reported: data is collected when it leaves the device and
 * is kept longer than it takes to answer the request in real time, so data kept on the device
 * ({@code serverVisible = false}) and {@code transient} data no recipient receives are not.
 */
public final class AppleExport implements Exporter {

  /** Apple's purpose constants, in the order Apple's documentation lists them. */
  enum Purpose {
    THIRD_PARTY_ADVERTISING("NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising"),
    DEVELOPER_ADVERTISING("NSPrivacyCollectedDataTypePurposeDeveloperAdvertising"),
    ANALYTICS("NSPrivacyCollectedDataTypePurposeAnalytics"),
    PRODUCT_PERSONALIZATION("NSPrivacyCollectedDataTypePurposeProductPersonalization"),
    APP_FUNCTIONALITY("NSPrivacyCollectedDataTypePurposeAppFunctionality"),
    OTHER("NSPrivacyCollectedDataTypePurposeOther");

    final String constant;

    Purpose(String constant) {
      this.constant = constant;
    }

    /**
     * Apple's purpose for a declared purpose category. Apple's App Functionality covers signing in,
     * fraud prevention and security; its Developer's Advertising or Marketing covers marketing
     * messages, as developer communications (news, updates, offers) are.
     */
    static Optional<Purpose> of(PurposeCategory category) {
      switch (category) {
        case THIRD_PARTY_ADVERTISING:
          return Optional.of(THIRD_PARTY_ADVERTISING);
        case ADVERTISING:
        case DEVELOPER_COMMUNICATIONS:
          return Optional.of(DEVELOPER_ADVERTISING);
        case ANALYTICS:
          return Optional.of(ANALYTICS);
        case PERSONALIZATION:
          return Optional.of(PRODUCT_PERSONALIZATION);
        case APP_FUNCTIONALITY:
        case ACCOUNT_MANAGEMENT:
        case SECURITY:
          return Optional.of(APP_FUNCTIONALITY);
        case OTHER:
          return Optional.of(OTHER);
        default:
          return Optional.empty();
      }
    }
  }

  @Override
  public List<MissingFact> missing(Inventory inventory) {
    return Requirements.of(inventory).dataCategories().purposeCategories().list();
  }

  @Override
  public List<ExportFile> render(Inventory inventory) {
    Map<String, Entry> entries = new TreeMap<>();
    SortedSet<String> trackingDomains = new TreeSet<>();
    boolean tracksAny = false;
    for (DataItem datum : inventory.data()) {
      if (!collected(datum)) {
        continue;
      }
      boolean tracking = tracks(inventory, datum);
      tracksAny |= tracking;
      if (tracking) {
        StoreForms.thirdPartiesOf(inventory, datum).forEach(r -> trackingDomains.addAll(r.domains()));
      }
      StoreForms.mappedType(datum, DataCategories.Target.APPLE)
          .ifPresent(type -> entries.computeIfAbsent(type, t -> new Entry()).add(datum, tracking, inventory));
    }

    PlistXml plist = new PlistXml().beginDict();
    plist.key("NSPrivacyTracking").bool(tracksAny);
    plist.key("NSPrivacyTrackingDomains").strings(List.copyOf(trackingDomains));
    plist.key("NSPrivacyCollectedDataTypes");
    if (entries.isEmpty()) {
      plist.strings(List.of());
    } else {
      plist.beginArray();
      entries.forEach((type, entry) -> plist.beginDict()
          .key("NSPrivacyCollectedDataType").string(type)
          .key("NSPrivacyCollectedDataTypeLinked").bool(entry.linked)
          .key("NSPrivacyCollectedDataTypeTracking").bool(entry.tracking)
          .key("NSPrivacyCollectedDataTypePurposes").strings(entry.purposes.stream().map(p -> p.constant).toList())
          .endDict());
      plist.endArray();
    }
    // Which required-reason APIs the code calls is not in the inventory: the app adds its own entries.
    plist.key("NSPrivacyAccessedAPITypes").strings(List.of());
    return List.of(new ExportFile(ExportFormat.APPLE.files().get(0), plist.endDict().finish()));
  }

  /** Sent off the device and kept past the request, by the app or by a recipient. */
  private static boolean collected(DataItem datum) {
    return datum.serverVisible()
        && !(datum.retention().value().equals(Retention.TRANSIENT) && datum.recipients().isEmpty());
  }

  /** Used for third-party advertising, or given to a third party that receives data on its own domains. */
  private static boolean tracks(Inventory inventory, DataItem datum) {
    boolean thirdPartyAds = StoreForms.purposesOf(inventory, datum).stream()
        .anyMatch(p -> p.category() == PurposeCategory.THIRD_PARTY_ADVERTISING);
    boolean thirdPartyDomains = StoreForms.thirdPartiesOf(inventory, datum).stream()
        .map(RecipientInfo::domains).anyMatch(domains -> !domains.isEmpty());
    return thirdPartyAds || thirdPartyDomains;
  }

  /** The data of one Apple type, merged: linked or tracking if any datum is, purposes united. */
  private static final class Entry {
    final Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    boolean linked;
    boolean tracking;

    void add(DataItem datum, boolean tracks, Inventory inventory) {
      // Raw and pseudonymized data can be tied back to the person; aggregated and anonymized data cannot.
      linked |= datum.form() == DataForm.RAW || datum.form() == DataForm.PSEUDONYMIZED;
      tracking |= tracks;
      for (PurposeInfo purpose : StoreForms.purposesOf(inventory, datum)) {
        Purpose.of(purpose.category()).ifPresent(purposes::add);
      }
    }
  }
}
