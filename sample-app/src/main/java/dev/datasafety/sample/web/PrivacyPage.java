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

/**
 * The transparency page, rendered from the generated inventory: one section per purpose (why, on
 * what legal basis, and when an experiment ends), with a table of the data it uses (what), how
 * long each is kept, who can see and who receives it, and whether it is optional; then who else
 * receives data and who is responsible for it. Plain semantic HTML and CSS, no script. Every text
 * from the inventory is escaped.
 */
public final class PrivacyPage {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private PrivacyPage() {}

  public static String render(DataInventory inventory) {
    String app = escape(inventory.application().orElse("This application"));
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Your data at ").append(app).append("</title>\n<style>").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<header>\n<p class=\"brand\">").append(app).append("</p>\n")
        .append("<h1>What we keep about you, and why</h1>\n")
        .append("<p class=\"lead\">This page is built from ").append(app).append("&rsquo;s own code: every piece of ")
        .append("personal data the code can keep is declared there, with the reason, how long it is kept and who ")
        .append("can see it. If the code changes, this page changes with it.</p>\n")
        .append("<nav aria-label=\"Purposes\"><ul>\n");
    List<PurposeInfo> purposes = ordered(inventory.purposes());
    for (PurposeInfo p : purposes) {
      html.append("<li><a href=\"#").append(anchor(p)).append("\">").append(escape(p.title())).append("</a></li>\n");
    }
    html.append("</ul></nav>\n</header>\n<main>\n");
    for (PurposeInfo p : purposes) {
      purpose(html, p, inventory.dataFor(p.id()), inventory);
    }
    recipients(html, inventory.recipients());
    inventory.controller().ifPresent(controller -> controller(html, controller));
    html.append("<section class=\"rights\" aria-labelledby=\"your-rights\">\n")
        .append("<h2 id=\"your-rights\">Your data, your choice</h2>\n<ul>\n")
        .append("<li><strong>See everything we keep about you</strong>, exactly as stored: once signed in, ")
        .append("open <a href=\"/me/data\"><code>/me/data</code></a>.</li>\n")
        .append("<li><strong>Delete your account</strong> and everything kept about it: send ")
        .append("<code>DELETE /me</code> while signed in. It is gone at once, not after a delay.</li>\n")
        .append("<li><strong>Totals</strong> such as the number of notes written each day are not linked to you, ")
        .append("so they stay after you leave, for as long as shown above.</li>\n")
        .append("</ul>\n</section>\n</main>\n<footer>\n<p>The same list for programs: ")
        .append("<a href=\"/privacy/inventory.json\">inventory.json</a>.</p>\n</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void purpose(StringBuilder html, PurposeInfo p, List<DatumInfo> data, DataInventory inventory) {
    String id = anchor(p);
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
    if (data.isEmpty()) {
      html.append("<p class=\"note\">No personal data is kept for this purpose.</p>\n</section>\n");
      return;
    }
    html.append("<table>\n<caption>Data kept for &ldquo;").append(escape(p.title())).append("&rdquo;</caption>\n")
        .append("<thead><tr><th scope=\"col\">Data</th><th scope=\"col\">What it is</th>")
        .append("<th scope=\"col\">Kept for</th><th scope=\"col\">Who can see it</th>")
        .append("<th scope=\"col\">Optional?</th></tr></thead>\n<tbody>\n");
    for (DatumInfo d : data) {
      html.append("<tr data-datum=\"").append(escape(d.id())).append("\">")
          .append("<th scope=\"row\">").append(escape(d.name())).append("<span class=\"group\">")
          .append(escape(d.group())).append("</span></th>")
          .append("<td>").append(escape(d.description()));
      if (d.sensitive()) {
        html.append(" <strong class=\"sensitive\">Sensitive data.</strong>");
      }
      html.append("</td><td>").append(escape(d.retention().text())).append("</td>")
          .append("<td>").append(whoCanSee(d)).append(receivers(d, inventory)).append("</td>")
          .append("<td>").append(d.optional() ? "Yes, you choose" : "No").append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  /** The recipients of one datum, after who can see it: whoever else receives it, and on what terms. */
  private static String receivers(DatumInfo d, DataInventory inventory) {
    StringBuilder cell = new StringBuilder();
    for (String id : d.recipients()) {
      inventory.recipient(id).ifPresent(r -> cell.append("<span class=\"recipient\">Also sent to ")
          .append(escape(r.name())).append(", ").append(role(r.role())).append(country(r)).append(".</span>"));
    }
    return cell.toString();
  }

  private static void recipients(StringBuilder html, List<RecipientInfo> recipients) {
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

  /** Required purposes first, then those one can turn off, then those one must turn on. */
  private static List<PurposeInfo> ordered(List<PurposeInfo> purposes) {
    return purposes.stream()
        .sorted(Comparator.comparing(PurposeInfo::choice).thenComparing(PurposeInfo::id))
        .toList();
  }

  private static String anchor(PurposeInfo p) {
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

  private static String whoCanSee(DatumInfo d) {
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

  private static final String CSS = """
      :root { color-scheme: light; --ink: #1d2433; --muted: #4a5368; --line: #d5dae4; --accent: #2250c8; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
             color: var(--ink); background: #f5f7fb; }
      header, main, footer { max-width: 68rem; margin: 0 auto; padding: 0 1.5rem; }
      header { padding-top: 2rem; }
      .brand { font-weight: 700; color: var(--accent); letter-spacing: .02em; margin: 0; }
      h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 .8rem; }
      .lead { font-size: 1.1rem; color: var(--muted); max-width: 48rem; }
      nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
      nav a { display: inline-block; padding: .3rem .75rem; border: 1px solid var(--line); border-radius: 999px;
              background: #fff; color: var(--accent); text-decoration: none; }
      nav a:focus, nav a:hover { border-color: var(--accent); text-decoration: underline; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 1.25rem 1.5rem;
                margin: 1.25rem 0; }
      h2 { font-size: 1.35rem; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; align-items: center; gap: .6rem; }
      .badge { font-size: .8rem; font-weight: 600; padding: .15rem .6rem; border-radius: 999px; }
      .required { background: #e8ecf5; color: #27304a; }
      .opt-out { background: #fff1d6; color: #6b4500; }
      .opt-in { background: #dcf5e4; color: #145a2e; }
      .benefit { background: #f1f5ff; border-left: 4px solid var(--accent); padding: .5rem .8rem; }
      .note { color: var(--muted); font-style: italic; }
      table { width: 100%; border-collapse: collapse; margin-top: .8rem; font-size: .95rem; table-layout: fixed; }
      thead th:nth-child(1) { width: 18%; } thead th:nth-child(2) { width: 31%; } thead th:nth-child(3) { width: 15%; }
      thead th:nth-child(4) { width: 25%; } thead th:nth-child(5) { width: 11%; }
      caption { text-align: left; font-weight: 600; color: var(--muted); padding-bottom: .4rem; }
      th, td { text-align: left; vertical-align: top; padding: .55rem .6rem; border-top: 1px solid var(--line); }
      td, tbody th { overflow-wrap: anywhere; }
      thead th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                 border-top: none; }
      tbody th { font-weight: 600; }
      .group { display: block; font-weight: 400; font-size: .8rem; color: var(--muted); }
      .sensitive { color: #8a1c1c; }
      .recipient { display: block; margin-top: .3rem; font-size: .9rem; color: var(--muted); }
      .basis { color: var(--muted); }
      code { background: #eef1f7; padding: .05rem .3rem; border-radius: 4px; }
      footer { color: var(--muted); padding-bottom: 2rem; }
      a { color: var(--accent); }
      """;
}
