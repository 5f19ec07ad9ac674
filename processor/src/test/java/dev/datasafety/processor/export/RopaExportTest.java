package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.datasafety.LegalBasis;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The ropa export: the Art. 30(1) record of the fixture, as CSV and as an HTML page. */
class RopaExportTest {
  private static final Exporter ROPA = ExportFormat.ROPA.exporter();
  /** Texts that break a naive writer of either format. */
  static final List<String> HOSTILE = List.of(
      "Quote \" and comma, and\nnew line\r\nand CRLF",
      "=HYPERLINK(\"https://evil.example\",\"click\")",
      "-1+2", "@SUM(A1)", "\tTabbed",
      "<script>alert('x')</script> & </td></tr></table> <!-- comment",
      "Line\u2028separator\u2029paragraph \u0085 next line",
      "Controls \u0000 \u0007 \u001b \u007f \u0090 and noncharacters \uFFFE \uFDD0",
      "Lone surrogate \uD800 and a real one \uD83D\uDE00",
      "Schrödinger’s 日本語 עברית ﷽",
      "");

  @Test
  void filesMatchTheGoldenFilesAndAreDeterministic() throws Exception {
    List<ExportFile> files = ROPA.render(ExportFixtures.acmeNotes());
    assertThat(files.stream().map(ExportFile::name).toList()).isEqualTo(ExportFormat.ROPA.files());
    for (ExportFile f : files) {
      ExportFixtures.assertGolden(ExportFormat.ROPA, f);
    }
    assertThat(ROPA.render(ExportFixtures.acmeNotes())).isEqualTo(files);
  }

  @Test
  void theFixtureHasEverythingTheRecordNeeds() {
    assertThat(ROPA.missing(ExportFixtures.acmeNotes())).isEmpty();
  }

  @Test
  void csvHasOneRowPerPurposeAndDatumWithEveryArticle30Field() throws Exception {
    List<CSVRecord> rows = parse(csv(ExportFixtures.acmeNotes()));
    assertThat(rows.get(0).toList()).isEqualTo(RopaExport.CSV_HEADER);
    List<CSVRecord> body = rows.subList(1, rows.size());
    assertThat(body.stream().map(r -> r.get(0) + " " + r.get(9)).toList()).containsExactly(
        "account com.acme.notes.Account#birthDate", "account com.acme.notes.Account#email",
        "account com.acme.notes.Account#passwordHash", "ads.partner com.acme.notes.AdProfile#advertisingId",
        "fraud com.acme.notes.SignIn#ipAddress", "fraud com.acme.notes.SignIn#signIns",
        "search-ranking-test com.acme.notes.SearchEvent#query", "sync com.acme.notes.Note#body",
        "sync com.acme.notes.Note#location").inOrder();
    body.forEach(r -> assertThat(r.size()).isEqualTo(RopaExport.CSV_HEADER.size()));

    Map<String, String> email = row(body, "com.acme.notes.Account#email");
    assertThat(email).containsEntry("Legal basis (GDPR Art. 6(1))", "Performance of a contract (Art. 6(1)(b))");
    assertThat(email).containsEntry("Controller", "Acme Notes Ltd");
    assertThat(email).containsEntry("Controller contact", "privacy@acme.example");
    assertThat(email).containsEntry("Data protection officer", "dpo@acme.example");
    assertThat(email).containsEntry("Categories of data subjects", "Users of Acme Notes");
    assertThat(email).containsEntry("Category of personal data", "Email address");
    assertThat(email).containsEntry("Recipients",
        "CloudHost, where our servers run (processor, DE); Postmark, our email delivery service (processor, US)");
    assertThat(email).containsEntry("Transfers to third countries", "US: Postmark, our email delivery service");
    assertThat(email).containsEntry("Time limit for erasure", "Erased when the user deletes their account");
    assertThat(email).containsEntry("Technical and organisational security measures",
        "Encrypted in transit; Approved in data-safety review DSR-12");

    Map<String, String> location = row(body, "com.acme.notes.Note#location");
    assertThat(location).containsEntry("Special category (GDPR Art. 9)", "Yes");
    assertThat(location).containsEntry("Recipients", "None");
    assertThat(location).containsEntry("Transfers to third countries", "None");
    assertThat(location.get("Technical and organisational security measures")).startsWith("Kept on the user's device only");

    Map<String, String> ads = row(body, "com.acme.notes.AdProfile#advertisingId");
    assertThat(ads).containsEntry("Legal basis (GDPR Art. 6(1))", "Consent (Art. 6(1)(a))");
    assertThat(ads).containsEntry("Time limit for erasure", "Erased after 90 days (P90D)");
    assertThat(ads).containsEntry("Transfers to third countries", "US: AdNet, our advertising partner");

    assertThat(row(body, "com.acme.notes.SignIn#signIns").get("Technical and organisational security measures"))
        .isEqualTo("Encrypted in transit; Aggregated: kept only as totals, not linked to a user");
    assertThat(row(body, "com.acme.notes.SignIn#ipAddress").get("Time limit for erasure"))
        .isEqualTo("Not stored: used, then dropped at once");
    assertThat(row(body, "com.acme.notes.Account#passwordHash").get("Technical and organisational security measures"))
        .contains("Pseudonymised (Art. 4(5))");
    assertThat(body.stream().map(r -> r.get(0)).toList()).doesNotContain("unused-catalog-entry");
  }

