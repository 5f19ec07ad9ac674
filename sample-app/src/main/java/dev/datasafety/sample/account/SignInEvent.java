package dev.datasafety.sample.account;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import java.time.Instant;

/**
 * One sign-in. The address is wiped after a week (the row then only says when), the row itself
 * deleted after 90 days: the retention job reads both limits from the generated metadata.
 */
@UserData(name = "Sign-in history", kind = DataKind.ATTRIBUTE, purposes = "security", reviews = "DSR-17")
public record SignInEvent(
    @NotUserData("a sequence number that only orders sign-ins")
    long id,
    @UserData(name = "Sign-in time", description = "When you signed in.", retention = "P90D",
        category = "activity.other")
    Instant at,
    @UserData(name = "IP address", description = "The network address you signed in from.",
        kind = DataKind.IDENTIFIER, retention = "P7D", category = "device.ip-address")
    String ipAddress) {}
