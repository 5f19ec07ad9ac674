package com.example.app;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(name = "Your account", purposes = "account", retention = "until-account-deletion", reviews = "DSR-12")
public class Account {
  @UserData(kind = DataKind.IDENTIFIER, description = "The email address you sign in with.")
  String email;

  @UserData(kind = DataKind.ATTRIBUTE, description = "The language the app shows.",
      purposes = {"account", "support"})
  String language;
}
