package dev.datasafety.processor.changes;

import static com.google.common.truth.Truth.assertThat;
import static dev.datasafety.processor.changes.Inventories.inventory;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of change, each fact in both directions: the change applied to the approved
 * inventory gives the first effects, the same change undone (the changed inventory approved, the
 * original new) gives the second.
 */
class InventoryComparisonTest {

  /** "subject id fact item effect" of each change, in the report's order. */
  private static List<String> summary(ChangeSet set) {
    return set.groups().stream().flatMap(g -> g.changes().stream())
        .map(c -> (c.subject().id() + " " + c.id() + " " + c.fact().key() + " " + c.item() + " " + c.effect().id())
            .replaceAll(" +", " "))
        .toList();
  }

  private static final String EMAIL = "datum com.acme.Account#email ";

  static Stream<Arguments> changes() {
    return Stream.of(
        args("a datum gets a purpose", b -> b.datum(d -> d.purposes.add("sync")),
            List.of(EMAIL + "purposes sync weakens"), List.of(EMAIL + "purposes sync removes")),
        args("a longer retention", b -> b.datum(d -> d.retention = "P1Y"),
            List.of(EMAIL + "retention weakens"), List.of(EMAIL + "retention tightens")),
        args("a duration becomes until-account-deletion", b -> b.datum(d -> d.retention = "until-account-deletion"),
            List.of(EMAIL + "retention weakens"), List.of(EMAIL + "retention tightens")),
        args("session becomes transient", b -> b.datum(d -> d.retention = "transient"),
            List.of(EMAIL + "retention tightens"), List.of(EMAIL + "retention weakens")),
        args("visible to the server", b -> b.datum(d -> d.serverVisible = true),
            List.of(EMAIL + "serverVisible weakens"), List.of(EMAIL + "serverVisible tightens")),
        args("an identifier", b -> b.datum(d -> d.kind = DataKind.IDENTIFIER),
            List.of(EMAIL + "kind weakens"), List.of(EMAIL + "kind tightens")),
        args("raw", b -> b.datum(d -> d.form = DataForm.RAW),
            List.of(EMAIL + "form weakens"), List.of(EMAIL + "form tightens")),
        args("anonymized", b -> b.datum(d -> d.form = DataForm.ANONYMIZED),
            List.of(EMAIL + "form tightens"), List.of(EMAIL + "form weakens")),
        args("sensitive", b -> b.datum(d -> d.sensitive = true),
            List.of(EMAIL + "sensitive weakens"), List.of(EMAIL + "sensitive tightens")),
        // Store forms say what the approved category says: any other one, or none, needs a review.
        args("another category", b -> b.datum(d -> d.category = Optional.of("contact.other")),
            List.of(EMAIL + "category weakens"), List.of(EMAIL + "category weakens")),
        args("no category any more", b -> b.datum(d -> d.category = Optional.empty()),
            List.of(EMAIL + "category weakens"), List.of(EMAIL + "category neutral")),
        args("shared with another recipient", b -> b.datum(d -> d.recipients.add("adco")),
            List.of(EMAIL + "recipients adco weakens"), List.of(EMAIL + "recipients adco removes")),
        args("a recipient becomes a third party",
            b -> b.recipient("postmark", r -> Inventories.withRole(r, RecipientRole.THIRD_PARTY)),
            List.of(EMAIL + "recipients.role postmark weakens", "recipient postmark role weakens"),
            List.of(EMAIL + "recipients.role postmark tightens", "recipient postmark role tightens")),
        args("a purpose becomes less of a choice", b -> b.datum(d -> d.purposes.add("sync"))
                .purpose("sync", p -> Inventories.withChoice(p, Choice.OPT_OUT)),
            List.of(EMAIL + "purposes sync weakens", "purpose sync choice weakens"),
            List.of("purpose sync choice tightens", EMAIL + "purposes sync removes")),
        args("a datum's purpose replaced by another", b -> b.datum(d -> d.purposes = new java.util.ArrayList<>(List.of("sync"))),
            List.of(EMAIL + "purposes sync weakens", EMAIL + "purposes account removes"),
            List.of(EMAIL + "purposes account weakens", EMAIL + "purposes sync removes")),
        args("an experiment becomes a product", b -> b.datum(d -> d.purposes.add("trial"))
                .purpose("trial", p -> Inventories.withExperimental(p, false)),
            List.of(EMAIL + "purposes trial weakens", "purpose trial experimental weakens"),
            List.of("purpose trial experimental tightens", EMAIL + "purposes trial removes")),
        args("texts", b -> b.datum(d -> {
              d.name = "Sign-in email";
              d.description = "What you sign in with.";
              d.group = "Account";
              d.reviews.add("DSR-2");
            }),
            List.of(EMAIL + "name neutral", EMAIL + "description neutral", EMAIL + "source.group neutral",
                EMAIL + "reviews neutral"),
            List.of(EMAIL + "name neutral", EMAIL + "description neutral", EMAIL + "source.group neutral",
                EMAIL + "reviews neutral")),
        args("a new datum", b -> b.data.add(datum("com.acme.Device#id")),
            List.of("datum com.acme.Device#id datum weakens"), List.of("datum com.acme.Device#id datum removes")),
        args("a new purpose declared", b -> b.purposes.add(PurposeInfo.of("ads", "Ads", "Show ads.", "Free.",
                Choice.OPT_IN, false)),
            List.of("purpose ads purpose neutral"), List.of("purpose ads purpose removes")),
        args("a purpose's texts, category, legal basis and end date", b -> b.purpose("trial", p -> new PurposeInfo(
                p.id(), "Trial", "Try themes.", "Nicer.", p.choice(), p.experimental(), PurposeCategory.PERSONALIZATION,
                LegalBasis.LEGITIMATE_INTERESTS, Optional.of(java.time.LocalDate.of(2027, 12, 31)))),
            List.of("purpose trial title neutral", "purpose trial description neutral", "purpose trial userBenefit neutral",
                "purpose trial category neutral", "purpose trial legalBasis neutral", "purpose trial expires neutral"),
            List.of("purpose trial title neutral", "purpose trial description neutral", "purpose trial userBenefit neutral",
                "purpose trial category neutral", "purpose trial legalBasis neutral", "purpose trial expires neutral")),
        args("a recipient's name, country and domains", b -> b.recipient("adco", r -> new RecipientInfo(r.id(),
                "AdCo Inc.", r.role(), Optional.of("CA"), List.of("t.adco.example"))),
            List.of("recipient adco domains ads.adco.example removes", "recipient adco name neutral",
                "recipient adco country neutral", "recipient adco domains t.adco.example neutral"),
            List.of("recipient adco domains t.adco.example removes", "recipient adco name neutral",
                "recipient adco country neutral", "recipient adco domains ads.adco.example neutral")),
        args("a new recipient declared", b -> b.recipients.add(new RecipientInfo("cdn", "CDN", RecipientRole.PROCESSOR,
                Optional.empty(), List.of())),
            List.of("recipient cdn recipient neutral"), List.of("recipient cdn recipient removes")),
        args("the controller and application", b -> {
              b.application = Optional.of("Acme Notes Pro");
              b.controller = Optional.of(new ControllerInfo("Acme Ltd", "dpo@acme.example", Optional.of("dpo@acme.example"),
                  Optional.empty(), Optional.of("https://acme.example/delete"), Optional.of("https://acme.example/data"),
                  false));
            },
            // Weakening changes first.
            List.of("application controller.encryptedInTransit weakens", "application application neutral",
                "application controller.name neutral", "application controller.contact neutral",
                "application controller.dpo neutral", "application controller.privacyPolicyUrl neutral",
                "application controller.accountDeletionUrl neutral", "application controller.dataDeletionUrl neutral"),
            // Then tightenings, then the rest.
            List.of("application controller.encryptedInTransit tightens", "application application neutral",
                "application controller.name neutral", "application controller.contact neutral",
                "application controller.dpo neutral", "application controller.privacyPolicyUrl neutral",
                "application controller.accountDeletionUrl neutral", "application controller.dataDeletionUrl neutral")),
        args("no controller", b -> b.controller = Optional.empty(),
            List.of("application controller removes"), List.of("application controller neutral")));
  }

