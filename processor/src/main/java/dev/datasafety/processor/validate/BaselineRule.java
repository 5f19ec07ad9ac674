package dev.datasafety.processor.validate;

import dev.datasafety.processor.changes.Change;
import dev.datasafety.processor.changes.Declared;
import dev.datasafety.processor.changes.Fact;
import dev.datasafety.processor.changes.InventoryComparison;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Declaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * baseline-change: compared with the approved inventory, every change that weakens protection
 * fails on the member, on the annotation value that changed, naming the change. What weakens is
 * decided by {@link InventoryComparison}, which the change report uses too; removals and
 * tightenings pass. A version 1 baseline has no categories and no recipients: what it cannot say
 * is not a change.
 */
public final class BaselineRule {
  private final Map<String, DataItem> approved;
  private final Declared approvedDeclarations;
  private final String baselineName;
  private final Supplier<String> candidate;

  /**
   * @param candidate where this build writes the inventory that would replace the baseline, named
   *     in every message so that approving a change is one copy
   */
  public BaselineRule(Inventory baseline, Path file, Supplier<String> candidate) {
    this.approved = baseline.data().stream()
        .collect(Collectors.toMap(DataItem::id, Function.identity(), (first, second) -> first));
    this.approvedDeclarations = Declared.of(baseline);
    this.baselineName = file.toString();
    this.candidate = candidate;
  }

  public void check(DataItem current, DatumDeclaration declared, Catalog catalog, Reporter reporter) {
    Declared checked = new Declared(id -> catalog.purposes().find(id).map(Declaration::info),
        id -> catalog.recipients().find(id).map(Declaration::info));
    List<Change> weakening = InventoryComparison.datum(Optional.ofNullable(approved.get(current.id())), current,
            approvedDeclarations, checked).stream()
        .filter(Change::weakens)
        .toList();
    List<String> newPurposes = weakening.stream().filter(c -> c.fact() == Fact.PURPOSES).map(Change::item).toList();
    if (!newPurposes.isEmpty()) {
      report(reporter, declared.purposes().where(), declared, "it has the new purpose(s) " + newPurposes);
    }
    for (Change change : weakening) {
      switch (change.fact()) {
        case DATUM:
          report(reporter, Position.of(declared.member(), declared.annotation()), declared, "it is a new datum");
          break;
        case PURPOSE_CHOICE:
          report(reporter, entry(declared.purposes(), change.item()), declared, "its purpose '" + change.item()
              + "' is less of a choice (" + change.before() + " → " + change.after() + ")");
          break;
        case PURPOSE_EXPERIMENTAL:
          report(reporter, entry(declared.purposes(), change.item()), declared, "its purpose '" + change.item()
              + "' is no longer an experiment (experimental true → false): users who joined an experiment must be"
              + " told and asked again");
          break;
        case RETENTION:
          report(reporter, declared.retention().where(), declared,
              "its retention grew from \"" + change.before() + "\" to \"" + change.after() + "\"");
          break;
        case SERVER_VISIBLE:
          report(reporter, declared.serverVisible().where(), declared,
              "it became visible to the server (serverVisible false → true)");
          break;
        case KIND:
          report(reporter, declared.kind().where(), declared, "it became an identifier (kind ATTRIBUTE → IDENTIFIER)");
          break;
        case FORM:
          report(reporter, declared.form().where(), declared,
              "its form is less protective (" + change.before() + " → " + change.after() + ")");
          break;
        case SENSITIVE:
          report(reporter, declared.sensitive().where(), declared, "it became sensitive (sensitive false → true)");
          break;
        case CATEGORY:
          report(reporter, declared.category().where(), declared, "its category changed from \"" + change.before()
              + "\" to " + (change.after().isEmpty() ? "none" : "\"" + change.after() + "\""));
          break;
        case RECIPIENTS:
          report(reporter, entry(declared.recipients(), change.item()), declared,
              "it is shared with the new recipient '" + change.item() + "'");
          break;
        case RECIPIENT_ROLE:
          report(reporter, entry(declared.recipients(), change.item()), declared, "its recipient '" + change.item()
              + "' now uses it for its own purposes (role PROCESSOR → THIRD_PARTY)");
          break;
        default:
          break; // new purposes: one message for all of them, above
      }
    }
  }

  /** The array entry that names the id, else the element (an id inherited from an enclosing type). */
  private static Position entry(Resolved<List<Resolved<String>>> values, String id) {
    return values.value().stream()
        .filter(v -> id.equals(v.value()))
        .map(Resolved::where)
        .findFirst()
        .orElse(values.where());
  }

  private void report(Reporter reporter, Position at, DatumDeclaration declared, String change) {
    String candidatePath = candidate.get();
    reporter.report(Message.BASELINE_CHANGE, at, declared.describe(), change, baselineName, candidatePath, candidatePath,
        baselineName);
  }
}
