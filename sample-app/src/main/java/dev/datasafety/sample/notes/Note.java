package dev.datasafety.sample.notes;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import java.time.Instant;

/** A note. Its body is encrypted on the user's device: the server keeps bytes it cannot read. */
@UserData(name = "Your notes", kind = DataKind.ATTRIBUTE, purposes = "notes", retention = "until-account-deletion",
    reviews = "DSR-13", category = "content.other")
public record Note(
    @NotUserData("a random number that names the note")
    long id,
    @UserData(description = "The title of the note, so that you can find it in your list.")
    String title,
    @UserData(name = "Note text", description = "What you wrote, encrypted on your device before it is sent.",
        serverVisible = false)
    byte[] body,
    @UserData(name = "Last edited", description = "When you last changed the note.",
        category = "activity.app-interaction")
    Instant updatedAt) {}
