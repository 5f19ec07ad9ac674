package dev.datasafety.processor.export;

import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.RecipientInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code ropa}: the record of processing activities of GDPR Art. 30(1) ({@link ProcessingRecord})
 * as {@code ropa.csv} (RFC 4180, {@link CsvText}), one row per processing activity and datum, for a
 * DPO's spreadsheet, and as
 * {@code ropa.html}, an accessible page with one section and table per activity.
 */
final class RopaExport implements Exporter {

  static final List<String> CSV_HEADER = List.of(
      "Processing activity", "Purpose", "Purpose description", "Legal basis (GDPR Art. 6(1))",
      "Controller", "Controller contact", "Data protection officer", "Categories of data subjects",
      "Personal data", "Personal data id", "Category of personal data", "Special category (GDPR Art. 9)",
      "Recipients", "Transfers to third countries", "Time limit for erasure",
      "Technical and organisational security measures");

  private static final String NONE = "None";

  @Override
  public List<MissingFact> missing(Inventory inventory) {
    return ProcessingRecord.missing(inventory);
  }

  @Override
  public List<ExportFile> render(Inventory inventory) {
    ProcessingRecord record = ProcessingRecord.of(inventory);
    return List.of(new ExportFile("ropa.csv", csv(record)), new ExportFile("ropa.html", html(record)));
  }

  static String csv(ProcessingRecord record) {
    CsvText csv = new CsvText();
    csv.row(CSV_HEADER);
    for (ProcessingRecord.Activity activity : record.activities()) {
      for (ProcessingRecord.Entry entry : activity.data()) {
        DataItem datum = entry.datum();
        csv.row(Stream.of(
            activity.purpose().id(),
            activity.purpose().title(),
            activity.purpose().description(),
            activity.legalBasis(),
            record.controller().name(),
            record.controller().contact(),
            record.controller().dpo().orElse(""),
            record.dataSubjects(),
            datum.name(),
            datum.id(),
            entry.category(),
            datum.sensitive() ? "Yes" : "No",
            list(entry.recipients(), ProcessingRecord::describe),
            list(entry.transfers(), ProcessingRecord::describeTransfer),
            entry.erasure(),
            String.join("; ", entry.measures())).map(RopaExport::spreadsheetText).toList());
      }
    }
    return csv.toString();
  }

  /**
   * A field as a spreadsheet shows it and never runs it: printable ({@link PrintableText}), and
   * with a leading apostrophe when it starts with {@code =}, {@code +}, {@code -}, {@code @} or a
   * tab, which spreadsheets would read as a formula (OWASP, "CSV Injection"). Parsed back, a field
   * is that text.
   */
  static String spreadsheetText(String field) {
    String printable = PrintableText.of(field);
    return !printable.isEmpty() && "=+-@\t".indexOf(printable.charAt(0)) >= 0 ? "'" + printable : printable;
  }

  private static String list(List<RecipientInfo> recipients, Function<RecipientInfo, String> describe) {
    return recipients.isEmpty() ? NONE : String.join("; ", recipients.stream().map(describe).toList());
  }

  static String html(ProcessingRecord record) {
    String title = "Record of processing activities: " + record.application();
    Page page = new Page();
    page.line("<!DOCTYPE html>");
    page.line("<html lang=\"en\">");
    page.line("<head>");
    page.line("<meta charset=\"utf-8\">");
    page.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    page.line("<title>" + escape(title) + "</title>");
    page.line("<style>");
    page.line("body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem; color: #111; background: #fff; }");
    page.line("table { border-collapse: collapse; margin: 1rem 0 2rem; }");
    page.line("caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }");
    page.line("th, td { border: 1px solid #555; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }");
    page.line("dt { font-weight: bold; }");
    page.line("dd { margin: 0 0 0.5rem 1.5rem; }");
    page.line("</style>");
    page.line("</head>");
    page.line("<body>");
    page.line("<main>");
    page.line("<h1>" + escape(title) + "</h1>");
    page.line("<p>The record of processing activities of GDPR Article 30(1), made by datasafety from the"
        + " declarations in the source code of " + escape(record.application()) + ": one processing activity for"
        + " each purpose its data is kept for. Transfers to third countries are recipients outside the European"
        + " Economic Area.</p>");
    controller(page, record);
    int number = 0;
    for (ProcessingRecord.Activity activity : record.activities()) {
      activity(page, record, activity, "activity-" + ++number);
    }
    page.line("</main>");
    page.line("</body>");
    page.line("</html>");
    return page.text();
  }

