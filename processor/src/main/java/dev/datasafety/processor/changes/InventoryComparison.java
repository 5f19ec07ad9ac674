package dev.datasafety.processor.changes;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.changes.Change.Subject;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every difference between an approved inventory and a new one, each with its {@link Effect}: the
 * one definition of what weakens data safety, used by the build's baseline check, the change
 * report and the command line's {@code diff}. A version 1 inventory holds no categories,
 * recipients or controller: a fact it cannot hold is declared, not changed, in the new one.
 */
public final class InventoryComparison {
  private InventoryComparison() {}

  public static ChangeSet compare(Inventory approved, Inventory current) {
    List<Change> changes = new ArrayList<>();
    Declared before = Declared.of(approved);
    Declared now = Declared.of(current);
    Map<String, DataItem> approvedData = byId(approved.data(), DataItem::id);
    Map<String, DataItem> currentData = byId(current.data(), DataItem::id);
    for (DataItem datum : current.data()) {
      changes.addAll(datum(Optional.ofNullable(approvedData.get(datum.id())), datum, before, now));
    }
    for (DataItem datum : approved.data()) {
      if (!currentData.containsKey(datum.id())) {
        changes.add(new Change(Subject.DATUM, datum.id(), Fact.DATUM, Effect.REMOVES, "", datum.name(), ""));
      }
    }
    compareAll(approved.purposes(), current.purposes(), PurposeInfo::id, PurposeInfo::title, Subject.PURPOSE,
        Fact.PURPOSE, InventoryComparison::purpose, changes);
    compareAll(approved.recipients(), current.recipients(), RecipientInfo::id, RecipientInfo::name,
        Subject.RECIPIENT, Fact.RECIPIENT, InventoryComparison::recipient, changes);
    application(approved, current, changes);
    return new ChangeSet(approved, current, changes);
  }

  /**
   * The changes of one datum: {@code approved} empty for a new datum (one change, it is new);
   * purposes and recipients of the datum looked up on each side for the changes of a purpose it
   * keeps (less of a choice, no longer an experiment) or a recipient it keeps (now a third party).
   */
  public static List<Change> datum(Optional<DataItem> approved, DataItem current, Declared before, Declared now) {
    Changes changes = new Changes(Subject.DATUM, current.id());
    if (approved.isEmpty()) {
      changes.add(Fact.DATUM, Effect.WEAKENS, "", "", current.name());
      return changes.list;
    }
    DataItem old = approved.get();
    changes.compareEntries(Fact.PURPOSES, old.purposes(), current.purposes(), Effect.WEAKENS);
    for (String kept : current.purposes()) {
      Optional<PurposeInfo> was = old.purposes().contains(kept) ? before.purpose().apply(kept) : Optional.empty();
      Optional<PurposeInfo> is = now.purpose().apply(kept);
      if (was.isPresent() && is.isPresent()) {
        changes.compare(Fact.PURPOSE_CHOICE, kept, was.get().choice(), is.get().choice(),
            Effect.ofProtection(protection(was.get().choice()), protection(is.get().choice())));
        changes.compare(Fact.PURPOSE_EXPERIMENTAL, kept, was.get().experimental(), is.get().experimental(),
            experimentEffect(was.get().experimental(), is.get().experimental()));
      }
    }
    Effect retention = current.retention().isLongerThan(old.retention()) ? Effect.WEAKENS
        : old.retention().isLongerThan(current.retention()) ? Effect.TIGHTENS : Effect.NEUTRAL;
    changes.compare(Fact.RETENTION, "", old.retention().value(), current.retention().value(), retention);
    changes.compare(Fact.SERVER_VISIBLE, "", old.serverVisible(), current.serverVisible(),
        Effect.ofProtection(old.serverVisible() ? 0 : 1, current.serverVisible() ? 0 : 1));
    changes.compare(Fact.KIND, "", old.kind(), current.kind(),
        Effect.ofProtection(old.kind() == DataKind.IDENTIFIER ? 0 : 1, current.kind() == DataKind.IDENTIFIER ? 0 : 1));
    changes.compare(Fact.FORM, "", old.form(), current.form(),
        Effect.ofProtection(protection(old.form()), protection(current.form())));
    changes.compare(Fact.SENSITIVE, "", old.sensitive(), current.sensitive(),
        Effect.ofProtection(old.sensitive() ? 0 : 1, current.sensitive() ? 0 : 1));
    // Any category the reviewer approved is what store forms say; a first category only adds a fact.
    changes.compare(Fact.CATEGORY, "", old.category().orElse(""), current.category().orElse(""),
        old.category().isPresent() ? Effect.WEAKENS : Effect.NEUTRAL);
    changes.compareEntries(Fact.RECIPIENTS, old.recipients(), current.recipients(), Effect.WEAKENS);
    for (String kept : current.recipients()) {
      Optional<RecipientInfo> was = old.recipients().contains(kept) ? before.recipient().apply(kept) : Optional.empty();
      Optional<RecipientInfo> is = now.recipient().apply(kept);
      if (was.isPresent() && is.isPresent()) {
        changes.compare(Fact.RECIPIENT_ROLE, kept, was.get().role(), is.get().role(),
            roleEffect(was.get().role(), is.get().role()));
      }
    }
    changes.compare(Fact.NAME, "", old.name(), current.name(), Effect.NEUTRAL);
    changes.compare(Fact.DESCRIPTION, "", old.description(), current.description(), Effect.NEUTRAL);
    changes.compare(Fact.GROUP, "", old.source().group(), current.source().group(), Effect.NEUTRAL);
    changes.compare(Fact.REVIEWS, "", String.join(", ", old.reviews()), String.join(", ", current.reviews()),
        Effect.NEUTRAL);
    return changes.list;
  }