  private static Arguments args(String name, Consumer<Inventories.Builder> change, List<String> forward,
      List<String> backward) {
    return Arguments.of(name, change, forward, backward);
  }

  private static Inventories.Datum datum(String id) {
    Inventories.Datum d = new Inventories.Datum();
    d.id = id;
    return d;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void eachChangeInBothDirections(String name, Consumer<Inventories.Builder> change, List<String> forward,
      List<String> backward) {
    Inventory approved = inventory().build();
    Inventories.Builder changed = inventory();
    change.accept(changed);
    Inventory current = changed.build();

    ChangeSet applied = InventoryComparison.compare(approved, current);
    assertThat(summary(applied)).containsExactlyElementsIn(forward).inOrder();
    assertThat(applied.weakens()).isEqualTo(forward.stream().anyMatch(s -> s.endsWith(" weakens")));

    ChangeSet undone = InventoryComparison.compare(current, approved);
    assertThat(summary(undone)).containsExactlyElementsIn(backward).inOrder();
    assertThat(undone.weakens()).isEqualTo(backward.stream().anyMatch(s -> s.endsWith(" weakens")));
  }

  /** A purpose the datum keeps changes: the datum's change, positioned on it by the build, and the purpose's own. */
  @Test
  void aKeptPurposeLessOfAChoiceOrNoLongerAnExperimentWeakensTheDatum() {
    Consumer<Inventories.Datum> usesSyncAndTrial = d -> d.purposes.addAll(List.of("sync", "trial"));
    Inventory approved = inventory().datum(usesSyncAndTrial).build();
    Inventory current = inventory().datum(usesSyncAndTrial)
        .purpose("sync", p -> Inventories.withChoice(p, Choice.REQUIRED))
        .purpose("trial", p -> Inventories.withExperimental(p, false))
        .build();
    ChangeSet set = InventoryComparison.compare(approved, current);
    assertThat(summary(set)).containsExactly(
        EMAIL + "purposes.choice sync weakens", EMAIL + "purposes.experimental trial weakens",
        "purpose sync choice weakens", "purpose trial experimental weakens").inOrder();
    Change choice = set.changes().get(0);
    assertThat(List.of(choice.before(), choice.after())).containsExactly("OPT_IN", "REQUIRED").inOrder();

    assertThat(summary(InventoryComparison.compare(current, approved))).containsExactly(
        EMAIL + "purposes.choice sync tightens", EMAIL + "purposes.experimental trial tightens",
        "purpose sync choice tightens", "purpose trial experimental tightens").inOrder();
  }

  @Test
  void theSameInventoryHasNoChanges() {
    ChangeSet set = InventoryComparison.compare(inventory().build(), inventory().build());
    assertThat(set.isEmpty()).isTrue();
    assertThat(set.weakens()).isFalse();
    assertThat(set.counts().values()).containsExactly(0, 0, 0, 0);
  }

  @Test
  void retentionsOfOneLengthWrittenDifferentlyAreNeutral() {
    Inventory approved = inventory().datum(d -> d.retention = "until-account-deletion").build();
    Inventory current = inventory().datum(d -> d.retention = "until-deletion-request").build();
    List<Change> changes = InventoryComparison.compare(approved, current).changes();
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).effect()).isEqualTo(Effect.NEUTRAL);
    assertThat(changes.get(0).before()).isEqualTo("until-account-deletion");
    assertThat(changes.get(0).after()).isEqualTo("until-deletion-request");
  }

  @Test
  void aNewDatumIsOneChangeNotOnePerFact() {
    Inventory approved = inventory().build();
    Inventories.Builder more = inventory();
    more.data.add(new Inventories.Datum());
    more.data.get(1).id = "com.acme.Account#phone";
    more.data.get(1).purposes.add("trial");
    ChangeSet set = InventoryComparison.compare(approved, more.build());
    assertThat(summary(set)).containsExactly("datum com.acme.Account#phone datum weakens");
    assertThat(set.changes().get(0).after()).isEqualTo("Email");
  }

  @Test
  void groupsWithAWeakeningComeFirstAndEachGroupListsWeakeningsFirst() {
    Inventories.Builder changed = inventory()
        .datum(d -> {
          d.description = "Where we write to you.";
          d.retention = "P7D";
          d.serverVisible = true;
        });
    changed.data.add(datum("com.acme.Account#alias"));
    Inventories.Builder approvedWithAlias = inventory();
    approvedWithAlias.data.add(datum("com.acme.Account#alias"));
    approvedWithAlias.data.get(1).retention = "P1D";
    changed.purposes.removeIf(p -> p.id().equals("trial"));
    ChangeSet set = InventoryComparison.compare(approvedWithAlias.build(), changed.build());
    assertThat(summary(set)).containsExactly(
        "datum com.acme.Account#alias retention weakens",
        EMAIL + "serverVisible weakens",
        EMAIL + "retention tightens",
        EMAIL + "description neutral",
        "purpose trial purpose removes").inOrder();
    assertThat(set.counts()).containsExactly(Effect.WEAKENS, 2, Effect.TIGHTENS, 1, Effect.REMOVES, 1, Effect.NEUTRAL, 1);
  }

  /**
   * A baseline committed before format 2 has no categories, recipients, legal bases or controller:
   * the new inventory declares them (neutral) and changes nothing else, except what it really changes.
   */
  @Test
  void aVersionOneBaselineAgainstAVersionTwoInventory() throws Exception {
    Inventory v1;
    try (InputStream in = InventoryComparisonTest.class.getResourceAsStream("/inventory-v1/acme-notes.json")) {
      v1 = InventoryJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<PurposeInfo> purposes = v1.purposes().stream().map(p -> new PurposeInfo(p.id(), p.title(), p.description(),
        p.userBenefit(), p.choice(), p.experimental(), PurposeCategory.ANALYTICS, LegalBasis.CONTRACT, p.expires())).toList();
    List<DataItem> data = v1.data().stream().map(d -> new DataItem(d.id(), d.name(), d.description(), d.kind(), d.form(),
        Optional.of("other"), d.purposes(),
        d.id().endsWith("#email") ? List.of("postmark") : List.of(),
        d.retention(), d.serverVisible(), d.sensitive(), d.optional(), d.reviews(), d.source())).toList();
    Inventory v2 = new Inventory(v1.application(), inventory().controller, purposes,
        List.of(new RecipientInfo("postmark", "Postmark", RecipientRole.PROCESSOR, Optional.of("US"), List.of())), data);

    ChangeSet set = InventoryComparison.compare(v1, InventoryJson.read(InventoryJson.write(v2)));
    assertThat(summary(set)).containsExactly(
        "datum com.acme.Account#email recipients postmark weakens",
        "datum com.acme.Account#email category neutral",
        "datum com.acme.Account#adImpressions category neutral",
        "purpose account category neutral",
        "purpose account legalBasis neutral",
        "purpose ads.measurement category neutral",
        "purpose ads.measurement legalBasis neutral",
        "recipient postmark recipient neutral",
        "application controller neutral").inOrder();
  }
}
