package com.example.unlisted;

import dev.datasafety.DataKind;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;

/** Names nothing of the library: only the warning tells that the library's data is not read. */
@Purpose(id = "visits", description = "Count your visits.", userBenefit = "Rewards for regulars.")
@UserData(name = "Visit", purposes = "visits", retention = "P1Y", kind = DataKind.ATTRIBUTE, serverVisible = false)
final class Visit {
  @UserData(description = "The day of your visit.")
  String day;
}
