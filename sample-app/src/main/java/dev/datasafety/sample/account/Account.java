package dev.datasafety.sample.account;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.UserData;
import dev.datasafety.sample.notes.LayoutTrial;
import dev.datasafety.sample.notes.Note;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An account and, when loaded for an export, everything kept about it. The export the user
 * downloads is {@code DataSafetyInventory.export(account)}, read at run time as these declarations say.
 */
@UserData(name = "Your account", kind = DataKind.ATTRIBUTE, purposes = "account",
    retention = "until-account-deletion", reviews = "DSR-12")
public record Account(
    @UserData(name = "Account number", description = "The number that identifies your account inside Acme Notes.",
        kind = DataKind.IDENTIFIER, form = DataForm.PSEUDONYMIZED, category = "account.id")
    long id,
    @UserData(description = "The email address you sign in with, and where we send the emails you asked for.",
        kind = DataKind.IDENTIFIER, category = "contact.email", recipients = "postmark")
    String email,
    @UserData(name = "Display name", description = "The name shown at the top of your notes.",
        category = "identity.name")
    String displayName,
    @UserData(name = "Sign-up date", description = "When you created your account.", category = "activity.other")
    Instant createdAt,
    @UserData(name = "Product update emails", description = "Whether you asked for emails about new features.",
        purposes = "product-updates", category = "account.settings")
    boolean productUpdates,
    @UserData(name = "Password hash",
        description = "A salted PBKDF2 fingerprint of your password, only to check it when you sign in; it cannot be turned back into your password.",
        form = DataForm.PSEUDONYMIZED, category = "account.credentials")
    String passwordHash,
    List<Note> notes,
    List<Session> sessions,
    List<SignInEvent> signIns,
    Optional<LayoutTrial> layoutTrial) {

  /** The account alone, without the data kept under it. */
  public static Account of(long id, String email, String displayName, Instant createdAt, boolean productUpdates,
      String passwordHash) {
    return new Account(id, email, displayName, createdAt, productUpdates, passwordHash, List.of(), List.of(), List.of(),
        Optional.empty());
  }

  public Account with(List<Note> notes, List<Session> sessions, List<SignInEvent> signIns, Optional<LayoutTrial> trial) {
    return new Account(id, email, displayName, createdAt, productUpdates, passwordHash, notes, sessions, signIns, trial);
  }
}
