package dev.datasafety.processor.changes;

import dev.datasafety.Choice;
import dev.datasafety.RecipientRole;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.model.Retention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each change says in the report: what changed and, for a weakening, what approving it means.
 * One text for every output; the {@link Style} only decides how ids and quoted texts are marked.
 */
final class Wording {

  /** How a report marks an id and a user-written text. */
  interface Style {
    String code(String id);

    String quote(String text);
  }

  private final ChangeSet set;
  private final Style style;
  private final Map<String, DataItem> data;
  private final Map<String, PurposeInfo> purposes;
  private final Map<String, RecipientInfo> recipients;

  Wording(ChangeSet set, Style style) {
    this.set = set;
    this.style = style;
    this.data = byId(set.approved().data(), set.current().data(), DataItem::id);
    this.purposes = byId(set.approved().purposes(), set.current().purposes(), PurposeInfo::id);
    this.recipients = byId(set.approved().recipients(), set.current().recipients(), RecipientInfo::id);
  }

  /** The heading of a group: what it is about and its user-facing name. */
  String heading(ChangeSet.Group group) {
    switch (group.subject()) {
      case DATUM:
        return "Datum " + style.code(group.id()) + name(datum(group.id()).map(DataItem::name));
      case PURPOSE:
        return "Purpose " + style.code(group.id()) + name(purpose(group.id()).map(PurposeInfo::title));
      case RECIPIENT:
        return "Recipient " + style.code(group.id()) + name(recipient(group.id()).map(RecipientInfo::name));
      default:
        return "The application" + name(set.current().application().or(() -> set.approved().application()));
    }
  }

  /** "2 weaken data safety, 1 tightens it, 1 removal, 3 neutral"; every effect, in report order. */
  String counts() {
    int weakens = set.counts().get(Effect.WEAKENS);
    int tightens = set.counts().get(Effect.TIGHTENS);
    int removes = set.counts().get(Effect.REMOVES);
    return weakens + (weakens == 1 ? " weakens" : " weaken") + " data safety, "
        + tightens + (tightens == 1 ? " tightens" : " tighten") + " it, "
        + removes + (removes == 1 ? " removal, " : " removals, ")
        + set.counts().get(Effect.NEUTRAL) + " neutral";
  }

  /** How the report labels an effect. */
  static String label(Effect effect) {
    switch (effect) {
      case WEAKENS:
        return "Weakens";
      case TIGHTENS:
        return "Tightens";
      case REMOVES:
        return "Removal";
      default:
        return "Neutral";
    }
  }

