package dev.datasafety.sample.web;

import static dev.datasafety.sample.web.Html.escape;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.LegalBasis;
import dev.datasafety.RecipientRole;
import dev.datasafety.runtime.ControllerInfo;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.PurposeInfo;
import dev.datasafety.runtime.RecipientInfo;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The transparency page, rendered from the generated inventory: one section per purpose (why, on
 * what legal basis, and when an experiment ends), with a table of the data it uses (what), how
 * long each is kept, who can see and who receives it, and whether it is optional; then who else
 * receives data and who is responsible for it. Plain semantic HTML and CSS, no script. Every text from the inventory is escaped.
 * The "Your data" page ({@link YourDataPage}) groups the person's own data the same way, with
 * the pieces below.
 */
public final class PrivacyPage {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private PrivacyPage() {}

  static String render(DataInventory inventory, Layout layout) {
    String app = escape(inventory.application().orElse("This application"));
    StringBuilder html = new StringBuilder(16_384);
    html.append("<h1>What we keep about you, and why</h1>\n")
        .append("<p class=\"lead\">This page is built from ").append(app).append("&rsquo;s own code: every piece of ")
        .append("personal data the code can keep is declared there, with the reason, how long it is kept and who ")
        .append("can see it. If the code changes, this page changes with it.</p>\n");
    purposeSections(html, inventory, "", "privacy", "Data kept for", List.of(
        new Column("What it is", PrivacyPage::description),
        new Column("Kept for", d -> escape(d.retention().text())),
        new Column("Who can see it", PrivacyPage::whoCanSee),
        new Column("Who receives it", recipients(inventory)),
        new Column("Optional?", d -> d.optional() ? "Yes, you choose" : "No")));
    recipientList(html, inventory.recipients());
    inventory.controller().ifPresent(controller -> controller(html, controller));
    html.append("<section class=\"rights\" aria-labelledby=\"your-rights\">\n")
        .append("<h2 id=\"your-rights\">Your data, your choice</h2>\n<ul>\n")
        .append("<li><strong>See everything we keep about you</strong>, exactly as stored, once signed in: ")
        .append("<a href=\"/me\">Your data</a>, or download it as a file from there.</li>\n")
        .append("<li><strong>Change your choices</strong> at any time: <a href=\"/me/choices\">Your choices</a>. ")
        .append("Turning something off deletes the data kept only for it, at once.</li>\n")
        .append("<li><strong>Correct</strong> your email or name: <a href=\"/me/edit\">Correct your details</a>.</li>\n")
        .append("<li><strong>Delete your account</strong> and everything kept about it: ")
        .append("<a href=\"/me/delete\">Delete your account</a>. It is gone at once, not after a delay.</li>\n")
        .append("<li><strong>Totals</strong> such as the number of notes written each day are not linked to you, ")
        .append("so they stay after you leave, for as long as shown above.</li>\n")
        .append("</ul>\n</section>\n");
    return layout.page("Your data at " + inventory.application().orElse("this application"), html.toString());
  }

  /** A column of the purpose tables after the datum's name: its heading and its cell for each datum (HTML). */
  record Column(String heading, Function<DatumInfo, String> cell) {}