  @Test
  void aRecipientInTheEeaIsNoTransferAndOneOutsideIs() {
    assertThat(Eea.isThirdCountry("DE")).isFalse();
    assertThat(Eea.isThirdCountry("no")).isFalse();
    assertThat(Eea.isThirdCountry("GR")).isFalse();
    assertThat(Eea.isThirdCountry("US")).isTrue();
    assertThat(Eea.isThirdCountry("CH")).isTrue();
    assertThat(Eea.isThirdCountry("GB")).isTrue();
    assertThat(Eea.COUNTRIES).hasSize(30);
  }

  @Test
  void hostileTextsReadBackFromTheCsvAsWritten() throws Exception {
    for (String text : HOSTILE) {
      assertCsvRoundTrip(text);
    }
  }

  @Property(tries = 300)
  void anyTextReadsBackFromTheCsv(@ForAll("texts") String text) throws Exception {
    assertCsvRoundTrip(text);
  }

  @Test
  void htmlIsValidForTheNuHtmlChecker() throws Exception {
    String html = html(ExportFixtures.acmeNotes());
    assertWithMessage("Nu Html Checker errors and warnings").that(NuHtmlChecker.errorsAndWarnings(html)).isEmpty();
  }

  @Test
  void theCheckerReportsAnInvalidPage() throws Exception {
    // Proof the checker runs: the same page without its title, and with a th scope it does not allow.
    String broken = html(ExportFixtures.acmeNotes()).replaceFirst("<title>[^<]*</title>", "")
        .replaceFirst("scope=\"col\"", "scope=\"column\"");
    assertThat(NuHtmlChecker.errors(broken).stream().map(NuHtmlChecker.Finding::message).toList().toString())
        .contains("title");
    assertThat(NuHtmlChecker.errors(broken).size()).isAtLeast(2);
  }

