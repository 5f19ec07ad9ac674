package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.datasafety.processor.export.ExportFixtures.controller;
import static dev.datasafety.processor.export.ExportFixtures.inventory;
import static dev.datasafety.processor.export.ExportFixtures.items;
import static dev.datasafety.processor.export.ExportFixtures.purpose;
import static dev.datasafety.processor.export.ExportFixtures.recipient;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.export.ExportFixtures.Datum;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.Inventory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The Play export against the console's CSV template: its header, ids, gating, merging and escaping. */
class PlayExportTest {
  private static final PlayExport PLAY = new PlayExport();

  /** Rows of the output, read by a real CSV parser. */
  private static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180.builder().get().parse(new StringReader(csv)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String render(Inventory inventory) {
    assertWithMessage("facts missing").that(PLAY.missing(inventory)).isEmpty();
    List<ExportFile> files = PLAY.render(inventory);
    assertThat(files).hasSize(1);
    assertThat(files.get(0).name()).isEqualTo("play-data-safety.csv");
    return files.get(0).content();
  }

  /** The answer rows, keyed "question|response", value the "Response value" column. */
  private static Map<String, String> answers(String csv) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (CSVRecord row : parse(csv).subList(1, parse(csv).size())) {
      assertWithMessage("row %s", row).that(answers.put(row.get(0) + "|" + row.get(1), row.get(2))).isNull();
    }
    return answers;
  }

  /** The template's (question, response) → answer requirement, every data type's usage rows expanded. */
  private static Map<String, String> template() {
    List<CSVRecord> rows;
    try {
      rows = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(ExportFixtures.resource("exports/play/console-template-ids.csv"))).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> types = rows.stream().filter(r -> r.get("question").startsWith("PSL_DATA_TYPES_"))
        .map(r -> r.get("response")).toList();
    Map<String, String> template = new LinkedHashMap<>();
    rows.stream().filter(r -> !r.get("question").contains("{TYPE}"))
        .forEach(r -> template.put(r.get("question") + "|" + r.get("response"), r.get("requirement")));
    // Then one block of usage questions per data type, in the data types' order.
    for (String type : types) {
      rows.stream().filter(r -> r.get("question").contains("{TYPE}")).forEach(r -> template.put(
          r.get("question").replace("{TYPE}", type) + "|" + r.get("response"), r.get("requirement")));
    }
    return template;
  }

  @Test
  void acmeNotesMatchesItsGoldenFile() throws IOException {
    ExportFixtures.assertGolden(ExportFormat.PLAY, PLAY.render(ExportFixtures.acmeNotes()).get(0));
  }

  @Test
  void theTemplateListIsTheConsolesWholeTemplate() {
    // 22 general rows, 38 data types and 19 usage rows for each: the 782 rows of a console export.
    assertThat(template()).hasSize(22 + 38 + 38 * 19);
  }

  @Test
  void headerIdsAndRequirementsAreTheConsoles() {
    String csv = render(ExportFixtures.acmeNotes());
    List<CSVRecord> rows = parse(csv);
    assertThat(rows.get(0).toList()).containsExactly("Question ID (machine readable)", "Response ID (machine readable)",
        "Response value", "Answer requirement", "Human-friendly question label").inOrder();
    Map<String, String> template = template();
    List<String> keys = new ArrayList<>(template.keySet());
    int previous = -1;
    for (CSVRecord row : rows.subList(1, rows.size())) {
      assertThat(row.size()).isEqualTo(5);
      String key = row.get(0) + "|" + row.get(1);
      assertWithMessage("a question and response of the console's template").that(template).containsKey(key);
      assertWithMessage("answer requirement of %s", key).that(row.get(3)).isEqualTo(template.get(key));
      assertWithMessage("%s in the template's order", key).that(keys.indexOf(key)).isGreaterThan(previous);
      previous = keys.indexOf(key);
      assertWithMessage("value of %s", key).that(row.get(2)).isNotNull();
      assertWithMessage("label of %s", key).that(row.get(4)).isNotEmpty();
    }
  }

  @Test
  void everyPlayTypeOfTheVocabularyIsAFormDataType() {
    Map<String, String> template = template();
    for (DataCategories.Category category : DataCategories.get().all()) {
      category.mapping(DataCategories.Target.PLAY).value().ifPresent(value -> {
        PlayForm.DataType type = PlayForm.DataType.ofMapping(value).orElse(null);
        assertWithMessage("%s maps to '%s', a type of the form", category.id(), value).that(type).isNotNull();
        assertThat(template).containsKey(type.question + "|" + type.response);
      });
    }
  }

