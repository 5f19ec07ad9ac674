package dev.datasafety.processor.validate;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * baseline-change: compared with the approved inventory, every change that weakens protection
 * fails on the member, naming the change. Removals and tightenings pass.
 */
public final class BaselineRule {
  private final Map<String, DataItem> approved;
  private final String baselineName;
  private final Supplier<String> candidate;

  /**
   * @param candidate where this build writes the inventory that would replace the baseline, named
   *     in every message so that approving a change is one copy
   */
  public BaselineRule(Inventory baseline, Path file, Supplier<String> candidate) {
    this.approved = baseline.data().stream().collect(Collectors.toMap(DataItem::id, Function.identity(), (a, b) -> a));
    this.baselineName = file.toString();
    this.candidate = candidate;
  }

  private void report(Reporter reporter, Position at, DatumDeclaration declared, String change) {
    String candidatePath = candidate.get();
    reporter.report(Message.BASELINE_CHANGE, at, declared.describe(), change, baselineName, candidatePath, candidatePath,
        baselineName);
  }

  public void check(DataItem current, DatumDeclaration declared, Reporter reporter) {
    DataItem before = approved.get(current.id());
    Position onMember = Position.of(declared.member(), declared.annotation());
    if (before == null) {
      report(reporter, onMember, declared, "it is a new datum");
      return;
    }
    List<String> newPurposes = new ArrayList<>(current.purposes());
    newPurposes.removeAll(before.purposes());
    if (!newPurposes.isEmpty()) {
      report(reporter, declared.purposes().where(), declared, "it has the new purpose(s) " + newPurposes);
    }
    if (current.retention().isLongerThan(before.retention())) {
      report(reporter, declared.retention().where(), declared,
          "its retention grew from \"" + before.retention().value() + "\" to \"" + current.retention().value() + "\"");
    }
    if (current.serverVisible() && !before.serverVisible()) {
      report(reporter, declared.serverVisible().where(), declared, "it became visible to the server (serverVisible false → true)");
    }
    if (current.kind() == DataKind.IDENTIFIER && before.kind() == DataKind.ATTRIBUTE) {
      report(reporter, declared.kind().where(), declared, "it became an identifier (kind ATTRIBUTE → IDENTIFIER)");
    }
    if (protection(current.form()) < protection(before.form())) {
      report(reporter, declared.form().where(), declared, "its form is less protective (" + before.form() + " → " + current.form() + ")");
    }
    if (current.sensitive() && !before.sensitive()) {
      report(reporter, declared.sensitive().where(), declared, "it became sensitive (sensitive false → true)");
    }
  }

  /** ANONYMIZED and AGGREGATED protect alike, then PSEUDONYMIZED, then RAW. */
  static int protection(DataForm form) {
    switch (form) {
      case ANONYMIZED:
      case AGGREGATED:
        return 2;
      case PSEUDONYMIZED:
        return 1;
      default:
        return 0;
    }
  }
}
