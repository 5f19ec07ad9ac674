package dev.datasafety.processor.export;

import dev.datasafety.Choice;
import dev.datasafety.processor.model.DataCategories;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code review}: {@code data-review.md}, a data-review request in the shape of Mozilla's "Request
 * for data collection review form" (github.com/mozilla/data-review, {@code request.md}): its twelve
 * questions in its order, each answered from the declarations where they answer it, and an explicit
 * {@code TODO:} line for what only the author can say.
 */
final class ReviewExport implements Exporter {

  /** The form's questions, word for word, in its order. */
  static final List<String> QUESTIONS = List.of(
      "What questions will you answer with this data?",
      "Why does Mozilla need to answer these questions? Are there benefits for users? Do we need this"
          + " information to address product or business requirements?",
      "What alternative methods did you consider to answer these questions? Why were they not sufficient?",
      "Can current instrumentation answer these questions?",
      "List all proposed measurements and indicate the category of data collection for each measurement,"
          + " using the Firefox data collection categories found on the Mozilla wiki.",
      "Please provide a link to the documentation for this data collection which describes the ultimate data"
          + " set in a public, complete, and accurate way.",
      "How long will this data be collected?",
      "What populations will you measure?",
      "If this data collection is default on, what is the opt-out mechanism for users?",
      "Please provide a general description of how you will analyze this data.",
      "Where do you intend to share the results of your analysis?",
      "Is there a third-party tool (i.e. not Telemetry) that you are proposing to use for this data collection?");

  static final String FORM_URL = "https://github.com/mozilla/data-review/blob/main/request.md";
  static final String CATEGORIES_URL = "https://wiki.mozilla.org/Data_Collection";
  static final String TODO = "TODO: ";

  /** Mozilla's four categories by the names Glean's {@code data_sensitivity} gives them. */
  private static final Map<String, String> CATEGORIES = Map.of(
      "technical", "Category 1: Technical data",
      "interaction", "Category 2: Interaction data",
      "stored_content", "Category 3: Stored content and communications (formerly web activity data)",
      "web_activity", "Category 3: Stored content and communications (formerly web activity data)",
      "highly_sensitive", "Category 4: Highly sensitive data");

  @Override
  public List<MissingFact> missing(Inventory inventory) {
    return Requirements.of(inventory).dataCategories().list();
  }

  @Override
  public List<ExportFile> render(Inventory inventory) {
    return List.of(new ExportFile("data-review.md", new Request(inventory).text()));
  }

  /** The request for one inventory. */
  private static final class Request {
    private final Inventory inventory;
    private final String application;
    private final List<PurposeInfo> purposes;
    private final List<String> out = new ArrayList<>();
    private int question;

    Request(Inventory inventory) {
      this.inventory = inventory;
      this.application = Markdown.text(inventory.application().orElse("the application"));
      this.purposes = inventory.purposes().stream()
          .filter(p -> inventory.data().stream().anyMatch(d -> d.purposes().contains(p.id())))
          .toList();
    }

    String text() {
      paragraph("# Request for data collection review form: " + application);
      paragraph("The data " + application + " collects, as its datasafety declarations state. Each answer below"
          + " comes from those declarations; each line that starts with TODO is for the author of the request to"
          + " answer. The questions are those of Mozilla's [request for data collection review](" + FORM_URL + ").");
      whatQuestions();
      why();
      todoQuestion("say what else could answer these questions, and why it is not enough.");
      todoQuestion("say whether data collected today already answers these questions.");
      measurements();
      documentation();
      howLong();
      populations();
      optOut();
      todoQuestion("describe how you will analyze this data.");
      todoQuestion("say where you will share the results of the analysis.");
      thirdParties();
      return String.join("\n", out).stripTrailing() + "\n";
    }

    private void whatQuestions() {
      heading();
      for (PurposeInfo p : purposes) {
        item(purpose(p) + ": " + Markdown.text(p.description()));
      }
      blank();
    }

    private void why() {
      heading();
      paragraph("The benefit each purpose gives users:");
      for (PurposeInfo p : purposes) {
        item(purpose(p) + ": " + Markdown.text(p.userBenefit()));
      }
      blank();
    }

    private void todoQuestion(String todo) {
      heading();
      paragraph(TODO + todo);
    }

    private void measurements() {
      heading();
      // "Category N: ..." labels sort by N, the sensitivity.
      String highest = inventory.data().stream().map(this::mozillaCategory).flatMap(Optional::stream)
          .max(String::compareTo).orElse("");
      if (!highest.isEmpty()) {
        paragraph("The most sensitive category of this request, which the data steward will characterize it by: "
            + highest + ". Categories as the [Firefox data collection categories](" + CATEGORIES_URL + ") define"
            + " them.");
      }
      out.add("| Measurement Description | Data Collection Category | Tracking Bug # | Purposes | Retention |");
      out.add("| --- | --- | --- | --- | --- |");
      for (DataItem d : inventory.data()) {
        String measurement = Markdown.strong(d.name()) + " (" + Markdown.text(d.id()) + "): "
            + Markdown.text(d.description()) + (d.serverVisible() ? "" : " Kept on the device only; never sent.");
        String category = mozillaCategory(d).orElse(TODO + "choose the category of "
            + Markdown.text(d.category().orElse("")));
        String reviews = d.reviews().isEmpty() ? TODO + "name the tracking bug"
            : String.join(", ", d.reviews().stream().map(Markdown::text).toList());
        String used = String.join(", ", d.purposes().stream().map(this::purposeTitle).toList());
        out.add("| " + measurement + " | " + category + " | " + reviews + " | " + used + " | "
            + Markdown.text(d.retention().text()) + " |");
      }
      blank();
    }

