package com.example.shop;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import java.util.List;

/** Uses the catalog's purposes; private fields, one of them without an accessor. */
@UserData(name = "Your account", purposes = "account", retention = "until-account-deletion", reviews = "DSR-31")
public class Customer {
  @UserData(kind = DataKind.IDENTIFIER, description = "The email address you sign in with.")
  private final String email;

  @UserData(kind = DataKind.ATTRIBUTE, description = "The name shown on your orders.",
      purposes = {"account", "support"})
  private final String displayName;

  @NotUserData("a salted hash of the password, never shown and never exported")
  private final String passwordHash;

  /** Holds data itself, so it is exported nested. */
  private final List<Address> addresses;

  public Customer(String email, String displayName, String passwordHash, List<Address> addresses) {
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.addresses = List.copyOf(addresses);
  }

  public String getEmail() {
    return email;
  }
}
