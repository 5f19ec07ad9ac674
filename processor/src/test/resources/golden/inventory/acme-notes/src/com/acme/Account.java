package com.acme;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;

@UserData(name = "Your account", purposes = "account", retention = "until-account-deletion", reviews = "DSR-12")
public class Account {
  @UserData(description = "The email address you sign in with.", kind = DataKind.IDENTIFIER)
  String email;

  @UserData(description = "How many ads you saw this month, counted with everyone else's.",
      kind = DataKind.ATTRIBUTE, form = DataForm.AGGREGATED, purposes = "ads.measurement", retention = "P30D")
  long adImpressions;

  @NotUserData("an optimistic-locking counter")
  int version;
}
