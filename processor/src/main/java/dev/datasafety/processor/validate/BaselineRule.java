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
import java.util.stream.Collectors;

/**
 * baseline-change: compared with the approved inventory, every change that weakens protection
 * fails on the member, naming the change. Removals and tightenings pass.
 */
public final class BaselineRule {
  private final Map<String, DataItem> approved;
  private final String baselineName;

  public BaselineRule(Inventory baseline, Path file) {
    this.approved = baseline.data().stream().collect(Collectors.toMap(DataItem::id, Function.identity(), (a, b) -> a));
    this.baselineName = file.toString();
  }

  public void check(DataItem current, DatumDeclaration declared, Reporter reporter) {
    DataItem before = approved.get(current.id());
    Position onMember = Position.of(declared.member(), declared.annotation());
    if (before == null) {
      reporter.report(Message.BASELINE_CHANGE, onMember, declared.describe(), "it is a new datum", baselineName);
      return;
    }
    List<String> newPurposes = new ArrayList<>(current.purposes());
    newPurposes.removeAll(before.purposes());
    if (!newPurposes.isEmpty()) {
      reporter.report(Message.BASELINE_CHANGE, declared.purposes().where(), declared.describe(),
          "it has the new purpose(s) " + newPurposes, baselineName);
    }
    if (current.retention().isLongerThan(before.retention())) {
      reporter.report(Message.BASELINE_CHANGE, declared.retention().where(), declared.describe(),
          "its retention grew from \"" + before.retention().value() + "\" to \"" + current.retention().value() + "\"",
          baselineName);
    }
    if (current.serverVisible() && !before.serverVisible()) {
      reporter.report(Message.BASELINE_CHANGE, declared.serverVisible().where(), declared.describe(),
          "it became visible to the server (serverVisible false → true)", baselineName);
    }
    if (current.kind() == DataKind.IDENTIFIER && before.kind() == DataKind.ATTRIBUTE) {
      reporter.report(Message.BASELINE_CHANGE, declared.kind().where(), declared.describe(),
          "it became an identifier (kind ATTRIBUTE → IDENTIFIER)", baselineName);
    }
    if (protection(current.form()) < protection(before.form())) {
      reporter.report(Message.BASELINE_CHANGE, declared.form().where(), declared.describe(),
          "its form is less protective (" + before.form() + " → " + current.form() + ")", baselineName);
    }
    if (current.sensitive() && !before.sensitive()) {
      reporter.report(Message.BASELINE_CHANGE, declared.sensitive().where(), declared.describe(),
          "it became sensitive (sensitive false → true)", baselineName);
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
