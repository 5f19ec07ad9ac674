package dev.datasafety.sample.stats;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import java.time.LocalDate;

/** How many notes all users wrote on one day: a total, never linked to anyone. Kept a year. */
@UserData(name = "Usage statistics", kind = DataKind.ATTRIBUTE, purposes = "usage-statistics", retention = "P1Y",
    form = DataForm.AGGREGATED, category = "activity.app-interaction")
public record DailyUsage(
    @NotUserData("a calendar day, the same for every user")
    LocalDate day,
    @UserData(name = "Notes written per day",
        description = "How many notes all users together wrote each day. It is a total and is not linked to you.")
    long notesWritten) {}