  private static void controller(Page page, ProcessingRecord record) {
    page.line("<section aria-labelledby=\"controller\">");
    page.line("<h2 id=\"controller\">Controller</h2>");
    page.line("<dl>");
    term(page, "Name", escape(record.controller().name()));
    term(page, "Contact details", escape(record.controller().contact()));
    term(page, "Data protection officer", record.controller().dpo().map(RopaExport::escape).orElse("Not declared"));
    record.controller().privacyPolicyUrl().ifPresent(url -> term(page, "Privacy policy", link(url)));
    page.line("</dl>");
    page.line("</section>");
  }

  private static void activity(Page page, ProcessingRecord record, ProcessingRecord.Activity activity, String id) {
    String title = escape(activity.purpose().title());
    page.line("<section aria-labelledby=\"" + id + "\">");
    page.line("<h2 id=\"" + id + "\">" + title + "</h2>");
    page.line("<dl>");
    term(page, "Purpose", escape(activity.purpose().description()));
    term(page, "Legal basis (GDPR Art. 6(1))", escape(activity.legalBasis()));
    term(page, "Categories of data subjects", escape(record.dataSubjects()));
    term(page, "Categories of recipients", escape(list(activity.recipients(), ProcessingRecord::describe)));
    term(page, "Transfers to third countries", escape(list(activity.transfers(), ProcessingRecord::describeTransfer)));
    page.line("</dl>");
    page.line("<table>");
    page.line("<caption>Personal data processed for " + title + "</caption>");
    page.line("<thead>");
    page.line("<tr><th scope=\"col\">Personal data</th><th scope=\"col\">Category</th>"
        + "<th scope=\"col\">Special category (GDPR Art. 9)</th><th scope=\"col\">Recipients</th>"
        + "<th scope=\"col\">Time limit for erasure</th>"
        + "<th scope=\"col\">Technical and organisational security measures</th></tr>");
    page.line("</thead>");
    page.line("<tbody>");
    for (ProcessingRecord.Entry entry : activity.data()) {
      DataItem datum = entry.datum();
      page.line("<tr><th scope=\"row\">" + escape(datum.name()) + "</th>"
          + "<td>" + escape(entry.category()) + "</td>"
          + "<td>" + (datum.sensitive() ? "Yes" : "No") + "</td>"
          + "<td>" + escape(list(entry.recipients(), ProcessingRecord::describe)) + "</td>"
          + "<td>" + escape(entry.erasure()) + "</td>"
          + "<td>" + escape(String.join("; ", entry.measures())) + "</td></tr>");
    }
    page.line("</tbody>");
    page.line("</table>");
    page.line("</section>");
  }

  private static void term(Page page, String term, String html) {
    page.line("<dt>" + term + "</dt><dd>" + html + "</dd>");
  }

  /** A link for an absolute http(s) URL; anything else is shown as text, never made a link. */
  private static String link(String url) {
    return httpUrl(url).map(u -> "<a href=\"" + escape(u) + "\">" + escape(u) + "</a>").orElse(escape(url));
  }

  static Optional<String> httpUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
          ? Optional.of(uri.toASCIIString()) : Optional.empty();
    } catch (URISyntaxException notAUrl) {
      return Optional.empty();
    }
  }

  /** Text as HTML text or attribute value: the five characters markup reads escaped. */
  static String escape(String text) {
    String printable = PrintableText.of(text);
    StringBuilder out = new StringBuilder(printable.length());
    for (int i = 0; i < printable.length(); i++) {
      char c = printable.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Lines joined with {@code \n}, ending with one. */
  private static final class Page {
    private final List<String> lines = new ArrayList<>();

    void line(String line) {
      lines.add(line);
    }

    String text() {
      return String.join("\n", lines) + "\n";
    }
  }
}
