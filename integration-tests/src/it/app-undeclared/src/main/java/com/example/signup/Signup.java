package com.example.signup;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(name = "Sign-up", kind = DataKind.IDENTIFIER, retention = "P30D", reviews = "DSR-13")
public class Signup {
  @UserData(description = "The email address you signed up with.",
      purposes = {"account", "acount"})
  String email;
}