  /** The sentence of one change, ending with a full stop. */
  String describe(Change c) {
    String element = c.fact().key().substring(c.fact().key().lastIndexOf('.') + 1);
    String transition = " (" + element + " " + c.before() + " → " + c.after() + ")";
    switch (c.fact()) {
      case DATUM:
        return c.effect() == Effect.WEAKENS ? newDatum(c.id())
            : "no longer declared: the application stops collecting it; data already stored must still be deleted"
                + " as the approved declaration says.";
      case PURPOSES:
        return c.effect() == Effect.WEAKENS ? newPurpose(c.item())
            : "no longer used for " + purposeName(c.item()) + ": data kept only for it should be deleted.";
      case PURPOSE_CHOICE:
        return "its purpose " + purposeName(c.item()) + choice(c) + transition + ": " + choiceMeaning(c);
      case PURPOSE_EXPERIMENTAL:
        return "its purpose " + purposeName(c.item()) + experiment(c) + transition + ": " + experimentMeaning(c);
      case RETENTION:
        return retention(c);
      case SERVER_VISIBLE:
        return c.effect() == Effect.WEAKENS
            ? "visible to the server" + transition + ": the server will be able to read it in clear."
            : "no longer visible to the server" + transition + ": only the user's device (or end-to-end encryption)"
                + " will see it in clear.";
      case KIND:
        return c.effect() == Effect.WEAKENS
            ? "becomes an identifier" + transition + ": it will single out a person."
            : "no longer an identifier" + transition + ": it will no longer single out a person.";
      case FORM:
        if (c.effect() == Effect.NEUTRAL) {
          return "form changed, as protective as before" + transition + ".";
        }
        return c.effect() == Effect.WEAKENS
            ? "less protective form" + transition + ": what is stored will tell more about each person."
            : "more protective form" + transition + ": what is stored will tell less about each person.";
      case SENSITIVE:
        return c.effect() == Effect.WEAKENS
            ? "becomes special-category data" + transition + ": it needs the protection special categories of data"
                + " require (GDPR Art. 9)."
            : "no longer special-category data" + transition + ".";
      case CATEGORY:
        if (c.effect() == Effect.NEUTRAL) {
          return "category declared: " + style.code(c.after()) + ".";
        }
        return c.after().isEmpty()
            ? "category removed (was " + style.code(c.before()) + "): exports will no longer say what kind of data"
                + " it is."
            : "category changed, " + style.code(c.before()) + " → " + style.code(c.after())
                + ": store forms and records of processing will declare it as another kind of data.";
      case RECIPIENTS:
        return c.effect() == Effect.WEAKENS ? newRecipient(c.item())
            : "no longer shared with " + recipientName(c.item()) + ".";
      case RECIPIENT_ROLE:
        return c.effect() == Effect.WEAKENS
            ? "its recipient " + recipientName(c.item()) + " will use it for its own purposes" + transition
                + ": this is sharing with a third party; users must be told, and the datum needs a review."
            : "its recipient " + recipientName(c.item()) + " will act only on the application's behalf" + transition
                + ".";
      case NAME:
        return textChange("name", c);
      case DESCRIPTION:
        return textChange("description", c) + " Users will read the new text.";
      case GROUP:
        return textChange("group", c);
      case REVIEWS:
        return valueChange("reviews", c);
      case PURPOSE:
        return c.effect() == Effect.REMOVES ? "no longer declared."
            : "declared" + purpose(c.id()).map(p -> ": used for " + style.quote(p.description()) + " ("
                + p.choice() + ")").orElse("") + ". The data that use it are listed with their own changes.";
      case CHOICE:
        return choice(c).replace(" is ", "").strip() + transition + ": " + choiceMeaning(c);
      case EXPERIMENTAL:
        return experiment(c).replace(" is ", "").strip() + transition + ": " + experimentMeaning(c);
      case TITLE:
        return textChange("title", c);
      case PURPOSE_DESCRIPTION:
        return textChange("description", c) + " Users will be told the data is used for what the new text says.";
      case USER_BENEFIT:
        return textChange("user benefit", c);
      case PURPOSE_CATEGORY:
        return valueChange("category", c);
      case LEGAL_BASIS:
        return valueChange("legal basis", c);
      case EXPIRES:
        return valueChange("end date (expires)", c);
      case RECIPIENT:
        return c.effect() == Effect.REMOVES ? "no longer declared."
            : "declared" + recipient(c.id()).map(r -> ": " + style.quote(r.name()) + ", " + role(r)).orElse("")
                + ". The data shared with it are listed with their own changes.";
      case ROLE:
        return c.effect() == Effect.WEAKENS
            ? "now a third party" + transition + ": it will use the data it receives for its own purposes."
            : "now a processor" + transition + ": it will act only on the application's behalf.";
      case RECIPIENT_NAME:
        return textChange("name", c);
      case COUNTRY:
        return valueChange("country", c);
      case DOMAINS:
        return c.effect() == Effect.REMOVES ? "no longer receives data on " + style.code(c.before()) + "."
            : "receives data on a new domain, " + style.code(c.after()) + ".";
      case APPLICATION_NAME:
        return textChange("application name", c);
      case CONTROLLER:
        return c.effect() == Effect.REMOVES ? "no controller declared any more (was " + style.quote(c.before()) + ")."
            : "controller declared: " + style.quote(c.after()) + ".";
      case CONTROLLER_NAME:
        return textChange("controller name", c);
      case CONTACT:
        return textChange("controller contact", c);
      case DPO:
        return textChange("data protection officer", c);
      case PRIVACY_POLICY_URL:
        return textChange("privacy policy URL", c);
      case ACCOUNT_DELETION_URL:
        return textChange("account deletion URL", c);
      case DATA_DELETION_URL:
        return textChange("data deletion URL", c);
      case ENCRYPTED_IN_TRANSIT:
        return "encrypted in transit" + transition + (c.effect() == Effect.WEAKENS
            ? ": users' data will travel over the network unencrypted; the store forms say so once approved." : ".");
      default:
        throw new IllegalArgumentException(c.fact().toString());
    }
  }

  private String newDatum(String id) {
    Optional<DataItem> datum = datum(id);
    if (datum.isEmpty()) {
      return "a new datum: users' data of this kind will be collected; users must be told.";
    }
    DataItem d = datum.get();
    return "a new datum: users' data of this kind will be collected for " + purposeList(d.purposes())
        + " and kept " + retentionWords(d.retention().value()) + (d.serverVisible() ? ", visible to the server" : "")
        + "; users must be told.";
  }