  @Test
  void acmeNotesAnswers() {
    Map<String, String> answers = answers(render(ExportFixtures.acmeNotes()));
    assertThat(answers).containsEntry("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA|", "true");
    assertThat(answers).containsEntry("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT|", "true");
    assertThat(answers).containsEntry("PSL_ACCOUNT_DELETION_URL|", "https://acme.example/account/delete");
    assertThat(answers).containsEntry("PSL_SUPPORT_DATA_DELETION_BY_USER|DATA_DELETION_YES", "true");
    assertThat(answers).containsEntry("PSL_SUPPORT_DATA_DELETION_BY_USER|DATA_DELETION_NO", "");
    assertThat(answers).containsEntry("PSL_DATA_DELETION_URL|", "https://acme.example/privacy/delete-data");
    List<String> selectedTypes = answers.entrySet().stream()
        .filter(e -> e.getKey().startsWith("PSL_DATA_TYPES_") && e.getValue().equals("true"))
        .map(e -> e.getKey().substring(e.getKey().indexOf('|') + 1)).toList();
    // The location is kept on the device: Play does not count it as collected.
    assertThat(selectedTypes).containsExactly("PSL_EMAIL", "PSL_OTHER_PERSONAL", "PSL_USER_INTERACTION",
        "PSL_IN_APP_SEARCH_HISTORY", "PSL_USER_GENERATED_CONTENT", "PSL_DEVICE_ID").inOrder();
    assertThat(answers.keySet().stream().anyMatch(k -> k.contains(":PSL_PRECISE_LOCATION:"))).isFalse();
    // Processors (CloudHost, Postmark) receive the email: collected, not shared.
    assertThat(answers).containsEntry(usage("PSL_EMAIL", "PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED"), "");
    assertThat(answers.keySet().stream().anyMatch(k -> k.startsWith(usage("PSL_EMAIL", "DATA_USAGE_SHARING_PURPOSE"))))
        .isFalse();
  }

  /** The advertising id (shared, optional, kept 90 days) and the IP address (transient, required) are both Device or other IDs. */
  @Test
  void dataOfOneTypeMerge() {
    Map<String, String> answers = answers(render(ExportFixtures.acmeNotes()));
    assertThat(answers).containsEntry(usage("PSL_DEVICE_ID", "PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_COLLECTED"), "true");
    assertThat(answers).containsEntry(usage("PSL_DEVICE_ID", "PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED"), "true");
    assertThat(answers).containsEntry(usage("PSL_DEVICE_ID", "PSL_DATA_USAGE_EPHEMERAL|"), "false");
    assertThat(answers).containsEntry(usage("PSL_DEVICE_ID", "DATA_USAGE_USER_CONTROL|PSL_DATA_USAGE_USER_CONTROL_REQUIRED"), "true");
    assertThat(answers).containsEntry(usage("PSL_DEVICE_ID", "DATA_USAGE_USER_CONTROL|PSL_DATA_USAGE_USER_CONTROL_OPTIONAL"), "");
    assertThat(chosen(answers, "PSL_DEVICE_ID", "DATA_USAGE_COLLECTION_PURPOSE"))
        .containsExactly("PSL_FRAUD_PREVENTION_SECURITY", "PSL_ADVERTISING").inOrder();
    // Only the advertising id is shared, and only for advertising.
    assertThat(chosen(answers, "PSL_DEVICE_ID", "DATA_USAGE_SHARING_PURPOSE")).containsExactly("PSL_ADVERTISING");
  }

