package dev.datasafety.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DataRetention;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.RecipientInfo;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the notes fixture, loads the generated classes and runs them. */
class ExportTest extends GeneratedCodeSupport {
  @TempDir Path classes;

  private static final String INVENTORY = "test.notes.DataSafetyInventory";

  private URLClassLoader compileNotes() throws Exception {
    Compilation c = compile(List.of("-Adatasafety.metamodel=true"), NotesFixture.all());
    assertThat(c).succeededWithoutWarnings();
    return load(c, classes);
  }

  private static Object call(ClassLoader loader, String type, String method, Object... args) throws Exception {
    Class<?> owner = loader.loadClass(type);
    return Arrays.stream(owner.getMethods())
        .filter(m -> m.getName().equals(method) && m.getParameterCount() == args.length)
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + "." + method + " not found"))
        .invoke(null, args);
  }

  private static Object constant(ClassLoader loader, String type, String field) throws Exception {
    return loader.loadClass(type).getField(field).get(null);
  }

  @Test
  void exportReturnsExactlyTheDeclaredDataInDeclarationOrder() throws Exception {
    try (URLClassLoader loader = compileNotes()) {
      Object account = call(loader, "test.notes.Samples", "account");
      @SuppressWarnings("unchecked")
      Map<String, Object> exported = (Map<String, Object>) call(loader, INVENTORY, "export", account);

      Map<String, Object> groceries = new LinkedHashMap<>();
      groceries.put("title", "Groceries");
      groceries.put("body", exportedBody(exported));
      groceries.put("layout", "grid");
      Map<String, Object> plan = new LinkedHashMap<>();
      plan.put("title", "Plan");
      plan.put("body", null);
      plan.put("layout", null);
      Map<String, Object> device = new LinkedHashMap<>();
      device.put("name", "Ada's phone");
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("language", "en");
      settings.put("device", device);
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("email", "ada@example.com");
      expected.put("verified", true);
      expected.put("displayName", "Ada");
      expected.put("notes", Arrays.asList(groceries, null));
      expected.put("settings", settings);
      expected.put("notesByFolder", Map.of("work", List.of(plan)));

      assertThat(exported).containsExactlyEntriesIn(expected).inOrder();
      assertThat(exported.toString()).doesNotContain("pbkdf2"); // @NotUserData never exported
      assertThat((byte[]) exportedBody(exported)).isEqualTo(new byte[] {1, 2}); // raw form
      // The metamodel's typed export is the same export.
      Map<?, ?> typed = (Map<?, ?>) call(loader, "test.notes.AccountUserData", "export", account);
      assertThat(typed.toString().replaceAll("\\[B@\\p{XDigit}+", "bytes"))
          .isEqualTo(exported.toString().replaceAll("\\[B@\\p{XDigit}+", "bytes"));
    }
  }

  @SuppressWarnings("unchecked")
  private static Object exportedBody(Map<String, Object> exported) {
    return ((Map<String, Object>) ((List<Object>) exported.get("notes")).get(0)).get("body");
  }

  @Test
  void exportOfNullIsEmptyAndOfAnUndeclaredTypeIsRefused() throws Exception {
    try (URLClassLoader loader = compileNotes()) {
      assertThat((Map<?, ?>) call(loader, INVENTORY, "export", (Object) null)).isEmpty();
      assertThat((Map<?, ?>) call(loader, "test.notes.AccountUserData", "export", (Object) null)).isEmpty();
      java.lang.reflect.InvocationTargetException refused = org.junit.jupiter.api.Assertions.assertThrows(
          java.lang.reflect.InvocationTargetException.class, () -> call(loader, INVENTORY, "export", "a string"));
      assertThat(refused.getCause()).hasMessageThat().startsWith("java.lang.String holds no data declared with @UserData");
    }
  }

  @Test
  void metadataCarriesResolvedElementsAndRetentionAsJavaTime() throws Exception {
    try (URLClassLoader loader = compileNotes()) {
      DatumInfo layout = (DatumInfo) constant(loader, "test.notes.NoteUserData", "LAYOUT");
      assertThat(layout.id()).isEqualTo("test.notes.Note#layout");
      assertThat(layout.purposes()).containsExactly("experiment.layout");
      assertThat(layout.optional()).isTrue();
      assertThat(layout.form().name()).isEqualTo("AGGREGATED");
      assertThat(layout.reviews()).containsExactly("DSR-14");
      assertThat(layout.retention()).isEqualTo(DataRetention.finite("P2WT12H", "2 weeks and 12 hours", Period.ofDays(14),
          Duration.ofHours(12)));
      Instant stored = Instant.parse("2026-01-01T00:00:00Z");
      assertThat(layout.retention().expiresAt(stored)).hasValue(Instant.parse("2026-01-15T12:00:00Z"));

      DatumInfo title = (DatumInfo) constant(loader, "test.notes.NoteUserData", "TITLE");
      assertThat(title.retention().period()).isEqualTo(Period.of(1, 6, 0));
      assertThat(title.optional()).isTrue(); // sync is opt-out

      DatumInfo body = (DatumInfo) constant(loader, "test.notes.NoteUserData", "BODY");
      assertThat(body.serverVisible()).isFalse();

      DatumInfo email = (DatumInfo) constant(loader, "test.notes.AccountUserData", "EMAIL");
      assertThat(email.retention()).isSameInstanceAs(DataRetention.UNTIL_ACCOUNT_DELETION);
      assertThat(email.group()).isEqualTo("Your account");
      assertThat(email.optional()).isFalse();
    }
  }

  @Test
  void inventoryClassGivesTheTypedModelAndTheShippedDocument() throws Exception {
    Compilation c = compile(List.of("-Adatasafety.application=Notes"), NotesFixture.all());
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      DataInventory inventory = (DataInventory) call(loader, INVENTORY, "inventory");
      assertThat(inventory.application()).hasValue("Notes");
      assertThat(inventory.purposes().stream().map(p -> p.id()).toList())
          .containsExactly("account", "experiment.layout", "sync").inOrder();
      assertThat(inventory.data().stream().map(DatumInfo::id).toList()).containsExactly(
          "test.notes.Account#displayName", "test.notes.Account#email", "test.notes.Account#verified",
          "test.notes.Note#body", "test.notes.Note#layout", "test.notes.Note#title",
          "test.notes.Settings#language", "test.notes.Settings.Device#name").inOrder();
      assertThat(inventory.dataFor("experiment.layout").stream().map(DatumInfo::member).toList()).containsExactly("layout");
      String shipped = generatedResource(c, "META-INF/datasafety/inventory.json").orElseThrow();
      assertThat(call(loader, INVENTORY, "json")).isEqualTo(shipped);
      // The typed model is the document's content, element by element.
      DatumInfo layout = inventory.datum("test.notes.Note#layout").orElseThrow();
      assertThat(layout.retention()).isEqualTo(DataRetention.finite("P2WT12H", "2 weeks and 12 hours", Period.ofDays(14),
          Duration.ofHours(12)));
      assertThat(layout.optional()).isTrue();
      assertThat(inventory.datum("test.notes.Account#email").orElseThrow().retention())
          .isSameInstanceAs(DataRetention.UNTIL_ACCOUNT_DELETION);
    }
  }

  /** The v2 facts reach the run-time model: the transparency page shows recipients, legal bases and end dates. */
  @Test
  void inventoryClassCarriesRecipientsControllerAndPurposeFacts() throws Exception {
    Compilation c = compile(List.of("-Adatasafety.today=2027-01-15", "-Adatasafety.package=test"), source("test.privacy.Catalog",
        "package test.privacy;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme Notes Ltd\", contact = \"privacy@acme.example\", dpo = \"dpo@acme.example\")",
        "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\",",
        "    category = PurposeCategory.ACCOUNT_MANAGEMENT, legalBasis = LegalBasis.CONTRACT)",
        "@Purpose(id = \"trial\", description = \"Try a theme.\", userBenefit = \"A nicer app.\", choice = Choice.OPT_IN,",
        "    experimental = true, expires = \"2027-03-31\", legalBasis = LegalBasis.CONSENT)",
        "@Recipient(id = \"postmark\", name = \"Postmark, our email delivery service\", role = RecipientRole.PROCESSOR,",
        "    country = \"US\", domains = {\"api.postmarkapp.com\", \"smtp.postmarkapp.com\"})",
        "public final class Catalog {}"), source("test.notes.Account",
        "package test.notes;",
        "import dev.datasafety.*;",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P1Y\", reviews = \"DSR-1\")",
        "public class Account {",
        "  @UserData(description = \"Email\", category = \"contact.email\", recipients = \"postmark\") String email;",
        "}"));
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      DataInventory inventory = (DataInventory) call(loader, "test.DataSafetyInventory", "inventory");
      assertThat(inventory.controller().orElseThrow().dpo()).hasValue("dpo@acme.example");
      RecipientInfo postmark = inventory.recipient("postmark").orElseThrow();
      assertThat(postmark.role()).isEqualTo(RecipientRole.PROCESSOR);
      assertThat(postmark.country()).hasValue("US");
      assertThat(postmark.domains()).containsExactly("api.postmarkapp.com", "smtp.postmarkapp.com").inOrder();
      assertThat(inventory.purpose("account").orElseThrow().legalBasis()).isEqualTo(LegalBasis.CONTRACT);
      assertThat(inventory.purpose("account").orElseThrow().category()).isEqualTo(PurposeCategory.ACCOUNT_MANAGEMENT);
      assertThat(inventory.purpose("trial").orElseThrow().expires()).hasValue(LocalDate.of(2027, 3, 31));
      DatumInfo email = inventory.datum("test.notes.Account#email").orElseThrow();
      assertThat(email.category()).hasValue("contact.email");
      assertThat(email.recipients()).containsExactly("postmark");
      assertThat(call(loader, "test.DataSafetyInventory", "json"))
          .isEqualTo(generatedResource(c, "META-INF/datasafety/inventory.json").orElseThrow());
    }
  }

  /**
   * The common case costs javac exactly three rounds: the first writes {@code DataSafetyInventory}
   * (and the metamodel, when asked for); the second compiles it; the third is the last round, which
   * writes the inventory, the table and the module marker (resources, which start no round).
   */
  @Test
  void allGeneratedCodeIsWrittenInTheFirstRound() throws Exception {
    Compilation c = compile(List.of("-Adatasafety.stats=true", "-Adatasafety.metamodel=true"), NotesFixture.all());
    assertThat(c).succeeded();
    assertThat(c.diagnostics().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[datasafety:stats] rounds=3 "))
        .count()).isEqualTo(1);
  }

  /**
   * {@code DataSafetyInventory} is written in the first round, before another processor generates
   * a data type in that round; the table it reads is written by the last round, so the typed model,
   * the document and the export all include that type.
   */
  @Test
  void dataThatAnotherProcessorGeneratesIsInTheTypedModelTheDocumentAndTheExport() throws Exception {
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new dev.datasafety.processor.DataSafetyProcessor(), new FirstRoundSourceGenerator("test.notes.Extra",
            "package test.notes; import dev.datasafety.*;"
              + " @UserData(kind = DataKind.ATTRIBUTE, purposes = \"sync\", retention = \"P30D\", reviews = \"DSR-9\")"
              + " public class Extra { @UserData(description = \"A nickname.\") private String nickname = \"Ada\"; }"))
        .compile(NotesFixture.all());
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader loader = load(c, classes)) {
      DataInventory inventory = (DataInventory) call(loader, INVENTORY, "inventory");
      assertThat(inventory.datum("test.notes.Note#title")).isPresent();
      assertThat(inventory.datum("test.notes.Extra#nickname")).isPresent();
      assertThat((String) call(loader, INVENTORY, "json")).contains("\"test.notes.Extra#nickname\"");
      java.lang.reflect.Constructor<?> constructor = loader.loadClass("test.notes.Extra").getDeclaredConstructor();
      Object extra = constructor.newInstance();
      assertThat(call(loader, INVENTORY, "export", extra)).isEqualTo(Collections.singletonMap("nickname", "Ada"));
    }
  }
}