  private String newPurpose(String id) {
    Optional<PurposeInfo> purpose = purpose(id);
    String use = purpose.map(p -> "users' data will be used for " + style.quote(p.description())).orElse("users' data"
        + " will be used for it");
    String ask = purpose.map(PurposeInfo::choice).map(choice -> choice == Choice.OPT_IN ? ", and asked first (OPT_IN)"
        : choice == Choice.OPT_OUT ? ", and be able to refuse (OPT_OUT)" : "").orElse("");
    return "a new purpose, " + purposeName(id) + ": " + use + "; users must be told" + ask + ".";
  }

  private String newRecipient(String id) {
    return "shared with a new recipient, " + recipientName(id)
        + recipient(id).map(r -> ", " + role(r)).orElse("") + ": users' data will leave the application to it;"
        + " users must be told.";
  }

  private String retention(Change c) {
    String values = style.code(c.before()) + " → " + style.code(c.after()) + " (" + retentionText(c.before()) + " → "
        + retentionText(c.after()) + ")";
    switch (c.effect()) {
      case WEAKENS:
        return "longer retention, " + values + ": data already stored will be kept longer.";
      case TIGHTENS:
        return "shorter retention, " + values + ": data older than the new limit must be deleted.";
      default:
        return "retention written differently, as long as before, " + values + ".";
    }
  }

  private static String choice(Change c) {
    return c.effect() == Effect.WEAKENS ? " is less of a choice" : " leaves more of a choice";
  }

  private static String choiceMeaning(Change c) {
    if (c.effect() != Effect.WEAKENS) {
      return "users who refuse it must no longer have their data used for it.";
    }
    return Choice.REQUIRED.name().equals(c.after()) ? "users can no longer refuse it; users must be told."
        : "users who never agreed will be included unless they object; users must be told.";
  }

  private static String experiment(Change c) {
    return c.effect() == Effect.WEAKENS ? " is no longer an experiment" : " becomes an experiment";
  }

  private static String experimentMeaning(Change c) {
    return c.effect() == Effect.WEAKENS
        ? "an experiment becomes a product; users who joined the experiment must be told and asked again."
        : "the experiment rules apply (opt-in, an end date, no sensitive data).";
  }

  private String textChange(String label, Change c) {
    if (c.before().isEmpty()) {
      return label + " declared: " + style.quote(c.after()) + ".";
    }
    if (c.after().isEmpty()) {
      return label + " removed (was " + style.quote(c.before()) + ").";
    }
    return label + " changed: " + style.quote(c.before()) + " → " + style.quote(c.after()) + ".";
  }

  private String valueChange(String label, Change c) {
    if (c.before().isEmpty()) {
      return label + " declared: " + style.code(c.after()) + ".";
    }
    if (c.after().isEmpty()) {
      return label + " removed (was " + style.code(c.before()) + ").";
    }
    return label + " changed: " + style.code(c.before()) + " → " + style.code(c.after()) + ".";
  }

  private static String role(RecipientInfo r) {
    String who = r.role() == RecipientRole.THIRD_PARTY ? "a third party (uses the data for its own purposes)"
        : "a processor (acts only on the application's behalf)";
    return who + r.country().map(country -> " in " + country).orElse("");
  }

  private String purposeList(List<String> ids) {
    return String.join(", ", ids.stream().map(this::purposeName).toList());
  }

  private String purposeName(String id) {
    return style.code(id) + name(purpose(id).map(PurposeInfo::title));
  }

  private String recipientName(String id) {
    return style.code(id) + name(recipient(id).map(RecipientInfo::name));
  }

  private String name(Optional<String> name) {
    return name.map(n -> " (" + style.quote(n) + ")").orElse("");
  }

  private String retentionWords(String value) {
    return style.code(value) + " (" + retentionText(value) + ")";
  }

  private static String retentionText(String value) {
    return Retention.parse(value).retention().map(Retention::text).orElse(value);
  }

  /** The datum as it is now, else as approved (a removed one). */
  private Optional<DataItem> datum(String id) {
    return Optional.ofNullable(data.get(id));
  }

  private Optional<PurposeInfo> purpose(String id) {
    return Optional.ofNullable(purposes.get(id));
  }

  private Optional<RecipientInfo> recipient(String id) {
    return Optional.ofNullable(recipients.get(id));
  }

  /** By id, the current inventory's entry winning over the approved one's (a removed entry is still named). */
  private static <T> Map<String, T> byId(List<T> approved, List<T> current, Function<T, String> id) {
    Map<String, T> byId = new HashMap<>();
    approved.forEach(item -> byId.put(id.apply(item), item));
    current.forEach(item -> byId.put(id.apply(item), item));
    return byId;
  }

}
