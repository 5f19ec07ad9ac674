package dev.datasafety.sample.web;

import static dev.datasafety.sample.web.Html.escape;

import dev.datasafety.runtime.PurposeInfo;
import dev.datasafety.sample.account.Account;
import dev.datasafety.sample.notes.Note;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The pages of Acme Notes for people, except the privacy page and "Your data". Each form page
 * takes the submitted values (to refill the form after a refused request; passwords are never
 * sent back) and the message of what was wrong, or null.
 */
final class Pages {
  private Pages() {}

  /** Submitted values: what the form is refilled with. */
  interface Values {
    String get(String name);

    Values NONE = name -> "";

    static Values of(Forms form) {
      return name -> form.optional(name).orElse("");
    }

    static Values of(Map<String, String> values) {
      return name -> values.getOrDefault(name, "");
    }
  }

  static String welcome(Layout layout) {
    return layout.page("Acme Notes", """
        <h1>Acme Notes</h1>
        <p class="lead">Write notes and find them on every device you sign in on. Acme Notes keeps only what it
        needs, tells you exactly what that is, and lets you see, download, correct and delete it whenever you like.</p>
        <section aria-labelledby="start">
        <h2 id="start">Get started</h2>
        <ul class="links">
        <li><a href="/signup">Create an account</a></li>
        <li><a href="/login">Sign in</a></li>
        <li><a href="/privacy">What we keep about you, and why</a></li>
        </ul>
        </section>
        """);
  }

  static String notes(Layout layout, Account account, List<Note> notes, Values values, HttpError error) {
    StringBuilder html = new StringBuilder("<h1>Your notes</h1>\n<p class=\"lead\">Signed in as ")
        .append(escape(account.displayName())).append(" (").append(escape(account.email())).append(").</p>\n");
    html.append("<section aria-labelledby=\"write\">\n<h2 id=\"write\">Write a note</h2>\n");
    if (error != null) {
      html.append(Layout.errorSummary(error.getMessage()));
    }
    html.append(layout.form("/notes", " class=\"stack\"",
        Layout.input("title", "Title", "text", values.get("title"), "off", true, null, fieldError(error, "title"))
            + Layout.input("text", "Note", "textarea", values.get("text"), null, true, null, fieldError(error, "text"))
            + "<button type=\"submit\">Save the note</button>"));
    html.append("</section>\n<section aria-labelledby=\"list\">\n<h2 id=\"list\">Your notes (").append(notes.size())
        .append(")</h2>\n");
    if (notes.isEmpty()) {
      html.append("<p class=\"note\">No notes yet.</p>\n");
    }
    for (int i = notes.size() - 1; i >= 0; i--) {
      Note n = notes.get(i);
      html.append("<article class=\"note-card\">\n<h3>").append(escape(n.title())).append("</h3>\n<p>")
          .append(escape(n.text())).append("</p>\n<p class=\"meta\">Last edited ").append(n.updatedAt())
          .append("</p>\n</article>\n");
    }
    return layout.page("Your notes — Acme Notes", html.append("</section>\n").toString());
  }

  static String signUp(Layout layout, List<PurposeInfo> optional, Values values, Predicate<PurposeInfo> chosen,
      HttpError error) {
    StringBuilder html = new StringBuilder("<h1>Create your account</h1>\n")
        .append("<p class=\"lead\">We keep your email, your name and a fingerprint of your password to sign you in. ")
        .append("Everything else is your choice; <a href=\"/privacy\">what we keep and why</a>.</p>\n");
    if (error != null) {
      html.append(Layout.errorSummary(error.getMessage()));
    }
    StringBuilder fields = new StringBuilder()
        .append(Layout.input("email", "Email", "email", values.get("email"), "email", true, null,
            fieldError(error, "email")))
        .append(Layout.input("password", "Password", "password", "", "new-password", true,
            "At least 8 characters.", fieldError(error, "password")))
        .append(Layout.input("displayName", "Display name", "text", values.get("displayName"), "nickname", false,
            "Shown at the top of your notes. Leave it empty to use the start of your email.",
            fieldError(error, "displayName")));
    fields.append(choiceFields(optional, chosen, "Your choices (all off unless you turn them on)"));
    fields.append("<button type=\"submit\">Create my account</button>");
    html.append(layout.form("/signup", " class=\"stack\"", fields.toString()));
    html.append("<p>Already have an account? <a href=\"/login\">Sign in</a>.</p>\n");
    return layout.page("Create your account — Acme Notes", html.toString());
  }

  static String signIn(Layout layout, Values values, HttpError error) {
    return layout.page("Sign in — Acme Notes", signInForm(layout, "Sign in", values, error));
  }

  /** The sign-in form under a heading: the sign-in page, and the answer to a page that needs it. */
  static String signInForm(Layout layout, String heading, Values values, HttpError error) {
    StringBuilder html = new StringBuilder("<h1>").append(escape(heading)).append("</h1>\n");
    if (error != null) {
      html.append(Layout.errorSummary(error.getMessage()));
    }
    html.append(layout.form("/login", " class=\"stack\"",
        Layout.input("email", "Email", "email", values.get("email"), "email", true, null, null)
            + Layout.input("password", "Password", "password", "", "current-password", true, null, null)
            + "<button type=\"submit\">Sign in</button>"));
    html.append("<p>No account yet? <a href=\"/signup\">Create one</a>.</p>\n");
    return html.toString();
  }