  private static List<Change> purpose(PurposeInfo old, PurposeInfo current) {
    Changes changes = new Changes(Subject.PURPOSE, current.id());
    changes.compare(Fact.CHOICE, "", old.choice(), current.choice(),
        Effect.ofProtection(protection(old.choice()), protection(current.choice())));
    changes.compare(Fact.EXPERIMENTAL, "", old.experimental(), current.experimental(),
        experimentEffect(old.experimental(), current.experimental()));
    changes.compare(Fact.TITLE, "", old.title(), current.title(), Effect.NEUTRAL);
    changes.compare(Fact.PURPOSE_DESCRIPTION, "", old.description(), current.description(), Effect.NEUTRAL);
    changes.compare(Fact.USER_BENEFIT, "", old.userBenefit(), current.userBenefit(), Effect.NEUTRAL);
    changes.compare(Fact.PURPOSE_CATEGORY, "", declared(old.category()), declared(current.category()), Effect.NEUTRAL);
    changes.compare(Fact.LEGAL_BASIS, "", declared(old.legalBasis()), declared(current.legalBasis()), Effect.NEUTRAL);
    changes.compare(Fact.EXPIRES, "", old.expires().map(Object::toString).orElse(""),
        current.expires().map(Object::toString).orElse(""), Effect.NEUTRAL);
    return changes.list;
  }

  private static List<Change> recipient(RecipientInfo old, RecipientInfo current) {
    Changes changes = new Changes(Subject.RECIPIENT, current.id());
    changes.compare(Fact.ROLE, "", old.role(), current.role(), roleEffect(old.role(), current.role()));
    changes.compare(Fact.RECIPIENT_NAME, "", old.name(), current.name(), Effect.NEUTRAL);
    changes.compare(Fact.COUNTRY, "", old.country().orElse(""), current.country().orElse(""), Effect.NEUTRAL);
    changes.compareEntries(Fact.DOMAINS, old.domains(), current.domains(), Effect.NEUTRAL);
    return changes.list;
  }

