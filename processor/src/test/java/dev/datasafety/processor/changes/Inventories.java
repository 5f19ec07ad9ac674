package dev.datasafety.processor.changes;

import dev.datasafety.Choice;
import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.model.Retention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Small inventories for comparisons, changed one fact at a time. */
final class Inventories {
  private Inventories() {}

  /** A datum's facts, mutable so that a test changes exactly one. */
  static final class Datum {
    String id = "com.acme.Account#email";
    String name = "Email";
    String description = "The email address you sign in with.";
    DataKind kind = DataKind.ATTRIBUTE;
    DataForm form = DataForm.PSEUDONYMIZED;
    Optional<String> category = Optional.of("contact.email");
    List<String> purposes = new ArrayList<>(List.of("account"));
    List<String> recipients = new ArrayList<>(List.of("postmark"));
    String retention = "P30D";
    boolean serverVisible = false;
    boolean sensitive = false;
    List<String> reviews = new ArrayList<>(List.of("DSR-1"));
    String group = "Your account";

    DataItem item() {
      return new DataItem(id, name, description, kind, form, category, purposes, recipients,
          Retention.parse(retention).retention().orElseThrow(), serverVisible, sensitive, false, reviews,
          new DataItem.Source(id.substring(0, id.indexOf('#')), id.substring(id.indexOf('#') + 1), group));
    }
  }

  /** The whole inventory's facts, mutable likewise. */
  static final class Builder {
    Optional<String> application = Optional.of("Acme Notes");
    Optional<ControllerInfo> controller = Optional.of(new ControllerInfo("Acme Notes Ltd", "privacy@acme.example",
        Optional.empty(), Optional.of("https://acme.example/privacy"), Optional.empty(), Optional.empty(), true));
    List<PurposeInfo> purposes = new ArrayList<>(List.of(
        new PurposeInfo("account", "Account", "Sign you in.", "Your notes everywhere.", Choice.REQUIRED, false,
            PurposeCategory.ACCOUNT_MANAGEMENT, LegalBasis.CONTRACT, Optional.empty()),
        new PurposeInfo("sync", "Sync", "Sync your notes.", "Notes on all devices.", Choice.OPT_IN, false,
            PurposeCategory.APP_FUNCTIONALITY, LegalBasis.CONSENT, Optional.empty()),
        new PurposeInfo("trial", "Theme trial", "Try a new theme.", "A nicer app.", Choice.OPT_IN, true,
            PurposeCategory.ANALYTICS, LegalBasis.CONSENT, Optional.of(LocalDate.of(2027, 6, 30)))));
    List<RecipientInfo> recipients = new ArrayList<>(List.of(
        new RecipientInfo("postmark", "Postmark", RecipientRole.PROCESSOR, Optional.of("US"), List.of()),
        new RecipientInfo("adco", "AdCo", RecipientRole.PROCESSOR, Optional.of("US"), List.of("ads.adco.example"))));
    List<Datum> data = new ArrayList<>(List.of(new Datum()));

    Builder datum(Consumer<Datum> change) {
      change.accept(data.get(0));
      return this;
    }

    Builder purpose(String id, java.util.function.UnaryOperator<PurposeInfo> change) {
      purposes.replaceAll(p -> p.id().equals(id) ? change.apply(p) : p);
      return this;
    }

    Builder recipient(String id, java.util.function.UnaryOperator<RecipientInfo> change) {
      recipients.replaceAll(r -> r.id().equals(id) ? change.apply(r) : r);
      return this;
    }

    Inventory build() {
      return new Inventory(application, controller, purposes, recipients, data.stream().map(Datum::item).toList());
    }
  }

  static Builder inventory() {
    return new Builder();
  }

  static PurposeInfo withChoice(PurposeInfo p, Choice choice) {
    return new PurposeInfo(p.id(), p.title(), p.description(), p.userBenefit(), choice, p.experimental(), p.category(),
        p.legalBasis(), p.expires());
  }

  static PurposeInfo withExperimental(PurposeInfo p, boolean experimental) {
    return new PurposeInfo(p.id(), p.title(), p.description(), p.userBenefit(), p.choice(), experimental,
        p.category(), p.legalBasis(), p.expires());
  }

  static RecipientInfo withRole(RecipientInfo r, RecipientRole role) {
    return new RecipientInfo(r.id(), r.name(), role, r.country(), r.domains());
  }
}
