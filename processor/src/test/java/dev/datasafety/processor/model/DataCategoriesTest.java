package dev.datasafety.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.datasafety.processor.model.DataCategories.Category;
import dev.datasafety.processor.model.DataCategories.Mapping;
import dev.datasafety.processor.model.DataCategories.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The category vocabulary (SPEC §3.1) is complete and consistent: every id of the SPEC, each
 * mapped for every target or marked as having no counterpart with the reason, every value a term
 * of the source it cites (snapshots of those sources under {@code categories/}), and the table in
 * docs/categories.md in step with the file.
 */
class DataCategoriesTest {

  /** SPEC v2 §3.1, in its order. */
  private static final List<String> SPEC_IDS = List.of(
      "identity.name", "identity.username", "identity.date-of-birth", "identity.gender", "identity.government-id",
      "identity.photo", "identity.other", "contact.email", "contact.phone", "contact.postal-address", "contact.other",
      "account.id", "account.credentials", "account.settings", "financial.payment-card", "financial.bank-account",
      "financial.purchases", "financial.credit", "financial.other", "location.precise", "location.coarse",
      "device.id", "device.ip-address", "device.user-agent", "device.diagnostics", "activity.app-interaction",
      "activity.browsing-history", "activity.search-history", "activity.other", "content.messages",
      "content.photos-videos", "content.audio", "content.files", "content.contacts", "content.calendar",
      "content.other", "health.medical", "health.fitness", "biometric", "special.racial-or-ethnic-origin",
      "special.political-opinions", "special.religious-beliefs", "special.trade-union", "special.sex-life", "other");

  /** SPEC §3.1: the categories that require sensitive = true. */
  private static boolean specialInSpec(String id) {
    return id.equals("identity.government-id") || id.equals("financial.bank-account")
        || id.equals("financial.payment-card") || id.equals("location.precise") || id.startsWith("health.")
        || id.equals("biometric") || id.startsWith("special.");
  }

  private static final DataCategories VOCABULARY = DataCategories.get();

  @Test
  void holdsExactlyTheIdsOfTheSpecInItsOrder() {
    assertThat(VOCABULARY.all().stream().map(Category::id).toList()).containsExactlyElementsIn(SPEC_IDS).inOrder();
  }

  @Test
  void marksExactlyTheSpecialCategoriesOfTheSpec() {
    for (Category category : VOCABULARY.all()) {
      assertWithMessage("special of %s", category.id()).that(category.special()).isEqualTo(specialInSpec(category.id()));
      assertWithMessage("title of %s", category.id()).that(category.title()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void mapsEveryIdToATermOfTheCitedSourceOrSaysWhyThereIsNone(Target target) throws IOException {
    Set<String> terms = sourceTerms(target);
    DataCategories.Source source = VOCABULARY.source(target);
    assertThat(source.url()).startsWith("https://");
    assertThat(source.title()).isNotEmpty();
    for (Category category : VOCABULARY.all()) {
      Mapping mapping = category.mapping(target);
      assertWithMessage("%s of %s has a value or says why it has none", target.key(), category.id())
          .that(mapping.value().isPresent() != mapping.none().isPresent()).isTrue();
      mapping.none().ifPresent(reason ->
          assertWithMessage("the reason %s has no %s counterpart", category.id(), target.key())
              .that(reason.length()).isGreaterThan(20));
      mapping.value().ifPresent(value ->
          assertWithMessage("%s of %s is a term of %s", target.key(), category.id(), source.url())
              .that(terms).contains(value));
      mapping.note().ifPresent(note -> assertThat(note).isNotEmpty());
    }
  }

  /** Mozilla's category 4 covers "highly sensitive data": every special category is there. */
  @Test
  void specialCategoriesAreHighlySensitiveForMozillaAndSensitiveForApple() {
    Set<String> appleSpecial = Set.of("NSPrivacyCollectedDataTypeSensitiveInfo", "NSPrivacyCollectedDataTypeHealth",
        "NSPrivacyCollectedDataTypeFitness", "NSPrivacyCollectedDataTypePaymentInfo",
        "NSPrivacyCollectedDataTypePreciseLocation", "NSPrivacyCollectedDataTypeOtherDataTypes");
    for (Category category : VOCABULARY.all().stream().filter(Category::special).toList()) {
      assertWithMessage("mozilla of %s", category.id())
          .that(category.mapping(Target.MOZILLA).value()).hasValue("highly_sensitive");
      assertWithMessage("apple of %s", category.id())
          .that(appleSpecial).contains(category.mapping(Target.APPLE).value().orElseThrow());
    }
  }

  @Test
  void suggestsCloseIds() {
    assertThat(VOCABULARY.closestTo("contact.emial", 3)).contains("contact.email");
    assertThat(VOCABULARY.closestTo("email", 3)).containsExactly("contact.email");
    assertThat(VOCABULARY.closestTo("zzzz.qqqq", 3)).isEmpty();
  }

  /** docs/categories.md lists every id with its five mappings as the file says. */
  @Test
  void theDocumentedTableMatchesTheFile() throws IOException {
    Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/categories.md").normalize();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    for (Category category : VOCABULARY.all()) {
      String row = text.lines().filter(l -> l.startsWith("| `" + category.id() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("docs/categories.md has no row for " + category.id()));
      for (Target target : Target.values()) {
        Mapping mapping = category.mapping(target);
        String shown = mapping.value().map(v -> "`" + v + "`").orElse("none");
        assertWithMessage("the %s cell of %s in docs/categories.md", target.key(), category.id())
            .that(row).contains(shown);
      }
    }
  }

  private static Set<String> sourceTerms(Target target) throws IOException {
    try (InputStream in = DataCategoriesTest.class.getResourceAsStream("/categories/" + target.key() + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .collect(Collectors.toSet());
    }
  }
}
