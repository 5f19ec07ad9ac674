package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The review export: Mozilla's data-review request, parsed back as CommonMark with GFM tables. */
class ReviewExportTest {
  private static final Exporter REVIEW = ExportFormat.REVIEW.exporter();
  private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  /** The questions the declarations cannot answer, each a single TODO. */
  private static final List<Integer> UNANSWERED = List.of(3, 4, 10, 11);

  @Test
  void fileMatchesTheGoldenFileAndIsDeterministic() throws Exception {
    List<ExportFile> files = REVIEW.render(ExportFixtures.acmeNotes());
    assertThat(files.stream().map(ExportFile::name).toList()).isEqualTo(ExportFormat.REVIEW.files());
    ExportFixtures.assertGolden(ExportFormat.REVIEW, files.get(0));
    assertThat(REVIEW.render(ExportFixtures.acmeNotes())).isEqualTo(files);
  }

  @Test
  void everyQuestionOfTheFormIsAskedInItsOrder() {
    Node document = parse(ExportFixtures.acmeNotes());
    List<String> headings = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 2) {
        headings.add(text(h));
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < ReviewExport.QUESTIONS.size(); i++) {
      expected.add((i + 1) + ") " + ReviewExport.QUESTIONS.get(i));
    }
    assertThat(headings).isEqualTo(expected);
    assertThat(headings).hasSize(12);
    assertThat(headings.get(4)).contains("category of data collection");
    assertThat(headings.get(8)).contains("opt-out mechanism");
  }

  @Test
  void questionsOnlyTheAuthorCanAnswerAreTodos() {
    Node document = parse(ExportFixtures.acmeNotes());
    for (int q : UNANSWERED) {
      List<Node> answer = answer(document, q);
      assertWithMessage("answer to question " + q).that(answer).hasSize(1);
      assertThat(text(answer.get(0))).startsWith("TODO: ");
    }
    for (int q : List.of(1, 2)) {
      assertWithMessage("question " + q + " is answered").that(allText(answer(document, q))).doesNotContain("TODO");
    }
  }

  @Test
  void purposesAndBenefitsAnswerTheFirstTwoQuestions() {
    Node document = parse(ExportFixtures.acmeNotes());
    assertThat(items(answer(document, 1))).containsExactly(
        "Account: Sign you in and keep your notes in your account.",
        "Partner ads: Show you ads from our advertising partner, chosen from what you read.",
        "Fraud prevention: Spot sign-ins that are not you and block them.",
        "Search ranking test: Try a new order of search results with some users and measure which finds notes faster.",
        "Sync: Keep your notes the same on all your devices.").inOrder();
    assertThat(items(answer(document, 2))).contains("Partner ads: Acme Notes stays free.");
    assertThat(allText(answer(document, 1) )).doesNotContain("Unused catalog entry");
  }

  @Test
  void measurementsAreListedWithTheirMozillaCategory() {
    List<List<String>> rows = tableRows(answer(parse(ExportFixtures.acmeNotes()), 5));
    assertThat(rows.get(0)).containsExactly("Measurement Description", "Data Collection Category", "Tracking Bug #",
        "Purposes", "Retention").inOrder();
    assertThat(rows).hasSize(1 + ExportFixtures.acmeNotes().data().size());
    assertThat(rows.get(2)).containsExactly(
        "Email (com.acme.notes.Account#email): The email address you sign in with.",
        "Category 4: Highly sensitive data", "DSR-12", "Account", "Until you delete your account").inOrder();
    assertThat(rows.get(4).get(1)).isEqualTo("Category 1: Technical data");
    assertThat(rows.get(7).get(1)).isEqualTo("Category 3: Stored content and communications (formerly web activity data)");
    assertThat(rows.get(9).get(1)).isEqualTo("Category 2: Interaction data");
    assertThat(rows.get(9).get(2)).isEqualTo("TODO: name the tracking bug");
    assertThat(rows.get(6).get(0)).endsWith("Kept on the device only; never sent.");
    assertThat(allText(answer(parse(ExportFixtures.acmeNotes()), 5)))
        .contains("which the data steward will characterize it by: Category 4: Highly sensitive data");
  }

  @Test
  void durationPopulationsOptOutAndRecipientsComeFromThePurposes() {
    Node document = parse(ExportFixtures.acmeNotes());
    assertThat(items(answer(document, 7))).containsExactly(
        "Account: I want to permanently monitor this data.",
        "Partner ads: I want to permanently monitor this data.",
        "Fraud prevention: I want to permanently monitor this data.",
        "Search ranking test: This is scoped to a time-limited experiment/project until 2027-06-30.",
        "Sync: I want to permanently monitor this data.").inOrder();
    assertThat(lastParagraph(answer(document, 7)))
        .isEqualTo("TODO: name who will monitor the data collected permanently (Account, Partner ads, Fraud prevention, Sync).");
    assertThat(items(answer(document, 8))).contains("Partner ads: Only users of Acme Notes who opted in.");
    assertThat(lastParagraph(answer(document, 8))).startsWith("TODO: ");
    assertThat(items(answer(document, 9))).containsAtLeast(
        "Account: Default on and required: there is no opt-out short of not using Acme Notes.",
        "Partner ads: Default off: collected only after the user opts in.",
        "Search ranking test: Default on: users can opt out.");
    assertThat(allText(answer(document, 9))).contains("https://acme.example/account/delete");
    assertThat(lastParagraph(answer(document, 9))).isEqualTo("TODO: say where users opt out of Search ranking test.");
    assertThat(allText(answer(document, 6))).contains("https://acme.example/privacy");
    assertThat(allText(answer(document, 6))).doesNotContain("TODO");
    assertThat(items(answer(document, 12))).containsExactly(
        "AdNet, our advertising partner (third party, US), on ads.adnet.example, track.adnet.example: Advertising id",
        "CloudHost, where our servers run (processor, DE): Birth date, Email, Password hash, Note text, Search query,"
            + " Sign-ins per day",
        "Postmark, our email delivery service (processor, US): Email").inOrder();
    assertThat(lastParagraph(answer(document, 12))).startsWith("TODO: ");
  }

  @Test
  void withoutRecipientsOrPolicyTheAnswersSaySoOrAskForThem() {
    Inventory full = ExportFixtures.acmeNotes();
    Inventory bare = new Inventory(full.application(), Optional.empty(), full.purposes(), List.of(),
        full.data().stream().map(d -> new DataItem(d.id(), d.name(), d.description(), d.kind(), d.form(), d.category(),
            d.purposes(), List.of(), d.retention(), d.serverVisible(), d.sensitive(), d.optional(), d.reviews(),
            d.source())).toList());
    Node document = parse(bare);
    assertThat(allText(answer(document, 12))).isEqualTo("No: no one besides Acme Notes receives this data.");
    assertThat(lastParagraph(answer(document, 6))).isEqualTo("TODO: link the public documentation of this data collection.");
  }

  @Test
  void onlyADatumWithoutCategoryIsMissing() {
    Inventory full = ExportFixtures.acmeNotes();
    assertThat(REVIEW.missing(full)).isEmpty();
    Inventory lacking = new Inventory(full.application(), Optional.empty(), full.purposes(), full.recipients(),
        full.data().stream().map(d -> d.id().endsWith("#query") ? new DataItem(d.id(), d.name(), d.description(),
            d.kind(), d.form(), Optional.empty(), d.purposes(), d.recipients(), d.retention(), d.serverVisible(),
            d.sensitive(), d.optional(), d.reviews(), d.source()) : d).toList());
    assertThat(REVIEW.missing(lacking)).containsExactly(MissingFact.datum("com.acme.notes.SearchEvent#query",
        "category", "a category",
        "Add category = \"...\" with an id of docs/categories.md, such as \"contact.email\"."));
  }

  @Test
  void hostileTextsReadBackAsTheirText() {
    for (String text : RopaExportTest.HOSTILE) {
      assertMarkdownShows(text + " " + "# not a heading | not a cell *not emphasis*");
      assertMarkdownShows("# " + text);
      assertMarkdownShows("1. " + text);
      assertMarkdownShows("- " + text);
    }
  }

  @Property(tries = 500)
  void anyTextReadsBackAsItsText(@ForAll("texts") String text) {
    assertMarkdownShows(text);
  }

  /** Texts the declarations can hold: not blank (the processor requires names and descriptions). */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withChars("\\`*_[]<>|~!&#-+=.)1 \t\n\r\u2028\u00a0:/()\"'ab").ofMaxLength(30))
        .filter(text -> !Markdown.plain(text).isEmpty());
  }

  /**
   * The text in every place the request puts user text (the title, a list item, a table cell) reads
   * back as itself, on one line, and adds no element of its own.
   */
  private static void assertMarkdownShows(String text) {
    Inventory hostile = ExportFixtures.withTexts(ExportFixtures.acmeNotes(), original -> text);
    String markdown = REVIEW.render(hostile).get(0).content();
    Node document = MARKDOWN.parse(markdown);
    String expected = Markdown.plain(text);
    String where = "for " + text.codePoints().mapToObj(Integer::toHexString).toList() + " in\n" + markdown;
    assertWithMessage("title " + where).that(text(document.getFirstChild()))
        .isEqualTo("Request for data collection review form: " + expected);
    long headings = count(document, Heading.class);
    assertWithMessage("headings " + where).that(headings).isEqualTo(13);
    assertWithMessage("tables " + where).that(count(document, TableBlock.class)).isEqualTo(1);
    List<String> first = tableRows(answer(document, 5)).get(1);
    assertWithMessage("table cells " + where).that(first).hasSize(5);
    DataItem datum = hostile.data().get(0);
    assertWithMessage("measurement " + where).that(first.get(0)).isEqualTo(
        (expected + " (" + datum.id() + "): " + expected).strip());
    assertWithMessage("purposes cell " + where).that(first.get(3)).isEqualTo(expected);
    assertWithMessage("benefit items " + where).that(items(answer(document, 2)))
        .containsExactlyElementsIn(List.of(expected + ": " + expected, expected + ": " + expected,
            expected + ": " + expected, expected + ": " + expected, expected + ": " + expected));
  }

  private static Node parse(Inventory inventory) {
    return MARKDOWN.parse(REVIEW.render(inventory).get(0).content());
  }

  /** The blocks between the heading of question {@code n} and the next heading. */
  private static List<Node> answer(Node document, int n) {
    List<Node> blocks = new ArrayList<>();
    boolean inside = false;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading) {
        inside = text(node).startsWith(n + ") ");
      } else if (inside) {
        blocks.add(node);
      }
    }
    assertWithMessage("question " + n + " has an answer").that(blocks).isNotEmpty();
    return blocks;
  }

  private static List<String> items(List<Node> blocks) {
    List<String> items = new ArrayList<>();
    for (Node block : blocks) {
      if (block instanceof BulletList) {
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
          assertThat(item).isInstanceOf(ListItem.class);
          assertThat(item.getFirstChild()).isInstanceOf(Paragraph.class);
          assertThat(item.getFirstChild().getNext()).isNull();
          items.add(text(item));
        }
      }
    }
    return items;
  }

  private static List<List<String>> tableRows(List<Node> blocks) {
    List<List<String>> rows = new ArrayList<>();
    for (Node block : blocks) {
      if (block instanceof TableBlock) {
        block.accept(new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.CustomNode node) {
            if (node instanceof TableRow) {
              List<String> cells = new ArrayList<>();
              for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                assertThat(cell).isInstanceOf(TableCell.class);
                cells.add(text(cell));
              }
              rows.add(cells);
            } else {
              visitChildren(node);
            }
          }
        });
      }
    }
    return rows;
  }

  private static String lastParagraph(List<Node> blocks) {
    Node last = blocks.get(blocks.size() - 1);
    assertThat(last).isInstanceOf(Paragraph.class);
    return text(last);
  }

  private static String allText(List<Node> blocks) {
    return String.join("\n", blocks.stream().map(ReviewExportTest::text).toList());
  }

  /** The literal text of a node: its Text nodes, a soft line break as a space. */
  private static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
      }
    });
    return out.toString();
  }

  private static long count(Node document, Class<? extends Node> type) {
    long[] n = {0};
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        if (type == Heading.class) {
          n[0]++;
        }
        visitChildren(heading);
      }

      @Override
      public void visit(org.commonmark.node.CustomBlock block) {
        if (type.isInstance(block)) {
          n[0]++;
        }
        visitChildren(block);
      }
    });
    return n[0];
  }
}
