package com.example.lib;

import dev.datasafety.DataKind;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;

@Purpose(id = "membership", description = "Keep your club membership.", userBenefit = "You can book courts.")
@UserData(name = "Membership", purposes = "membership", retention = "until-account-deletion", reviews = "DSR-40")
public final class Member {
  /** Private and without an accessor: read through the library module's own lookup. */
  @UserData(kind = DataKind.IDENTIFIER, description = "Your membership number.")
  private final String number;

  public Member(String number) {
    this.number = number;
  }
}