  private static void application(Inventory approved, Inventory current, List<Change> into) {
    Changes changes = new Changes(Subject.APPLICATION, "");
    changes.compare(Fact.APPLICATION_NAME, "", approved.application().orElse(""), current.application().orElse(""),
        Effect.NEUTRAL);
    Optional<ControllerInfo> old = approved.controller();
    Optional<ControllerInfo> now = current.controller();
    if (old.isEmpty() && now.isPresent()) {
      changes.add(Fact.CONTROLLER, Effect.NEUTRAL, "", "", now.get().name());
    } else if (old.isPresent() && now.isEmpty()) {
      changes.add(Fact.CONTROLLER, Effect.REMOVES, "", old.get().name(), "");
    } else if (old.isPresent()) {
      ControllerInfo was = old.get();
      ControllerInfo is = now.get();
      changes.compare(Fact.CONTROLLER_NAME, "", was.name(), is.name(), Effect.NEUTRAL);
      changes.compare(Fact.CONTACT, "", was.contact(), is.contact(), Effect.NEUTRAL);
      changes.compare(Fact.DPO, "", was.dpo().orElse(""), is.dpo().orElse(""), Effect.NEUTRAL);
      changes.compare(Fact.PRIVACY_POLICY_URL, "", was.privacyPolicyUrl().orElse(""),
          is.privacyPolicyUrl().orElse(""), Effect.NEUTRAL);
      changes.compare(Fact.ACCOUNT_DELETION_URL, "", was.accountDeletionUrl().orElse(""),
          is.accountDeletionUrl().orElse(""), Effect.NEUTRAL);
      changes.compare(Fact.DATA_DELETION_URL, "", was.dataDeletionUrl().orElse(""), is.dataDeletionUrl().orElse(""),
          Effect.NEUTRAL);
      // Not a baseline-change of the build (SPEC §6 lists data-level changes), but data sent in the
      // clear is less protected: the reviewer sees it first and diff exits 1.
      changes.compare(Fact.ENCRYPTED_IN_TRANSIT, "", was.encryptedInTransit(), is.encryptedInTransit(),
          Effect.ofProtection(was.encryptedInTransit() ? 1 : 0, is.encryptedInTransit() ? 1 : 0));
    }
    into.addAll(changes.list);
  }

  /** Added (neutral: what uses it is a change of the data), removed, or each fact of the two compared. */
  private static <T> void compareAll(List<T> approved, List<T> current, Function<T, String> id,
      Function<T, String> name, Subject subject, Fact declared, BiFunction<T, T, List<Change>> facts,
      List<Change> into) {
    Map<String, T> before = byId(approved, id);
    Map<String, T> now = byId(current, id);
    for (T item : current) {
      T old = before.get(id.apply(item));
      if (old == null) {
        into.add(new Change(subject, id.apply(item), declared, Effect.NEUTRAL, "", "", name.apply(item)));
      } else {
        into.addAll(facts.apply(old, item));
      }
    }
    for (T item : approved) {
      if (!now.containsKey(id.apply(item))) {
        into.add(new Change(subject, id.apply(item), declared, Effect.REMOVES, "", name.apply(item), ""));
      }
    }
  }

  /** An experiment becoming a product weakens (users must be told and asked); the reverse adds the experiment rules. */
  private static Effect experimentEffect(boolean before, boolean after) {
    return before && !after ? Effect.WEAKENS : Effect.TIGHTENS;
  }

  private static Effect roleEffect(RecipientRole before, RecipientRole after) {
    return Effect.ofProtection(before == RecipientRole.THIRD_PARTY ? 0 : 1, after == RecipientRole.THIRD_PARTY ? 0 : 1);
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
  static int protection(Choice choice) {
    switch (choice) {
      case OPT_IN:
        return 2;
      case OPT_OUT:
        return 1;
      default:
        return 0;
    }
  }

  /** An undeclared purpose category or legal basis is no value (what a version 1 inventory holds). */
  private static String declared(Enum<?> value) {
    return value == PurposeCategory.UNSPECIFIED || value == LegalBasis.UNSPECIFIED ? "" : value.name();
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
  }

  /** The changes of one subject, collected in fact order. */
  private static final class Changes {
    private final Subject subject;
    private final String id;
    private final List<Change> list = new ArrayList<>();

    Changes(Subject subject, String id) {
      this.subject = subject;
      this.id = id;
    }

    void add(Fact fact, Effect effect, String item, String before, String after) {
      list.add(new Change(subject, id, fact, effect, item, before, after));
    }

    /** Each entry of a list added (with the effect given) or removed (a removal), in list order. */
    void compareEntries(Fact fact, List<String> before, List<String> after, Effect added) {
      for (String entry : after) {
        if (!before.contains(entry)) {
          add(fact, added, entry, "", entry);
        }
      }
      for (String entry : before) {
        if (!after.contains(entry)) {
          add(fact, Effect.REMOVES, entry, entry, "");
        }
      }
    }

    /** A change when the two values differ; enum constants as written in source. */
    void compare(Fact fact, String item, Object before, Object after, Effect effect) {
      if (!Objects.equals(before, after)) {
        add(fact, effect, item, String.valueOf(before), String.valueOf(after));
      }
    }
  }
}
