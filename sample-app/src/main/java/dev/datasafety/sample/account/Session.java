package dev.datasafety.sample.account;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.UserData;
import java.time.Instant;

/** A signed-in browser. The cookie's key is never stored: only its SHA-256 fingerprint. */
@UserData(name = "Signed-in browsers", kind = DataKind.IDENTIFIER, purposes = "account", retention = "P30D",
    form = DataForm.PSEUDONYMIZED, reviews = "DSR-12")
public record Session(
    @UserData(name = "Session fingerprint",
        description = "A fingerprint of the key your browser keeps to stay signed in; the key itself is never stored.",
        category = "account.credentials")
    String tokenHash,
    @UserData(name = "Signed in at", description = "When this browser signed in.", kind = DataKind.ATTRIBUTE,
        category = "activity.other")
    Instant createdAt) {}
