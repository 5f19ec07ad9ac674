package com.acme.notes;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(name = "Your account", purposes = "account", retention = "until-account-deletion", reviews = "DSR-12")
public class Account {
  @UserData(description = "The email address you sign in with and we send receipts to.",
      kind = DataKind.IDENTIFIER, category = "contact.email", recipients = "postmark")
  String email;

  @UserData(description = "How many notes you wrote this month, counted with everyone else's.",
      kind = DataKind.ATTRIBUTE, form = DataForm.AGGREGATED, purposes = "analytics", retention = "P90D",
      category = "activity.app-interaction", recipients = "plausible")
  long notesWritten;
}