  @Test
  void mergedTypeIsEphemeralAndOptionalOnlyWhenEveryDatumIs() {
    Inventory inventory = inventory(Optional.of(controller()),
        List.of(purpose("sync", PurposeCategory.APP_FUNCTIONALITY, Choice.OPT_IN),
            purpose("stats", PurposeCategory.ANALYTICS, Choice.OPT_IN)),
        List.of(),
        items(Datum.of("a.A#first", "content.other", "sync").kept("transient").refusable(),
            Datum.of("a.A#second", "activity.other", "stats").kept("transient").refusable(),
            Datum.of("a.B#third", "activity.other", "sync").kept("transient").refusable()));
    Map<String, String> answers = answers(render(inventory));
    assertThat(answers).containsEntry(usage("PSL_USER_GENERATED_CONTENT", "PSL_DATA_USAGE_EPHEMERAL|"), "true");
    assertThat(answers).containsEntry(usage("PSL_OTHER_APP_ACTIVITY", "PSL_DATA_USAGE_EPHEMERAL|"), "true");
    assertThat(answers).containsEntry(usage("PSL_OTHER_APP_ACTIVITY", "DATA_USAGE_USER_CONTROL|PSL_DATA_USAGE_USER_CONTROL_OPTIONAL"), "true");
    assertThat(chosen(answers, "PSL_OTHER_APP_ACTIVITY", "DATA_USAGE_COLLECTION_PURPOSE"))
        .containsExactly("PSL_APP_FUNCTIONALITY", "PSL_ANALYTICS").inOrder();
  }

