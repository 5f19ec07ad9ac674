package com.example.incremental;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(purposes = "account", retention = "until-account-deletion", reviews = "DSR-1")
public class Account {
  @UserData(description = "The email address you sign in with.", kind = DataKind.IDENTIFIER)
  String email;
}