  /**
   * The links to each purpose, then one section per purpose with a table of the data it uses,
   * one row per datum ({@code data-datum} its id), in the order people read them.
   *
   * @param prefix keeps anchors unique per page
   * @param caption the table caption before the purpose's title ("Data kept for")
   */
  static void purposeSections(StringBuilder html, DataInventory inventory, String prefix, String tableClass,
      String caption, List<Column> columns) {
    List<PurposeInfo> purposes = ordered(inventory.purposes());
    purposeLinks(html, purposes, prefix);
    for (PurposeInfo p : purposes) {
      List<DatumInfo> data = inventory.dataFor(p.id());
      purposeIntro(html, p, prefix);
      if (data.isEmpty()) {
        html.append("<p class=\"note\">No personal data is kept for this purpose.</p>\n</section>\n");
        continue;
      }
      html.append("<table class=\"").append(tableClass).append("\">\n<caption>").append(caption).append(" &ldquo;")
          .append(escape(p.title())).append("&rdquo;</caption>\n<thead><tr><th scope=\"col\">Data</th>");
      for (Column c : columns) {
        html.append("<th scope=\"col\">").append(c.heading()).append("</th>");
      }
      html.append("</tr></thead>\n<tbody>\n");
      for (DatumInfo d : data) {
        html.append("<tr data-datum=\"").append(escape(d.id())).append("\">").append(datumHeader(d));
        for (Column c : columns) {
          html.append("<td>").append(c.cell().apply(d)).append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody>\n</table>\n</section>\n");
    }
  }

  /** The chips linking to each purpose's section; {@code prefix} keeps anchors unique per page. */
  private static void purposeLinks(StringBuilder html, List<PurposeInfo> purposes, String prefix) {
    html.append("<nav class=\"chips\" aria-label=\"Purposes\"><ul>\n");
    for (PurposeInfo p : purposes) {
      html.append("<li><a href=\"#").append(prefix).append(anchor(p)).append("\">").append(escape(p.title()))
          .append("</a></li>\n");
    }
    html.append("</ul></nav>\n");
  }

  /** Opens the purpose's section: heading with its choice, why, and what the person gets. */
  private static void purposeIntro(StringBuilder html, PurposeInfo p, String prefix) {
    String id = prefix + anchor(p);
    html.append("<section class=\"purpose\" aria-labelledby=\"").append(id).append("\">\n")
        .append("<h2 id=\"").append(id).append("\">").append(escape(p.title())).append(' ')
        .append(choiceBadge(p)).append("</h2>\n")
        .append("<p>").append(escape(p.description())).append("</p>\n")
        .append("<p class=\"benefit\"><strong>What you get:</strong> ").append(escape(p.userBenefit())).append("</p>\n");
    legalBasis(p.legalBasis()).ifPresent(basis ->
        html.append("<p class=\"basis\"><strong>Why we may:</strong> ").append(basis).append("</p>\n"));
    if (p.experimental()) {
      html.append("<p class=\"note\">This is an experiment. It only runs if you agree to it");
      p.expires().ifPresent(end -> html.append(", it ends on <time datetime=\"").append(end).append("\">")
          .append(DAY.format(end)).append("</time>"));
      html.append(", and its data is deleted when the trial period is over.</p>\n");
    }
  }

  /** The row header: the datum's name above its group. */
  private static String datumHeader(DatumInfo d) {
    return "<th scope=\"row\">" + escape(d.name()) + "<span class=\"group\">" + escape(d.group()) + "</span></th>";
  }

  static String description(DatumInfo d) {
    return escape(d.description()) + (d.sensitive() ? " <strong class=\"sensitive\">Sensitive data.</strong>" : "");
  }

  /** Required purposes first, then those one can turn off, then those one must turn on. */
  static List<PurposeInfo> ordered(List<PurposeInfo> purposes) {
    return purposes.stream()
        .sorted(Comparator.comparing(PurposeInfo::choice).thenComparing(PurposeInfo::id))
        .toList();
  }

  static String anchor(PurposeInfo p) {
    return "purpose-" + p.id().replaceAll("[^a-z0-9-]", "-");
  }

  private static String choiceBadge(PurposeInfo p) {
    if (p.choice() == Choice.REQUIRED) {
      return "<span class=\"badge required\">Needed for the service</span>";
    }
    if (p.choice() == Choice.OPT_OUT) {
      return "<span class=\"badge opt-out\">On unless you turn it off</span>";
    }
    return "<span class=\"badge opt-in\">Only if you turn it on</span>";
  }

  static String whoCanSee(DatumInfo d) {
    if (!d.serverVisible()) {
      return "Only you: it stays on your device, or is encrypted there before it reaches us.";
    }
    if (d.form() == DataForm.AGGREGATED || d.form() == DataForm.ANONYMIZED) {
      return "Acme Notes staff, only as totals that are not linked to you.";
    }
    if (d.form() == DataForm.PSEUDONYMIZED) {
      return "Acme Notes&rsquo; systems, under a code rather than your name.";
    }
    return "Acme Notes&rsquo; systems and the staff who run them.";
  }

  /** Who receives each datum besides Acme Notes: its declared recipients, with what they may do and where. */
  static Function<DatumInfo, String> recipients(DataInventory inventory) {
    return d -> {
      StringBuilder cell = new StringBuilder();
      for (String id : d.recipients()) {
        inventory.recipient(id).ifPresent(r -> cell.append(cell.length() == 0 ? "" : " ")
            .append(escape(r.name())).append(", ").append(role(r.role())).append(country(r)).append('.'));
      }
      return cell.length() == 0 ? "No one else." : cell.toString();
    };
  }

  private static void recipientList(StringBuilder html, List<RecipientInfo> recipients) {
    if (recipients.isEmpty()) {
      return;
    }
    html.append("<section class=\"recipients\" aria-labelledby=\"who-else\">\n")
        .append("<h2 id=\"who-else\">Who else receives some of your data</h2>\n<ul>\n");
    for (RecipientInfo r : recipients) {
      html.append("<li data-recipient=\"").append(escape(r.id())).append("\"><strong>").append(escape(r.name()))
          .append("</strong>, ").append(role(r.role())).append(country(r)).append(".</li>\n");
    }
    html.append("</ul>\n<p>The data each of them receives is marked in the tables above.</p>\n</section>\n");
  }

  private static void controller(StringBuilder html, ControllerInfo c) {
    html.append("<section class=\"controller\" aria-labelledby=\"who-is-responsible\">\n")
        .append("<h2 id=\"who-is-responsible\">Who is responsible for your data</h2>\n<p><strong>")
        .append(escape(c.name())).append("</strong>. Questions about your data: ").append(contact(c.contact()));
    c.dpo().ifPresent(dpo -> html.append("; our data protection officer: ").append(contact(dpo)));
    html.append(".</p>\n");
    c.privacyPolicyUrl().ifPresent(url -> html.append("<p>The full privacy policy: ").append(link(url)).append(".</p>\n"));
    html.append("</section>\n");
  }

  /** A contact is an email address or a URL; either becomes a link, anything else stays text. */
  private static String contact(String contact) {
    if (contact.matches("[^@\\s<>\"]+@[^@\\s<>\"]+")) {
      return "<a href=\"mailto:" + escape(contact) + "\">" + escape(contact) + "</a>";
    }
    return link(contact);
  }

  private static String link(String url) {
    if (url.startsWith("https://") || url.startsWith("http://")) {
      return "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    }
    return escape(url);
  }

  private static String role(RecipientRole role) {
    return role == RecipientRole.PROCESSOR
        ? "which handles it only on our behalf and as we instruct"
        : "which also uses it for its own purposes";
  }

  private static String country(RecipientInfo r) {
    return r.country()
        .map(code -> ", in " + escape(new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH)))
        .orElse("");
  }

  /** The legal basis in words users understand, with the article it rests on. */
  private static Optional<String> legalBasis(LegalBasis basis) {
    switch (basis) {
      case CONSENT:
        return Optional.of("only with your consent, which you can withdraw at any time (GDPR Art. 6(1)(a)).");
      case CONTRACT:
        return Optional.of("it is needed to give you the service you signed up for (GDPR Art. 6(1)(b)).");
      case LEGAL_OBLIGATION:
        return Optional.of("the law requires it (GDPR Art. 6(1)(c)).");
      case VITAL_INTERESTS:
        return Optional.of("it protects someone&rsquo;s life (GDPR Art. 6(1)(d)).");
      case PUBLIC_TASK:
        return Optional.of("it is a task in the public interest (GDPR Art. 6(1)(e)).");
      case LEGITIMATE_INTERESTS:
        return Optional.of("our legitimate interest in it, weighed against your rights, which you can object to"
            + " (GDPR Art. 6(1)(f)).");
      default:
        return Optional.empty();
    }
  }
}