  @Test
  void nothingCollectedAnswersTheFirstQuestionOnly() {
    Inventory inventory = inventory(Optional.empty(),
        List.of(purpose("sync", PurposeCategory.APP_FUNCTIONALITY, Choice.REQUIRED)), List.of(),
        items(Datum.of("a.A#draft", "content.other", "sync").onDeviceOnly()));
    List<CSVRecord> rows = parse(render(inventory));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).toList()).containsExactly("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", "false",
        "REQUIRED", "Does your app collect or share any of the required user data types?").inOrder();
  }

  @Test
  void sharedOnlyWithThirdPartiesAndSharingPurposesOnlyForSharedTypes() {
    Inventory inventory = inventory(Optional.of(controller()),
        List.of(purpose("ads", PurposeCategory.ADVERTISING, Choice.OPT_IN),
            purpose("account", PurposeCategory.ACCOUNT_MANAGEMENT, Choice.REQUIRED)),
        List.of(recipient("host", RecipientRole.PROCESSOR, "host.example"), recipient("partner", RecipientRole.THIRD_PARTY)),
        items(Datum.of("a.A#email", "contact.email", "account").to("host"),
            Datum.of("a.A#phone", "contact.phone", "ads").to("partner").refusable(),
            Datum.of("a.A#counts", "activity.app-interaction", "ads").to("partner").form(DataForm.AGGREGATED),
            Datum.of("a.A#survey", "activity.other", "ads").to("partner").form(DataForm.ANONYMIZED)));
    Map<String, String> answers = answers(render(inventory));
    assertThat(answers).containsEntry(usage("PSL_EMAIL", "PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED"), "");
    assertThat(answers.keySet().stream().filter(k -> k.startsWith(usage("PSL_EMAIL", "DATA_USAGE_SHARING_PURPOSE")))).isEmpty();
    assertThat(answers).containsEntry(usage("PSL_PHONE", "PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED"), "true");
    assertThat(chosen(answers, "PSL_PHONE", "DATA_USAGE_SHARING_PURPOSE")).containsExactly("PSL_ADVERTISING");
    assertThat(answers.keySet().stream().filter(k -> k.startsWith(usage("PSL_PHONE", "DATA_USAGE_SHARING_PURPOSE")))).hasSize(7);
    assertThat(answers.keySet()).doesNotContain("PSL_DATA_DELETION_URL|");
    // Aggregated or anonymized data given to a third party is about nobody: not shared in Play's sense.
    assertThat(answers).containsEntry(usage("PSL_USER_INTERACTION", "PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED"), "");
    assertThat(answers).containsEntry(usage("PSL_OTHER_APP_ACTIVITY", "PSL_DATA_USAGE_COLLECTION_AND_SHARING|PSL_DATA_USAGE_ONLY_SHARED"), "");
  }

  @Test
  void deletionAnswerWithoutADeletionLink() {
    ControllerInfo noLinks = controller(Optional.empty(), Optional.empty(), false);
    Inventory shortLived = inventory(Optional.of(noLinks),
        List.of(purpose("stats", PurposeCategory.ANALYTICS, Choice.OPT_OUT)), List.of(),
        items(Datum.of("a.A#event", "activity.other", "stats").kept("P90D"), Datum.of("a.A#ip", "device.ip-address", "stats").kept("transient")));
    Map<String, String> answers = answers(render(shortLived));
    assertThat(answers).containsEntry("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT|", "false");
    assertThat(answers).containsEntry("PSL_SUPPORT_DATA_DELETION_BY_USER|DATA_DELETION_NO_AUTO_DELETED", "true");
    assertThat(answers).doesNotContainKey("PSL_ACCOUNT_DELETION_URL|");

    Inventory kept = inventory(Optional.of(noLinks), shortLived.purposes(), List.of(),
        items(Datum.of("a.A#event", "activity.other", "stats").kept("P3M")));
    assertThat(answers(render(kept))).containsEntry("PSL_SUPPORT_DATA_DELETION_BY_USER|DATA_DELETION_NO", "true");
  }

  @Test
  void missingFacts() {
    Inventory inventory = inventory(Optional.empty(),
        List.of(purpose("misc", PurposeCategory.OTHER, Choice.REQUIRED),
            purpose("vague", PurposeCategory.UNSPECIFIED, Choice.REQUIRED),
            purpose("local", PurposeCategory.OTHER, Choice.REQUIRED)),
        List.of(),
        items(Datum.of("a.A#x", "", "misc"), Datum.of("a.A#y", "other", "vague"),
            Datum.of("a.A#z", "other", "local").onDeviceOnly()));
    assertThat(PLAY.missing(inventory).stream().map(f -> f.subject() + " " + f.id() + " " + f.element() + ": " + f.fact())
        .collect(Collectors.toList())).containsExactly(
            "DATUM a.A#x category: a category",
            "PURPOSE vague category: a category",
            "APPLICATION  : a @DataController",
            // An OTHER purpose of data kept on the device asks nothing of the form.
            "PURPOSE misc category: a category that Google Play's Data safety form names");
  }

  @Test
  void accountsNeedAnAccountDeletionLink() {
    Inventory inventory = inventory(Optional.of(controller(Optional.empty(), Optional.empty(), true)),
        List.of(purpose("account", PurposeCategory.ACCOUNT_MANAGEMENT, Choice.REQUIRED)), List.of(),
        items(Datum.of("a.A#email", "contact.email", "account").kept("until-account-deletion")));
    assertThat(PLAY.missing(inventory)).hasSize(1);
    assertThat(PLAY.missing(inventory).get(0).fact()).contains("accountDeletionUrl");
  }

  /** The deletion links are the user's text: any of it comes back from a CSV parser unchanged. */
  @Property(tries = 300)
  void linksSurviveACsvRoundTrip(@ForAll String accountLink, @ForAll String dataLink) {
    Inventory inventory = inventory(Optional.of(controller(Optional.of(accountLink), Optional.of(dataLink), true)),
        List.of(purpose("sync", PurposeCategory.APP_FUNCTIONALITY, Choice.REQUIRED)), List.of(),
        items(Datum.of("a.A#body", "content.other", "sync")));
    Map<String, String> answers = answers(render(inventory));
    assertThat(answers).containsEntry("PSL_ACCOUNT_DELETION_URL|", accountLink);
    assertThat(answers).containsEntry("PSL_DATA_DELETION_URL|", dataLink);
  }

  @Test
  void quotesCommasAndLineBreaksInALinkAreQuoted() {
    String link = " https://x.example/a,b?q=\"c\"\r\nd\u2028e ";
    linksSurviveACsvRoundTrip(link, "https://x.example/\u00e9\u00e8");
    assertThat(render(inventory(Optional.of(controller(Optional.of(link), Optional.empty(), true)),
        List.of(purpose("sync", PurposeCategory.APP_FUNCTIONALITY, Choice.REQUIRED)), List.of(),
        items(Datum.of("a.A#body", "content.other", "sync")))))
        .contains(",\" https://x.example/a,b?q=\"\"c\"\"\r\nd\u2028e \",");
  }

  @Test
  void sameInventorySameBytes() {
    Inventory fixture = ExportFixtures.acmeNotes();
    List<ExportFile> reordered = PLAY.render(new Inventory(fixture.application(), fixture.controller(),
        reversed(fixture.purposes()), reversed(fixture.recipients()), reversed(fixture.data())));
    assertThat(reordered).isEqualTo(PLAY.render(fixture));
    assertThat(reordered.get(0).content()).doesNotContain("\r");
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static String usage(String type, String questionAndResponse) {
    return "PSL_DATA_USAGE_RESPONSES:" + type + ":" + questionAndResponse;
  }

  private static List<String> chosen(Map<String, String> answers, String type, String question) {
    String prefix = usage(type, question) + "|";
    return answers.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue().equals("true"))
        .map(e -> e.getKey().substring(prefix.length())).toList();
  }
}
