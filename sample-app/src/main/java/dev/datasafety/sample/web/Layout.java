package dev.datasafety.sample.web;

import static dev.datasafety.sample.web.Html.escape;

/**
 * What every page shares: the document head with one style sheet, the site header with its
 * navigation (and the sign-out form once signed in), and the footer. Plain semantic HTML and CSS,
 * no script: every page works without JavaScript.
 *
 * @param signedIn whether the page is shown to a signed-in person
 * @param csrf the token for this browser's forms ({@link Csrf})
 * @param path the path of the page, to mark the current link
 */
record Layout(boolean signedIn, String csrf, String path) {

  String page(String title, String main) {
    StringBuilder html = new StringBuilder(main.length() + 8_192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<header class=\"site\">\n<a class=\"brand\" href=\"/\">Acme Notes</a>\n")
        .append("<nav aria-label=\"Site\"><ul>\n");
    if (signedIn) {
      link(html, "/", "Your notes");
      link(html, "/me", "Your data");
      link(html, "/privacy", "Privacy");
      html.append("<li>").append(form("/logout", "", "<button type=\"submit\" class=\"link\">Sign out</button>"))
          .append("</li>\n");
    } else {
      link(html, "/", "Home");
      link(html, "/signup", "Sign up");
      link(html, "/login", "Sign in");
      link(html, "/privacy", "Privacy");
    }
    html.append("</ul></nav>\n</header>\n<main>\n").append(main).append("</main>\n<footer>\n")
        .append("<p>Every piece of personal data Acme Notes keeps is declared in its code: ")
        .append("<a href=\"/privacy\">what we keep and why</a>, or the same list for programs, ")
        .append("<a href=\"/privacy/inventory.json\">inventory.json</a>.</p>\n</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  /** A POST form to {@code action} carrying this browser's CSRF token. */
  String form(String action, String attributes, String content) {
    return "<form method=\"post\" action=\"" + escape(action) + "\"" + attributes + ">"
        + "<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"" + escape(csrf) + "\">" + content + "</form>";
  }

  private void link(StringBuilder html, String href, String text) {
    html.append("<li><a href=\"").append(href).append('"').append(href.equals(path) ? " aria-current=\"page\"" : "")
        .append('>').append(text).append("</a></li>\n");
  }

  /**
   * A labelled input with its hint and error, tied to it for screen readers.
   *
   * @param type {@code email}, {@code password}, {@code text}
   * @param autocomplete the browser's autofill token ({@code email}, {@code current-password}, ...)
   * @param error the message when this field is what was wrong, else null
   */
  static String input(String name, String label, String type, String value, String autocomplete, boolean required,
      String hint, String error) {
    String id = "field-" + name;
    StringBuilder describedBy = new StringBuilder();
    StringBuilder html = new StringBuilder("<div class=\"field\">\n<label for=\"").append(id).append("\">")
        .append(escape(label)).append("</label>\n");
    if (hint != null) {
      html.append("<p class=\"hint\" id=\"").append(id).append("-hint\">").append(escape(hint)).append("</p>\n");
      describedBy.append(id).append("-hint");
    }
    if (error != null) {
      html.append("<p class=\"field-error\" id=\"").append(id).append("-error\">").append(escape(error)).append("</p>\n");
      describedBy.append(describedBy.length() > 0 ? " " : "").append(id).append("-error");
    }
    html.append("textarea".equals(type) ? "<textarea rows=\"6\"" : "<input type=\"" + type + "\"")
        .append(" id=\"").append(id).append("\" name=\"").append(name).append('"');
    if (autocomplete != null) {
      html.append(" autocomplete=\"").append(autocomplete).append('"');
    }
    if (required) {
      html.append(" required");
    }
    if (describedBy.length() > 0) {
      html.append(" aria-describedby=\"").append(describedBy).append('"');
    }
    if (error != null) {
      html.append(" aria-invalid=\"true\"");
    }
    if ("textarea".equals(type)) {
      html.append('>').append(escape(value)).append("</textarea>\n</div>\n");
    } else {
      html.append(" value=\"").append(escape(value)).append("\">\n</div>\n");
    }
    return html.toString();
  }

  /** The message of a refused form, read out at once by screen readers. */
  static String errorSummary(String message) {
    return "<div class=\"error-summary\" role=\"alert\">\n<h2>That did not work</h2>\n<p>" + escape(message)
        + "</p>\n</div>\n";
  }

  /** A confirmation of what was just done. */
  static String notice(String html) {
    return "<div class=\"notice\" role=\"status\">\n" + html + "</div>\n";
  }

  static final String CSS = """
      :root { color-scheme: light; --ink: #1d2433; --muted: #4a5368; --line: #d5dae4; --accent: #2250c8; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
             color: var(--ink); background: #f5f7fb; }
      header, main, footer { max-width: 68rem; margin: 0 auto; padding: 0 1.5rem; }
      header.site { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem;
                    padding-top: 1.2rem; }
      .brand { font-weight: 700; color: var(--accent); letter-spacing: .02em; text-decoration: none; }
      header.site ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 1rem;
                       align-items: center; }
      header.site a[aria-current] { font-weight: 700; text-decoration: none; }
      h1 { font-size: 2rem; line-height: 1.2; margin: 1.2rem 0 .8rem; }
      .lead { font-size: 1.1rem; color: var(--muted); max-width: 48rem; }
      nav.chips ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
      nav.chips a { display: inline-block; padding: .3rem .75rem; border: 1px solid var(--line); border-radius: 999px;
                    background: #fff; color: var(--accent); text-decoration: none; }
      nav.chips a:focus, nav.chips a:hover { border-color: var(--accent); text-decoration: underline; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 1.25rem 1.5rem;
                margin: 1.25rem 0; }
      h2 { font-size: 1.35rem; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; align-items: center; gap: .6rem; }
      h3 { font-size: 1.1rem; margin: 1rem 0 .3rem; }
      .badge { font-size: .8rem; font-weight: 600; padding: .15rem .6rem; border-radius: 999px; }
      .required { background: #e8ecf5; color: #27304a; }
      .opt-out { background: #fff1d6; color: #6b4500; }
      .opt-in { background: #dcf5e4; color: #145a2e; }
      .benefit { background: #f1f5ff; border-left: 4px solid var(--accent); padding: .5rem .8rem; }
      .note { color: var(--muted); font-style: italic; }
      table { width: 100%; border-collapse: collapse; margin-top: .8rem; font-size: .95rem; table-layout: fixed; }
      table.privacy th:nth-child(1) { width: 18%; } table.privacy th:nth-child(2) { width: 31%; }
      table.privacy th:nth-child(3) { width: 15%; } table.privacy th:nth-child(4) { width: 25%; }
      table.privacy th:nth-child(5) { width: 11%; }
      table.mine th:nth-child(1) { width: 15%; } table.mine th:nth-child(2) { width: 25%; }
      table.mine th:nth-child(3) { width: 20%; } table.mine th:nth-child(4) { width: 12%; }
      table.mine th:nth-child(5) { width: 15%; } table.mine th:nth-child(6) { width: 13%; }
      caption { text-align: left; font-weight: 600; color: var(--muted); padding-bottom: .4rem; }
      th, td { text-align: left; vertical-align: top; padding: .55rem .6rem; border-top: 1px solid var(--line); }
      td, tbody th { overflow-wrap: anywhere; }
      thead th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                 border-top: none; }
      tbody th { font-weight: 600; }
      .group { display: block; font-weight: 400; font-size: .8rem; color: var(--muted); }
      .sensitive { color: #8a1c1c; }
      code, .value { background: #eef1f7; padding: .05rem .3rem; border-radius: 4px; font-family: ui-monospace,
                     "DejaVu Sans Mono", monospace; font-size: .9em; overflow-wrap: anywhere; }
      ol.values { margin: 0; padding-left: 1.2rem; }
      footer { color: var(--muted); padding-bottom: 2rem; }
      a { color: var(--accent); }
      form.stack { max-width: 34rem; }
      .field { margin: 0 0 1rem; }
      label { display: block; font-weight: 600; margin-bottom: .25rem; }
      input[type=email], input[type=password], input[type=text], textarea { width: 100%; font: inherit;
            padding: .5rem .6rem; border: 1px solid #6b7385; border-radius: 6px; background: #fff; color: var(--ink); }
      input:focus, textarea:focus, button:focus { outline: 3px solid #f2b705; outline-offset: 2px; }
      [aria-invalid=true] { border-color: #8a1c1c; border-width: 2px; }
      .hint { color: var(--muted); font-size: .9rem; margin: 0 0 .3rem; }
      .field-error { color: #8a1c1c; font-weight: 600; margin: 0 0 .3rem; }
      fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 1rem; padding: .6rem 1rem; }
      legend { font-weight: 600; padding: 0 .3rem; }
      .choice { display: flex; gap: .6rem; align-items: flex-start; margin: .5rem 0; }
      .choice input { margin-top: .35rem; width: 1.1rem; height: 1.1rem; flex: none; }
      .choice label { font-weight: 400; }
      button { font: inherit; font-weight: 600; padding: .5rem 1.1rem; border-radius: 6px; border: 1px solid var(--accent);
               background: var(--accent); color: #fff; cursor: pointer; }
      button.danger { background: #a11d1d; border-color: #a11d1d; }
      button.link { background: none; border: none; color: var(--accent); padding: 0; font-weight: 400;
                    text-decoration: underline; }
      header.site form { margin: 0; }
      .error-summary { border: 2px solid #8a1c1c; background: #fdf0f0; border-radius: 8px; padding: .6rem 1rem;
                       margin: 1rem 0; max-width: 48rem; }
      .error-summary h2 { color: #8a1c1c; font-size: 1.1rem; }
      .notice { border: 2px solid #145a2e; background: #eefaf2; border-radius: 8px; padding: .6rem 1rem; margin: 1rem 0; }
      .actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
      ul.links { padding-left: 1.2rem; }
      article.note-card { border-top: 1px solid var(--line); padding: .6rem 0; }
      article.note-card p { white-space: pre-wrap; margin: .2rem 0; }
      .meta { color: var(--muted); font-size: .85rem; }
      """;
}
