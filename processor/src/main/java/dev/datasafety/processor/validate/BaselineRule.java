package dev.datasafety.processor.validate;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Declaration;
import dev.datasafety.processor.collect.Resolved;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * baseline-change: compared with the approved inventory, every change that weakens protection
 * fails on the member, naming the change. Removals and tightenings pass. A version 1 baseline has
 * no categories and no recipients: what it cannot say is not a change.
 */
public final class BaselineRule {
  private final Map<String, DataItem> approved;
  private final Map<String, PurposeInfo> approvedPurposes;
  private final Map<String, RecipientInfo> approvedRecipients;
  private final String baselineName;
  private final Supplier<String> candidate;

  /**
   * @param candidate where this build writes the inventory that would replace the baseline, named
   *     in every message so that approving a change is one copy
   */
  public BaselineRule(Inventory baseline, Path file, Supplier<String> candidate) {
    this.approved = byId(baseline.data(), DataItem::id);
    this.approvedPurposes = byId(baseline.purposes(), PurposeInfo::id);
    this.approvedRecipients = byId(baseline.recipients(), RecipientInfo::id);
    this.baselineName = file.toString();
    this.candidate = candidate;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
  }

  public void check(DataItem current, DatumDeclaration declared, Catalog catalog, Reporter reporter) {
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
    for (Resolved<String> purpose : declared.purposes().value()) {
      if (before.purposes().contains(purpose.value())) {
        checkPurpose(purpose, declared, catalog, reporter);
      }
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
    if (before.category().isPresent() && !before.category().equals(current.category())) {
      report(reporter, declared.category().where(), declared, "its category changed from \""
          + before.category().get() + "\" to " + current.category().map(c -> "\"" + c + "\"").orElse("none"));
    }
    for (Resolved<String> recipient : declared.recipients().value()) {
      if (!before.recipients().contains(recipient.value())) {
        report(reporter, recipient.where(), declared, "it is shared with the new recipient '" + recipient.value() + "'");
      } else if (becameThirdParty(recipient.value(), catalog)) {
        report(reporter, recipient.where(), declared, "its recipient '" + recipient.value()
            + "' now uses it for its own purposes (role PROCESSOR → THIRD_PARTY)");
      }
    }
  }

  /** A purpose the datum already had: less of a choice, or an experiment turned into a product. */
  private void checkPurpose(Resolved<String> purpose, DatumDeclaration declared, Catalog catalog, Reporter reporter) {
    PurposeInfo before = approvedPurposes.get(purpose.value());
    Optional<PurposeInfo> now = catalog.purposes().find(purpose.value()).map(Declaration::info);
    if (before == null || now.isEmpty()) {
      return;
    }
    if (choice(now.get().choice()) < choice(before.choice())) {
      report(reporter, purpose.where(), declared, "its purpose '" + purpose.value() + "' is less of a choice ("
          + before.choice() + " → " + now.get().choice() + ")");
    }
    if (before.experimental() && !now.get().experimental()) {
      report(reporter, purpose.where(), declared, "its purpose '" + purpose.value() + "' is no longer an"
          + " experiment (experimental true → false): users who joined an experiment must be told and asked again");
    }
  }

  private boolean becameThirdParty(String recipientId, Catalog catalog) {
    RecipientInfo before = approvedRecipients.get(recipientId);
    return before != null && before.role() == RecipientRole.PROCESSOR && catalog.recipients().find(recipientId)
        .map(r -> r.info().role() == RecipientRole.THIRD_PARTY)
        .orElse(false);
  }

  private void report(Reporter reporter, Position at, DatumDeclaration declared, String change) {
    String candidatePath = candidate.get();
    reporter.report(Message.BASELINE_CHANGE, at, declared.describe(), change, baselineName, candidatePath, candidatePath,
        baselineName);
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

  /** OPT_IN leaves the user the most choice, then OPT_OUT, then REQUIRED. */
  static int choice(Choice choice) {
    switch (choice) {
      case OPT_IN:
        return 2;
      case OPT_OUT:
        return 1;
      default:
        return 0;
    }
  }
}