  static String choices(Layout layout, List<PurposeInfo> optional, Predicate<PurposeInfo> on, String noticeHtml) {
    StringBuilder html = new StringBuilder("<h1>Your choices</h1>\n")
        .append("<p class=\"lead\">Turn each of these on or off at any time. Turning one off deletes, at once, ")
        .append("the data kept only for it.</p>\n");
    if (noticeHtml != null) {
      html.append(Layout.notice(noticeHtml));
    }
    html.append(layout.form("/me/choices", " class=\"stack\"",
        choiceFields(optional, on, "What Acme Notes may do") + "<button type=\"submit\">Save my choices</button>"));
    html.append("<p><a href=\"/me\">Back to your data</a></p>\n");
    return layout.page("Your choices — Acme Notes", html.toString());
  }

  private static String choiceFields(List<PurposeInfo> optional, Predicate<PurposeInfo> checked, String legend) {
    StringBuilder html = new StringBuilder("<fieldset>\n<legend>").append(escape(legend)).append("</legend>\n");
    for (PurposeInfo p : optional) {
      String id = "field-" + Choices.field(p).replaceAll("[^A-Za-z0-9-]", "-");
      html.append("<div class=\"choice\">\n<input type=\"checkbox\" id=\"").append(id).append("\" name=\"")
          .append(escape(Choices.field(p))).append("\" value=\"on\"").append(checked.test(p) ? " checked" : "")
          .append(" aria-describedby=\"").append(id).append("-benefit\">\n<div>\n<label for=\"").append(id).append("\">")
          .append(escape(p.title())).append("</label>\n<p class=\"hint\" id=\"").append(id).append("-benefit\">")
          .append(escape(p.userBenefit())).append(p.experimental() ? " This is an experiment." : "")
          .append("</p>\n</div>\n</div>\n");
    }
    return html.append("</fieldset>\n").toString();
  }

  static String edit(Layout layout, Values values, HttpError error, String noticeHtml) {
    StringBuilder html = new StringBuilder("<h1>Correct your details</h1>\n");
    if (noticeHtml != null) {
      html.append(Layout.notice(noticeHtml));
    }
    if (error != null) {
      html.append(Layout.errorSummary(error.getMessage()));
    }
    html.append(layout.form("/me/edit", " class=\"stack\"",
        Layout.input("email", "Email", "email", values.get("email"), "email", true, "You sign in with it.",
            fieldError(error, "email"))
            + Layout.input("displayName", "Display name", "text", values.get("displayName"), "nickname", true, null,
                fieldError(error, "displayName"))
            + "<button type=\"submit\">Save</button>"));
    html.append("<p><a href=\"/me\">Back to your data</a></p>\n");
    return layout.page("Correct your details — Acme Notes", html.toString());
  }

  /** What deleting will delete, and the button that does it. */
  static String confirmDelete(Layout layout, Map<String, YourData.Kept> records) {
    StringBuilder html = new StringBuilder("<h1>Delete your account</h1>\n")
        .append("<p class=\"lead\">This deletes your account and everything kept about it, at once. ")
        .append("It cannot be undone. You may want to <a href=\"/me/data\" download>download your data</a> first.</p>\n")
        .append("<section aria-labelledby=\"deleted\">\n<h2 id=\"deleted\">What will be deleted</h2>\n")
        .append(recordList(records)).append("</section>\n")
        .append(layout.form("/me/delete", " class=\"actions\"",
            "<button type=\"submit\" class=\"danger\">Delete my account and all my data</button>"
                + "<a href=\"/me\">Keep my account</a>"));
    return layout.page("Delete your account — Acme Notes", html.toString());
  }

  static String deleted(Layout layout, Map<String, YourData.Kept> records) {
    StringBuilder html = new StringBuilder("<h1>Your account is deleted</h1>\n")
        .append(Layout.notice("<p>Your account and everything kept about it are gone, and you are signed out.</p>"))
        .append("<section aria-labelledby=\"deleted\">\n<h2 id=\"deleted\">What was deleted</h2>\n")
        .append(recordList(records))
        .append("<p>Totals such as the number of notes written each day were never linked to you; they stay for ")
        .append("the time shown on <a href=\"/privacy\">the privacy page</a>.</p>\n</section>\n")
        .append("<p><a href=\"/\">Back to the start</a></p>\n");
    return layout.page("Your account is deleted — Acme Notes", html.toString());
  }

  private static String recordList(Map<String, YourData.Kept> groups) {
    StringBuilder html = new StringBuilder("<ul>\n");
    groups.forEach((group, kept) -> html.append("<li><strong>").append(escape(group)).append("</strong>: ")
        .append(kept.records()).append(kept.records() == 1 ? " record" : " records").append(" (")
        .append(escape(String.join(", ", kept.data()))).append(")</li>\n"));
    return html.append("</ul>\n").toString();
  }

  /** A readable answer to a refused request: what happened and where to go. Never a stack trace. */
  static String error(Layout layout, int status, String message) {
    String heading = switch (status) {
      case 401 -> "Please sign in";
      case 403 -> "Refused";
      case 404 -> "Page not found";
      case 429 -> "Too many attempts";
      case 500 -> "Something went wrong on our side";
      default -> "That did not work";
    };
    return layout.page(heading + " — Acme Notes", "<h1>" + heading + "</h1>\n<p class=\"lead\">" + escape(message)
        + "</p>\n<p><a href=\"/\">Go to the start page</a></p>\n");
  }

  /** The message, shown at the field it is about as well as in the summary. */
  private static String fieldError(HttpError error, String field) {
    return error != null && field.equals(error.field) ? error.getMessage() : null;
  }
}
