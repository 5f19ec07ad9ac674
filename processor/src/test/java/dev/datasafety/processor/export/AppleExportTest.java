package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.datasafety.processor.export.ExportFixtures.inventory;
import static dev.datasafety.processor.export.ExportFixtures.items;
import static dev.datasafety.processor.export.ExportFixtures.purpose;
import static dev.datasafety.processor.export.ExportFixtures.recipient;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.export.ExportFixtures.Datum;
import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The Apple export parsed as a property list, its keys and values checked against Apple's names. */
class AppleExportTest {
  private static final AppleExport APPLE = new AppleExport();

  /** Apple's names, by section of the test resource. */
  private static Map<String, List<String>> appleNames() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : ExportFixtures.resource("exports/apple/privacy-manifest-values.txt").split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("[")) {
        current = new ArrayList<>();
        sections.put(line.substring(1, line.length() - 1), current);
      } else {
        current.add(line.strip());
      }
    }
    return sections;
  }

  private static NSDictionary parse(Inventory inventory) {
    assertWithMessage("facts missing").that(APPLE.missing(inventory)).isEmpty();
    List<ExportFile> files = APPLE.render(inventory);
    assertThat(files).hasSize(1);
    assertThat(files.get(0).name()).isEqualTo("PrivacyInfo.xcprivacy");
    try {
      return (NSDictionary) PropertyListParser.parse(files.get(0).content().getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("not a property list: " + files.get(0).content(), e);
    }
  }

  /** Each collected data type's dictionary, by its NSPrivacyCollectedDataType. */
  private static Map<String, NSDictionary> collected(NSDictionary manifest) {
    Map<String, NSDictionary> byType = new LinkedHashMap<>();
    for (NSObject entry : ((NSArray) manifest.get("NSPrivacyCollectedDataTypes")).getArray()) {
      NSDictionary dict = (NSDictionary) entry;
      byType.put(((NSString) dict.get("NSPrivacyCollectedDataType")).getContent(), dict);
    }
    return byType;
  }

  private static boolean bool(NSDictionary dict, String key) {
    NSObject value = dict.get(key);
    assertWithMessage("%s is a boolean", key).that(value).isInstanceOf(NSNumber.class);
    assertThat(((NSNumber) value).type()).isEqualTo(NSNumber.BOOLEAN);
    return ((NSNumber) value).boolValue();
  }

  private static List<String> strings(NSDictionary dict, String key) {
    return Arrays.stream(((NSArray) dict.get(key)).getArray()).map(o -> ((NSString) o).getContent()).toList();
  }

  @Test
  void acmeNotesMatchesItsGoldenFile() throws IOException {
    ExportFixtures.assertGolden(ExportFormat.APPLE, APPLE.render(ExportFixtures.acmeNotes()).get(0));
  }

  @Test
  void keysAndValuesAreApplesNames() {
    Map<String, List<String>> apple = appleNames();
    NSDictionary manifest = parse(ExportFixtures.acmeNotes());
    assertThat(Arrays.asList(manifest.allKeys())).containsExactlyElementsIn(apple.get("top-level keys"));
    bool(manifest, "NSPrivacyTracking");
    strings(manifest, "NSPrivacyTrackingDomains");
    assertThat(((NSArray) manifest.get("NSPrivacyAccessedAPITypes")).count()).isEqualTo(0);
    assertThat(collected(manifest)).isNotEmpty();
    for (NSDictionary entry : collected(manifest).values()) {
      assertThat(Arrays.asList(entry.allKeys())).containsExactlyElementsIn(apple.get("collected data type keys"));
      assertThat(apple.get("data types")).contains(((NSString) entry.get("NSPrivacyCollectedDataType")).getContent());
      bool(entry, "NSPrivacyCollectedDataTypeLinked");
      bool(entry, "NSPrivacyCollectedDataTypeTracking");
      assertThat(strings(entry, "NSPrivacyCollectedDataTypePurposes")).isNotEmpty();
      assertThat(apple.get("purposes")).containsAtLeastElementsIn(strings(entry, "NSPrivacyCollectedDataTypePurposes"));
    }
  }

  @Test
  void everyAppleTypeOfTheVocabularyIsApples() {
    List<String> types = appleNames().get("data types");
    for (DataCategories.Category category : DataCategories.get().all()) {
      category.mapping(DataCategories.Target.APPLE).value()
          .ifPresent(value -> assertWithMessage("apple mapping of %s", category.id()).that(types).contains(value));
    }
    List<String> purposes = appleNames().get("purposes");
    for (PurposeCategory category : PurposeCategory.values()) {
      AppleExport.Purpose.of(category).ifPresent(p -> assertThat(purposes).contains(p.constant));
    }
  }

  @Test
  void acmeNotesValues() {
    NSDictionary manifest = parse(ExportFixtures.acmeNotes());
    assertThat(bool(manifest, "NSPrivacyTracking")).isTrue();
    assertThat(strings(manifest, "NSPrivacyTrackingDomains"))
        .containsExactly("ads.adnet.example", "track.adnet.example").inOrder();
    Map<String, NSDictionary> collected = collected(manifest);
    // Kept on the device (the location) or transient and received by nobody (the IP address): not collected.
    assertThat(collected.keySet()).containsExactly("NSPrivacyCollectedDataTypeDeviceID",
        "NSPrivacyCollectedDataTypeEmailAddress", "NSPrivacyCollectedDataTypeOtherDataTypes",
        "NSPrivacyCollectedDataTypeOtherUserContent", "NSPrivacyCollectedDataTypeProductInteraction",
        "NSPrivacyCollectedDataTypeSearchHistory").inOrder();
    NSDictionary deviceId = collected.get("NSPrivacyCollectedDataTypeDeviceID");
    assertThat(bool(deviceId, "NSPrivacyCollectedDataTypeTracking")).isTrue();
    assertThat(strings(deviceId, "NSPrivacyCollectedDataTypePurposes"))
        .containsExactly("NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising");
    // Sign-ins per day are aggregated: not linked to the user.
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeProductInteraction"), "NSPrivacyCollectedDataTypeLinked"))
        .isFalse();
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeSearchHistory"), "NSPrivacyCollectedDataTypeLinked"))
        .isTrue();
    assertThat(strings(collected.get("NSPrivacyCollectedDataTypeSearchHistory"), "NSPrivacyCollectedDataTypePurposes"))
        .containsExactly("NSPrivacyCollectedDataTypePurposeAnalytics");
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeEmailAddress"), "NSPrivacyCollectedDataTypeTracking"))
        .isFalse();
  }

  @Test
  void trackingRules() {
    Inventory inventory = inventory(Optional.empty(),
        List.of(purpose("ads", PurposeCategory.THIRD_PARTY_ADVERTISING, Choice.OPT_IN),
            purpose("stats", PurposeCategory.ANALYTICS, Choice.OPT_OUT),
            purpose("news", PurposeCategory.DEVELOPER_COMMUNICATIONS, Choice.OPT_IN)),
        List.of(recipient("cdn", RecipientRole.PROCESSOR, "cdn.example"),
            recipient("broker", RecipientRole.THIRD_PARTY, "z.broker.example", "a.broker.example"),
            recipient("quiet", RecipientRole.THIRD_PARTY),
            recipient("adsdk", RecipientRole.THIRD_PARTY, "sdk.ads.example")),
        items(Datum.of("a.A#viaProcessor", "contact.phone", "stats").to("cdn"),
            Datum.of("a.A#toBroker", "activity.browsing-history", "stats").to("broker"),
            Datum.of("a.A#toQuietThirdParty", "location.coarse", "stats").to("quiet"),
            Datum.of("a.A#forAds", "device.id", "ads").form(DataForm.PSEUDONYMIZED),
            Datum.of("a.A#news", "contact.email", "news").to("cdn").form(DataForm.ANONYMIZED)));
    NSDictionary manifest = parse(inventory);
    Map<String, NSDictionary> collected = collected(manifest);
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypePhoneNumber"), "NSPrivacyCollectedDataTypeTracking"))
        .isFalse(); // a processor's domains are not tracking
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeBrowsingHistory"), "NSPrivacyCollectedDataTypeTracking"))
        .isTrue();
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeCoarseLocation"), "NSPrivacyCollectedDataTypeTracking"))
        .isFalse(); // a third party without domains
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeDeviceID"), "NSPrivacyCollectedDataTypeTracking"))
        .isTrue(); // third-party advertising, no recipient
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeDeviceID"), "NSPrivacyCollectedDataTypeLinked")).isTrue();
    assertThat(bool(collected.get("NSPrivacyCollectedDataTypeEmailAddress"), "NSPrivacyCollectedDataTypeLinked"))
        .isFalse();
    assertThat(strings(collected.get("NSPrivacyCollectedDataTypeEmailAddress"), "NSPrivacyCollectedDataTypePurposes"))
        .containsExactly("NSPrivacyCollectedDataTypePurposeDeveloperAdvertising");
    assertThat(bool(manifest, "NSPrivacyTracking")).isTrue();
    // Only third parties of tracking data, sorted; the ad SDK receives no datum.
    assertThat(strings(manifest, "NSPrivacyTrackingDomains"))
        .containsExactly("a.broker.example", "z.broker.example").inOrder();
  }

  @Test
  void noTrackingNoCollectedData() {
    Inventory inventory = inventory(Optional.empty(),
        List.of(purpose("sync", PurposeCategory.APP_FUNCTIONALITY, Choice.REQUIRED)), List.of(),
        items(Datum.of("a.A#draft", "content.other", "sync").onDeviceOnly(),
            Datum.of("a.A#ip", "device.ip-address", "sync").kept("transient")));
    NSDictionary manifest = parse(inventory);
    assertThat(bool(manifest, "NSPrivacyTracking")).isFalse();
    assertThat(strings(manifest, "NSPrivacyTrackingDomains")).isEmpty();
    assertThat(collected(manifest)).isEmpty();
  }

  @Test
  void dataOfOneTypeMerge() {
    Inventory inventory = inventory(Optional.empty(),
        List.of(purpose("stats", PurposeCategory.ANALYTICS, Choice.OPT_OUT),
            purpose("account", PurposeCategory.ACCOUNT_MANAGEMENT, Choice.REQUIRED),
            purpose("ads", PurposeCategory.THIRD_PARTY_ADVERTISING, Choice.OPT_IN)),
        List.of(),
        items(Datum.of("a.A#counts", "activity.app-interaction", "stats").form(DataForm.AGGREGATED),
            Datum.of("a.B#clicks", "activity.app-interaction", "account", "ads")));
    NSDictionary entry = collected(parse(inventory)).get("NSPrivacyCollectedDataTypeProductInteraction");
    assertThat(bool(entry, "NSPrivacyCollectedDataTypeLinked")).isTrue();
    assertThat(bool(entry, "NSPrivacyCollectedDataTypeTracking")).isTrue();
    assertThat(strings(entry, "NSPrivacyCollectedDataTypePurposes")).containsExactly(
        "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising", "NSPrivacyCollectedDataTypePurposeAnalytics",
        "NSPrivacyCollectedDataTypePurposeAppFunctionality").inOrder();
  }

  @Test
  void missingFacts() {
    Inventory inventory = inventory(Optional.empty(),
        List.of(purpose("vague", PurposeCategory.UNSPECIFIED, Choice.REQUIRED)), List.of(),
        items(Datum.of("a.A#x", "", "vague")));
    assertThat(APPLE.missing(inventory).stream().map(f -> f.subject() + " " + f.id() + " " + f.element()).toList())
        .containsExactly("DATUM a.A#x category", "PURPOSE vague category");
  }

  /** Recipients' domains are the user's text: a plist parser reads back what XML can hold, U+FFFD for the rest. */
  @Property(tries = 300)
  void domainsSurviveAPlistRoundTrip(@ForAll String domain) {
    Inventory inventory = inventory(Optional.empty(),
        List.of(purpose("stats", PurposeCategory.ANALYTICS, Choice.OPT_OUT)),
        List.of(recipient("partner", RecipientRole.THIRD_PARTY, domain)),
        items(Datum.of("a.A#events", "activity.other", "stats").to("partner")));
    assertThat(strings(parse(inventory), "NSPrivacyTrackingDomains")).containsExactly(xmlCanHold(domain));
  }

  @Test
  void markupAndControlCharactersInADomain() {
    domainsSurviveAPlistRoundTrip("a<b>&c\"d'e\r\nf\u2028g\u0001h\uD800i\uD83D\uDE00");
    assertThat(xmlCanHold("a\u0001\uD800b\uD83D\uDE00")).isEqualTo("a\uFFFD\uFFFDb\uD83D\uDE00");
  }

  private static String xmlCanHold(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      out.appendCodePoint(allowed ? cp : 0xFFFD);
    });
    return out.toString();
  }

  @Test
  void sameInventorySameBytes() {
    Inventory fixture = ExportFixtures.acmeNotes();
    List<dev.datasafety.processor.model.DataItem> data = new ArrayList<>(fixture.data());
    java.util.Collections.reverse(data);
    assertThat(APPLE.render(new Inventory(fixture.application(), fixture.controller(), fixture.purposes(),
        fixture.recipients(), data))).isEqualTo(APPLE.render(fixture));
  }
}
