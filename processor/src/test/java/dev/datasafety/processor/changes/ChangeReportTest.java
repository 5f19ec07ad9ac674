package dev.datasafety.processor.changes;

import static com.google.common.truth.Truth.assertThat;
import static dev.datasafety.processor.changes.Inventories.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.Inventory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The change report: its order and wording against a golden file (regenerate after a reviewed
 * change with {@code -Ddatasafety.updateGoldens=true}), its other forms, and user text kept inert.
 */
class ChangeReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/changes/acme-notes.changes.md");

  static Inventory resource(String name) throws Exception {
    try (InputStream in = ChangeReportTest.class.getResourceAsStream(name)) {
      return InventoryJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static ChangeSet acmeNotes() throws Exception {
    return InventoryComparison.compare(resource("/changes/approved.inventory.json"),
        resource("/exports/acme-notes.inventory.json"));
  }

  @Test
  void markdownMatchesTheGoldenFile() throws Exception {
    String markdown = ChangeReport.markdown(acmeNotes());
    if (Boolean.getBoolean("datasafety.updateGoldens")) {
      Files.writeString(GOLDEN, markdown, StandardCharsets.UTF_8);
    }
    assertThat(markdown).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(ChangeReport.markdown(acmeNotes())).isEqualTo(markdown);
  }

  @Test
  void weakeningGroupsComeFirstThenTighteningsRemovalsAndNeutral() throws Exception {
    List<String> lines = ChangeReport.markdown(acmeNotes()).lines().toList();
    assertThat(lines.get(0)).isEqualTo("## Data-safety changes: 8 weaken data safety, 2 tighten it, 2 removals, 4 neutral");
    List<String> headings = lines.stream().filter(l -> l.startsWith("### ")).toList();
    assertThat(headings.get(0)).startsWith("### Datum `com.acme.notes.Account#email`");
    assertThat(headings.get(headings.size() - 1)).isEqualTo("### The application (\"Acme Notes\")");
    int lastWeakening = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("- **Weakens:**")) {
        lastWeakening = i;
      }
    }
    // Within the first group, weakenings come before the rest.
    int firstGroupEnd = lines.indexOf(headings.get(1));
    for (int i = lines.indexOf(headings.get(0)); i < firstGroupEnd; i++) {
      if (lines.get(i).startsWith("- Neutral:")) {
        firstOther = Math.min(firstOther, i);
      }
      if (lines.get(i).startsWith("- **Weakens:**")) {
        assertThat(i).isLessThan(firstOther);
      }
    }
    assertThat(lastWeakening).isGreaterThan(0);
  }

  @Test
  void eachWeakeningSaysWhatApprovingItMeans() throws Exception {
    String markdown = ChangeReport.markdown(acmeNotes());
    assertThat(markdown).contains("- **Weakens:** longer retention, `P1Y` → `until-account-deletion` (1 year → Until you"
        + " delete your account): data already stored will be kept longer.");
    assertThat(markdown).contains("- **Weakens:** shared with a new recipient, `postmark` (\"Postmark, our email delivery"
        + " service\"), a processor (acts only on the application's behalf) in US: users' data will leave the"
        + " application to it; users must be told.");
    assertThat(markdown).contains("- Removal: no longer used for `sync` (\"Sync\"): data kept only for it should be"
        + " deleted.");
  }

  @Test
  void userTextIsEscapedAndKeptOnOneLine() throws Exception {
    String markdown = ChangeReport.markdown(acmeNotes());
    assertThat(markdown).contains("\"The address \\<b\\>we\\</b\\> write to \\*you\\* \\& \\[others\\]\\(http://x\\).\"");
    assertThat(markdown).contains("\"Try a new order of search results.\"");
    assertThat(markdown).doesNotContain("<b>");
  }

  /** Whatever a user writes, the change stays one list item and reads back as written once unescaped. */
  @Property(tries = 200)
  void anyDescriptionStaysOneInertListItem(@ForAll String description) {
    Inventory approved = inventory().build();
    Inventory current = inventory().datum(d -> d.description = "x" + description).build();
    ChangeSet set = InventoryComparison.compare(approved, current);
    if (set.isEmpty()) {
      return;
    }
    String item = ChangeReport.markdown(set).lines().filter(l -> l.startsWith("- Neutral: description changed"))
        .findFirst().orElseThrow();
    String quoted = item.substring(item.indexOf("→ \"") + 3, item.lastIndexOf("\". Users will read"));
    assertThat(quoted.replaceAll("\\\\(.)", "$1")).isEqualTo(ChangeReport.flat("x" + description));
    assertThat(ChangeReport.markdown(set).lines().filter(l -> l.startsWith("- ")).count()).isEqualTo(1);
  }

  @Test
  void noChangesSaysSo() {
    ChangeSet none = InventoryComparison.compare(inventory().build(), inventory().build());
    assertThat(ChangeReport.markdown(none)).isEqualTo(
        "## Data-safety changes\n\nNo changes: the inventory is the approved baseline.\n");
    assertThat(ChangeReport.text(none)).contains("No changes");
  }

  @Test
  void textHasTheSameChangesWithoutMarkup() throws Exception {
    String text = ChangeReport.text(acmeNotes());
    assertThat(text).startsWith("Data-safety changes: 8 weaken data safety, 2 tighten it, 2 removals, 4 neutral\n\n"
        + "Datum com.acme.notes.Account#email (\"Email\")\n  weakens: longer retention, P1Y → until-account-deletion");
    assertThat(text).doesNotContain("`");
    assertThat(text).doesNotContain("**");
  }

  @Test
  void jsonListsEveryChangeWithItsEffect() throws Exception {
    ChangeSet set = acmeNotes();
    JsonNode json = new ObjectMapper().readTree(ChangeReport.json(set));
    assertThat(json.get("format").asText()).isEqualTo("datasafety-changes/1");
    assertThat(json.get("weakens").asBoolean()).isTrue();
    assertThat(json.get("counts").get("weakens").asInt()).isEqualTo(8);
    int changes = 0;
    for (JsonNode group : json.get("groups")) {
      changes += group.get("changes").size();
    }
    assertThat(changes).isEqualTo(set.changes().size());
    JsonNode first = json.get("groups").get(0).get("changes").get(0);
    assertThat(first.get("effect").asText()).isEqualTo("weakens");
    assertThat(first.get("fact").asText()).isEqualTo("retention");
    assertThat(first.get("before").asText()).isEqualTo("P1Y");
    assertThat(first.get("after").asText()).isEqualTo("until-account-deletion");
    assertThat(ChangeReport.json(set)).isEqualTo(ChangeReport.json(acmeNotes()));
    assertThat(ChangeReport.json(set)).doesNotContain("\r");
  }
}
