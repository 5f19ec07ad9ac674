package dev.datasafety.sample.web;

import static dev.datasafety.sample.web.Html.escape;

import dev.datasafety.DataForm;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import java.util.List;

/**
 * "Your data": everything kept about the signed-in person, in raw form, grouped as on the
 * privacy page — per purpose, each datum with its values, what it is, how long it is kept, who
 * can see it and who receives it — and the ways to download, change, correct and delete it.
 */
final class YourDataPage {
  /** Anchors of this page are prefixed so they never clash with the privacy page's when linked. */
  private static final String PREFIX = "mine-";

  private YourDataPage() {}

  static String render(DataInventory inventory, YourData data, Layout layout) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<h1>Your data</h1>\n")
        .append("<p class=\"lead\">Everything Acme Notes keeps about you, exactly as it is stored, read from the ")
        .append("same export you can download. It is grouped by why we keep it, as on ")
        .append("<a href=\"/privacy\">the privacy page</a>.</p>\n")
        .append("<ul class=\"links\">\n")
        .append("<li><a href=\"/me/data\" download>Download all of it as a file (JSON)</a></li>\n")
        .append("<li><a href=\"/me/choices\">Change your choices</a></li>\n")
        .append("<li><a href=\"/me/edit\">Correct your email or name</a></li>\n")
        .append("<li><a href=\"/me/delete\">Delete your account and all of this</a></li>\n")
        .append("</ul>\n");
    PrivacyPage.purposeSections(html, inventory, PREFIX, "mine", "Kept about you for", List.of(
        new PrivacyPage.Column("What we keep", d -> values(d, data.valuesOf(d))),
        new PrivacyPage.Column("What it is", PrivacyPage::description),
        new PrivacyPage.Column("Kept for", d -> escape(d.retention().text())),
        new PrivacyPage.Column("Who can see it", PrivacyPage::whoCanSee),
        new PrivacyPage.Column("Who receives it", PrivacyPage.recipients(inventory))));
    return layout.page("Your data — Acme Notes", html.toString());
  }

  private static String values(DatumInfo d, List<Object> values) {
    if (values.isEmpty()) {
      if (!d.serverVisible()) {
        return "<span class=\"note\">Nothing: it never leaves your device.</span>";
      }
      if (d.form() == DataForm.AGGREGATED || d.form() == DataForm.ANONYMIZED) {
        return "<span class=\"note\">Nothing linked to you: only totals for everyone.</span>";
      }
      return "<span class=\"note\">Nothing kept now.</span>";
    }
    if (values.size() == 1) {
      return value(values.get(0));
    }
    StringBuilder list = new StringBuilder("<ol class=\"values\">");
    for (Object v : values) {
      list.append("<li>").append(value(v)).append("</li>");
    }
    return list.append("</ol>").toString();
  }

  /** A value as stored and as the download shows it: text, number, true or false, an ISO-8601 time. */
  private static String value(Object v) {
    return "<span class=\"value\">" + escape(String.valueOf(v)) + "</span>";
  }
}
