package dev.datasafety.processor.changes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The change report (SPEC §9) for the reviewer: a heading with the counts, then one group per
 * datum, purpose or recipient changed, those with a weakening change first, each change saying
 * what approving it means. As Markdown for a pull-request comment, as plain text for a terminal,
 * or as JSON for tools; every form deterministic, {@code \n} line ends.
 */
public final class ChangeReport {
  /** The JSON report's format id. */
  public static final String JSON_FORMAT = "datasafety-changes/1";

  private ChangeReport() {}

  public static String markdown(ChangeSet set) {
    Wording wording = new Wording(set, MARKDOWN);
    StringBuilder out = new StringBuilder();
    if (set.isEmpty()) {
      return "## Data-safety changes\n\nNo changes: the inventory is the approved baseline.\n";
    }
    out.append("## Data-safety changes: ").append(wording.counts()).append("\n\n");
    out.append(set.weakens()
        ? "Changes that weaken data safety need a data-safety review: approving them is approving what each says."
            + " The others only make the baseline out of date.\n"
        : "Nothing weakens data safety: these changes only make the baseline out of date.\n");
    for (ChangeSet.Group group : set.groups()) {
      out.append("\n### ").append(wording.heading(group)).append("\n\n");
      for (Change change : group.changes()) {
        String label = Wording.label(change.effect()) + ":";
        out.append("- ").append(change.weakens() ? "**" + label + "**" : label).append(' ')
            .append(wording.describe(change)).append('\n');
      }
    }
    return out.toString();
  }

  public static String text(ChangeSet set) {
    Wording wording = new Wording(set, TEXT);
    if (set.isEmpty()) {
      return "Data-safety changes: none. No changes: the inventory is the approved baseline.\n";
    }
    StringBuilder out = new StringBuilder("Data-safety changes: ").append(wording.counts()).append('\n');
    for (ChangeSet.Group group : set.groups()) {
      out.append('\n').append(wording.heading(group)).append('\n');
      for (Change change : group.changes()) {
        out.append("  ").append(change.effect().id()).append(": ").append(wording.describe(change)).append('\n');
      }
    }
    return out.toString();
  }

  /** Every change with its effect, fact, values and the text report's sentence. */
  public static String json(ChangeSet set) {
    Wording wording = new Wording(set, TEXT);
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      g.writeStringField("format", JSON_FORMAT);
      g.writeBooleanField("weakens", set.weakens());
      g.writeObjectFieldStart("counts");
      for (Map.Entry<Effect, Integer> count : set.counts().entrySet()) {
        g.writeNumberField(count.getKey().id(), count.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("groups");
      for (ChangeSet.Group group : set.groups()) {
        g.writeStartObject();
        g.writeStringField("subject", group.subject().id());
        g.writeStringField("id", group.id());
        g.writeStringField("heading", wording.heading(group));
        g.writeArrayFieldStart("changes");
        for (Change change : group.changes()) {
          g.writeStartObject();
          g.writeStringField("effect", change.effect().id());
          g.writeStringField("fact", change.fact().key());
          g.writeStringField("change", change.kind());
          if (!change.item().isEmpty()) {
            g.writeStringField("item", change.item());
          }
          nullable(g, "before", change.before());
          nullable(g, "after", change.after());
          g.writeStringField("summary", wording.describe(change));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible); // a StringWriter does not fail
    }
    return out.toString().replace("\r\n", "\n") + "\n";
  }

  private static void nullable(JsonGenerator g, String field, String value) throws IOException {
    if (value.isEmpty()) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  private static final Wording.Style MARKDOWN = new Wording.Style() {
    @Override
    public String code(String id) {
      String flat = flat(id);
      return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
    }

    @Override
    public String quote(String text) {
      return "\"" + escapeMarkdown(flat(text)) + "\"";
    }
  };

  private static final Wording.Style TEXT = new Wording.Style() {
    @Override
    public String code(String id) {
      return flat(id);
    }

    @Override
    public String quote(String text) {
      return "\"" + flat(text) + "\"";
    }
  };

  /** One line: every line or paragraph break a user wrote becomes a space, so a text cannot end a list item. */
  static String flat(String text) {
    return text.replaceAll("\\R", " ").replace('\u2028', ' ').replace('\u2029', ' ');
  }

  /**
   * User-written text made inert in GitHub- and GitLab-flavoured Markdown: the punctuation that
   * starts emphasis, code, links, images, HTML, entities, tables and strike-through is escaped
   * with a backslash, which CommonMark allows before any ASCII punctuation.
   */
  static String escapeMarkdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>&~|#!()\"".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The name {@code diff --format} takes for each form. */
  public enum Form {
    MARKDOWN,
    TEXT,
    JSON;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public String render(ChangeSet set) {
      switch (this) {
        case MARKDOWN:
          return markdown(set);
        case TEXT:
          return text(set);
        default:
          return json(set);
      }
    }
  }
}
