package dev.datasafety.sample.notes;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;
import java.time.Instant;

/**
 * The editor layout experiment, for users who opted in; deleted 90 days after it started. A type of
 * its own: experiment data is never kept beside the product's data.
 */
@UserData(name = "Editor layout trial", kind = DataKind.ATTRIBUTE, purposes = "experiment.editor-layout",
    retention = "P90D", reviews = "DSR-21", category = "activity.app-interaction")
public record LayoutTrial(
    @UserData(name = "Layout shown", description = "Which of the two editor layouts you were shown.")
    String variant,
    @UserData(name = "Notes written in the trial", description = "How many notes you wrote with that layout.")
    int notesWritten,
    @UserData(name = "Trial start", description = "When the trial started for you.")
    Instant startedAt) {}
