package dev.datasafety.sample.web;

import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.PurposeInfo;
import dev.datasafety.sample.account.Account;
import dev.datasafety.sample.store.Store;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The person's choice for each optional purpose of the inventory: whether it is on, and what
 * turning it on or off does to the store. Turning one off deletes, at once, the data kept only
 * for it. Every optional purpose must have a switch here: the server refuses to start otherwise,
 * so a new optional purpose cannot ship without a real choice.
 */
final class Choices {
  /** Turns one optional purpose on or off for an account. */
  interface Switch {
    boolean isOn(Account account);

    void turnOn(Store store, Account account) throws SQLException;

    /** Turns it off and deletes the data kept only for it. */
    void turnOff(Store store, Account account) throws SQLException;
  }

  private static final Map<String, Switch> SWITCHES = Map.of(
      "product-updates", new Switch() {
        @Override
        public boolean isOn(Account account) {
          return account.productUpdates();
        }

        @Override
        public void turnOn(Store store, Account account) throws SQLException {
          store.setProductUpdates(account.id(), true);
        }

        @Override
        public void turnOff(Store store, Account account) throws SQLException {
          store.setProductUpdates(account.id(), false);
        }
      },
      "experiment.editor-layout", new Switch() {
        @Override
        public boolean isOn(Account account) {
          return account.layoutTrial().isPresent();
        }

        @Override
        public void turnOn(Store store, Account account) throws SQLException {
          store.startLayoutTrial(account.id(), account.id() % 2 == 0 ? "compact" : "classic");
        }

        @Override
        public void turnOff(Store store, Account account) throws SQLException {
          store.endLayoutTrial(account.id());
        }
      });

  private final DataInventory inventory;
  private final List<PurposeInfo> optional;

  Choices(DataInventory inventory) {
    this.inventory = inventory;
    this.optional = PrivacyPage.ordered(inventory.purposes()).stream().filter(PurposeInfo::isOptional).toList();
    List<String> missing = optional.stream().map(PurposeInfo::id).filter(id -> !SWITCHES.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("optional purposes without a switch in Choices: " + missing);
    }
  }

  /** The optional purposes, in the order of the privacy page. */
  List<PurposeInfo> optional() {
    return optional;
  }

  /** The form field of a purpose's checkbox. */
  static String field(PurposeInfo purpose) {
    return "choice." + purpose.id();
  }

  /** The account must be loaded with its data ({@link Store#accountWithData}). */
  boolean isOn(PurposeInfo purpose, Account account) {
    return SWITCHES.get(purpose.id()).isOn(account);
  }

  void turnOn(PurposeInfo purpose, Store store, Account account) throws SQLException {
    SWITCHES.get(purpose.id()).turnOn(store, account);
  }

  void turnOff(PurposeInfo purpose, Store store, Account account) throws SQLException {
    SWITCHES.get(purpose.id()).turnOff(store, account);
  }

  /** The data kept for this purpose and no other: what turning it off deletes. */
  List<DatumInfo> keptOnlyFor(PurposeInfo purpose) {
    return inventory.dataFor(purpose.id()).stream()
        .filter(d -> d.serverVisible() && d.purposes().equals(List.of(purpose.id())))
        .toList();
  }

  /** "Layout shown, Notes written in the trial and Trial start". */
  String namesKeptOnlyFor(PurposeInfo purpose) {
    List<String> names = keptOnlyFor(purpose).stream().map(DatumInfo::name).collect(Collectors.toList());
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