    private void documentation() {
      heading();
      Optional<String> policy = inventory.controller().flatMap(c -> c.privacyPolicyUrl());
      policy.ifPresent(url -> paragraph("The privacy policy: " + Markdown.link(url)));
      paragraph("Every measurement is documented, with its purposes, retention and recipients, in the data"
          + " inventory the build writes from the declarations (META\\-INF/datasafety/inventory.json in the"
          + " application's jar).");
      if (policy.isEmpty()) {
        paragraph(TODO + "link the public documentation of this data collection.");
      }
    }

    private void howLong() {
      heading();
      List<String> permanent = new ArrayList<>();
      for (PurposeInfo p : purposes) {
        if (p.expires().isPresent()) {
          item(purpose(p) + ": This is scoped to a time-limited experiment/project until " + p.expires().get() + ".");
        } else {
          item(purpose(p) + ": I want to permanently monitor this data.");
          permanent.add(Markdown.text(p.title()));
        }
      }
      blank();
      if (!permanent.isEmpty()) {
        paragraph(TODO + "name who will monitor the data collected permanently (" + String.join(", ", permanent) + ").");
      }
    }

    private void populations() {
      heading();
      for (PurposeInfo p : purposes) {
        String who = switch (p.choice()) {
          case OPT_IN -> "Only users of " + application + " who opted in.";
          case OPT_OUT -> "Users of " + application + " who have not opted out.";
          default -> "All users of " + application + ".";
        };
        item(purpose(p) + ": " + who);
      }
      blank();
      paragraph(TODO + "say which release channels, countries and locales, and any other filters.");
    }

    private void optOut() {
      heading();
      List<String> optOuts = new ArrayList<>();
      for (PurposeInfo p : purposes) {
        String how = switch (p.choice()) {
          case OPT_IN -> "Default off: collected only after the user opts in.";
          case OPT_OUT -> "Default on: users can opt out.";
          default -> "Default on and required: there is no opt-out short of not using " + application + ".";
        };
        if (p.choice() == Choice.OPT_OUT) {
          optOuts.add(Markdown.text(p.title()));
        }
        item(purpose(p) + ": " + how);
      }
      blank();
      inventory.controller().flatMap(c -> c.accountDeletionUrl())
          .ifPresent(url -> paragraph("Users can delete their account and its data: " + Markdown.link(url)));
      if (!optOuts.isEmpty()) {
        paragraph(TODO + "say where users opt out of " + String.join(", ", optOuts) + ".");
      }
    }

    private void thirdParties() {
      heading();
      Map<String, List<String>> receives = new TreeMap<>();
      for (DataItem d : inventory.data()) {
        d.recipients().forEach(r -> receives.computeIfAbsent(r, k -> new ArrayList<>()).add(Markdown.text(d.name())));
      }
      if (receives.isEmpty()) {
        paragraph("No: no one besides " + application + " receives this data.");
        return;
      }
      paragraph("Yes: besides " + application + ", these receive some of the data.");
      receives.forEach((id, data) -> {
        Optional<RecipientInfo> recipient = inventory.recipients().stream().filter(r -> r.id().equals(id)).findFirst();
        String who = recipient.map(r -> Markdown.strong(r.name()) + " (" + ProcessingRecord.role(r.role())
            + r.country().map(c -> ", " + Markdown.text(c)).orElse("") + ")"
            + (r.domains().isEmpty() ? "" : ", on " + String.join(", ", r.domains().stream().map(Markdown::text).toList())))
            .orElse(Markdown.strong(id));
        item(who + ": " + String.join(", ", data));
      });
      blank();
      paragraph(TODO + "say for each whether the data reaches it through your backend or directly from the"
          + " application.");
    }

    private Optional<String> mozillaCategory(DataItem d) {
      return d.category().flatMap(DataCategories.get()::find)
          .flatMap(c -> c.mapping(DataCategories.Target.MOZILLA).value())
          .map(CATEGORIES::get);
    }

    private String purpose(PurposeInfo p) {
      return Markdown.strong(p.title());
    }

    private String purposeTitle(String id) {
      return inventory.purposes().stream().filter(p -> p.id().equals(id)).findFirst()
          .map(p -> Markdown.text(p.title())).orElseGet(() -> Markdown.text(id));
    }

    private void heading() {
      question++;
      paragraph("## " + question + ") " + QUESTIONS.get(question - 1));
    }

    private void item(String text) {
      out.add("- " + text);
    }

    private void paragraph(String text) {
      out.add(text);
      blank();
    }

    private void blank() {
      out.add("");
    }
  }
}
