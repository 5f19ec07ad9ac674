package dev.datasafety.sample.web;

import static dev.datasafety.sample.web.Html.escape;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.PurposeInfo;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The transparency page, rendered from the generated inventory: one section per purpose (why),
 * with a table of the data it uses (what), how long each is kept, who can see it and whether it
 * is optional. Plain semantic HTML and CSS, no script. Every text from the inventory is escaped.
 * The "Your data" page ({@link YourDataPage}) groups the person's own data the same way, with
 * the pieces below.
 */
public final class PrivacyPage {
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
        new Column("Optional?", d -> d.optional() ? "Yes, you choose" : "No")));
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
    if (p.experimental()) {
      html.append("<p class=\"note\">This is an experiment. It only runs if you agree to it, and its data is ")
          .append("deleted when the trial period is over.</p>\n");
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

  /**
   * Who receives the datum besides Acme Notes. The place for the declared recipients of issue
   * #11 ({@code @Recipient}): until {@code DatumInfo} carries them, no datum declares any.
   */
  static String recipients(DatumInfo d) {
    return "No one else.";
  }
}
