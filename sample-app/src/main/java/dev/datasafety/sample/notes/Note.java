package dev.datasafety.sample.notes;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import java.time.Instant;

/**
 * A note. Written in the browser, without any script, so its text reaches the server and is
 * declared server-visible: only the device settings stay on the device.
 */
@UserData(name = "Your notes", kind = DataKind.ATTRIBUTE, purposes = "notes", retention = "until-account-deletion",
    reviews = "DSR-13", category = "content.other")
public record Note(
    @NotUserData("a random number that names the note")
    long id,
    @UserData(description = "The title of the note, so that you can find it in your list.")
    String title,
    @UserData(name = "Note text", description = "What you wrote in the note.")
    String text,
    @UserData(name = "Last edited", description = "When you last changed the note.",
        category = "activity.app-interaction")
    Instant updatedAt) {}