  @Test
  void htmlHasTheStructureOfAnAccessibleDocument() {
    Document page = Jsoup.parse(html(ExportFixtures.acmeNotes()));
    assertThat(page.documentType().name()).isEqualTo("html");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.title()).isEqualTo("Record of processing activities: Acme Notes");
    assertThat(page.select("h1").eachText()).containsExactly("Record of processing activities: Acme Notes");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("[style], [onclick], [onload]")).isEmpty();
    assertThat(page.select("main")).hasSize(1);
    assertThat(page.select("section > h2").eachText()).containsExactly("Controller", "Account", "Partner ads",
        "Fraud prevention", "Search ranking test", "Sync").inOrder();
    for (Element section : page.select("section")) {
      Element heading = page.getElementById(section.attr("aria-labelledby"));
      assertWithMessage("the heading that labels " + section.attr("aria-labelledby")).that(heading).isNotNull();
      assertThat(heading.parent()).isEqualTo(section);
    }
    assertThat(page.select("table")).hasSize(5);
    for (Element table : page.select("table")) {
      assertThat(table.child(0).tagName()).isEqualTo("caption");
      assertThat(table.select("thead th").eachAttr("scope")).containsExactlyElementsIn(
          List.of("col", "col", "col", "col", "col", "col"));
      for (Element row : table.select("tbody tr")) {
        assertThat(row.child(0).tagName()).isEqualTo("th");
        assertThat(row.child(0).attr("scope")).isEqualTo("row");
        assertThat(row.children()).hasSize(6);
      }
    }
    Element sync = page.select("section").get(5);
    assertThat(sync.select("caption").text()).isEqualTo("Personal data processed for Sync");
    assertThat(sync.select("tbody th").eachText()).containsExactly("Note text", "Where the note was written").inOrder();
    assertThat(dd(page.select("section").get(2), "Transfers to third countries"))
        .isEqualTo("US: AdNet, our advertising partner");
    assertThat(dd(page.select("section").get(0), "Privacy policy")).isEqualTo("https://acme.example/privacy");
    assertThat(page.select("section").get(0).select("a").attr("href")).isEqualTo("https://acme.example/privacy");
  }

  @Test
  void hostileTextsAreShownAsTextInAValidPage() throws Exception {
    for (String text : HOSTILE) {
      Inventory hostile = ExportFixtures.withTexts(ExportFixtures.acmeNotes(), original -> text + " " + original);
      String html = html(hostile);
      assertWithMessage("Nu Html Checker errors for " + text).that(NuHtmlChecker.errors(html)).isEmpty();
      assertHtmlShows(html, hostile);
    }
  }

  @Property(tries = 200)
  void anyTextIsShownAsTextInThePage(@ForAll("texts") String text) {
    Inventory hostile = ExportFixtures.withTexts(ExportFixtures.acmeNotes(), original -> text);
    assertHtmlShows(html(hostile), hostile);
  }

  @Test
  void aLinkIsMadeOnlyOfAnHttpUrl() {
    assertThat(RopaExport.httpUrl("https://acme.example/privacy")).hasValue("https://acme.example/privacy");
    assertThat(RopaExport.httpUrl("javascript:alert(1)")).isEmpty();
    assertThat(RopaExport.httpUrl("not a url")).isEmpty();
    assertThat(RopaExport.httpUrl("https://")).isEmpty();
  }

  @Test
  void eachMissingFactIsListedOnItsSubject() {
    Inventory full = ExportFixtures.acmeNotes();
    Inventory lacking = new Inventory(full.application(), Optional.empty(),
        full.purposes().stream().map(p -> p.id().equals("fraud") ? new PurposeInfo(p.id(), p.title(),
            p.description(), p.userBenefit(), p.choice(), p.experimental(), p.category(), LegalBasis.UNSPECIFIED,
            p.expires()) : p).toList(),
        full.recipients().stream().map(r -> r.id().equals("postmark")
            ? new RecipientInfo(r.id(), r.name(), r.role(), Optional.empty(), r.domains()) : r).toList(),
        full.data().stream().map(d -> d.id().equals("com.acme.notes.Note#body") ? new DataItem(d.id(), d.name(),
            d.description(), d.kind(), d.form(), Optional.empty(), d.purposes(), d.recipients(), d.retention(),
            d.serverVisible(), d.sensitive(), d.optional(), d.reviews(), d.source()) : d).toList());
    assertThat(ROPA.missing(lacking).stream().map(f -> f.subject() + " " + f.id() + " " + f.element()).toList())
        .containsExactly("APPLICATION  ", "PURPOSE fraud legalBasis", "DATUM com.acme.notes.Note#body category",
            "RECIPIENT postmark country");
  }

  @Test
  void anUnusedPurposeNeedsNoLegalBasis() {
    // The fixture's unused catalog entry has neither category nor legal basis.
    PurposeInfo unused = ExportFixtures.acmeNotes().purposes().stream()
        .filter(p -> p.id().equals("unused-catalog-entry")).findFirst().orElseThrow();
    assertThat(unused.legalBasis()).isEqualTo(LegalBasis.UNSPECIFIED);
    assertThat(ROPA.missing(ExportFixtures.acmeNotes())).isEmpty();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("\"',;=+-@\t\r\n<>&|#*_`\\[]() \u2028\u0085\u0000éß日").ofMaxLength(40));
  }

  private static void assertCsvRoundTrip(String text) throws Exception {
    Inventory hostile = ExportFixtures.withTexts(ExportFixtures.acmeNotes(), original -> text + original);
    List<CSVRecord> rows = parse(csv(hostile));
    DataItem email = hostile.data().stream().filter(d -> d.id().equals("com.acme.notes.Account#email")).findFirst()
        .orElseThrow();
    Map<String, String> row = row(rows.subList(1, rows.size()), email.id());
    assertThat(row.get("Personal data")).isEqualTo(RopaExport.spreadsheetText(email.name()));
    assertThat(row.get("Controller")).isEqualTo(
        RopaExport.spreadsheetText(hostile.controller().orElseThrow().name()));
    assertThat(row.get("Purpose description")).isEqualTo(
        RopaExport.spreadsheetText(hostile.purposes().get(0).description()));
    assertThat(rows).hasSize(10);
    rows.forEach(r -> assertThat(r.size()).isEqualTo(RopaExport.CSV_HEADER.size()));
  }

  /** The page shows each text as text, where it belongs, and no markup came from the texts. */
  private static void assertHtmlShows(String html, Inventory inventory) {
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, img, b, i, iframe")).isEmpty();
    assertThat(page.select("h1")).hasSize(1);
    assertWithMessage("title of %s", inventory.application().orElseThrow().codePoints()
        .mapToObj(Integer::toHexString).toList()).that(page.title()).isEqualTo(shown("Record of processing activities: " + inventory.application().orElseThrow()));
    assertThat(page.select("table")).hasSize(5);
    Element account = page.select("section").get(1);
    PurposeInfo purpose = inventory.purposes().get(0);
    assertThat(account.selectFirst("h2").text()).isEqualTo(shown(purpose.title()));
    assertThat(dd(account, "Purpose")).isEqualTo(shown(purpose.description()));
    assertThat(account.select("tbody th").stream().map(Element::text).toList()).isEqualTo(inventory.data().stream()
        .filter(d -> d.purposes().contains("account")).map(d -> shown(d.name())).toList());
    assertThat(dd(page.select("section").get(0), "Name")).isEqualTo(shown(inventory.controller().orElseThrow().name()));
  }

  /**
   * How jsoup's text() shows a text: printable, its white space (HTML's and U+00A0) collapsed and
   * trimmed, zero-width space and soft hyphen dropped.
   */
  private static String shown(String text) {
    return PrintableText.of(text).replaceAll("[\u200B\u00AD]", "").replaceAll("[\\t\\n\\f\\r \u00A0]+", " ")
        .replaceAll("\\A | \\z", "");
  }

  private static String dd(Element scope, String term) {
    return scope.select("dt").stream().filter(dt -> dt.text().equals(term)).findFirst()
        .map(dt -> dt.nextElementSibling().text()).orElseThrow(() -> new AssertionError("no " + term));
  }

  private static String csv(Inventory inventory) {
    return ROPA.render(inventory).get(0).content();
  }

  private static String html(Inventory inventory) {
    return ROPA.render(inventory).get(1).content();
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().get().parse(new StringReader(csv)).getRecords();
  }

  private static Map<String, String> row(List<CSVRecord> rows, String datumId) {
    CSVRecord record = rows.stream().filter(r -> r.get(9).equals(datumId)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + datumId));
    return RopaExport.CSV_HEADER.stream().collect(Collectors.toMap(Function.identity(),
        h -> record.get(RopaExport.CSV_HEADER.indexOf(h))));
  }
}
