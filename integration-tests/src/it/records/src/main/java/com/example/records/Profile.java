package com.example.records;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;

@Purpose(
    id = "profile",
    description = "Show your profile to the people you share it with.",
    userBenefit = "Others recognise you.")
@UserData(name = "Your profile", purposes = "profile", retention = "until-account-deletion",
    serverVisible = false)
public record Profile(
    @UserData(kind = DataKind.ATTRIBUTE, description = "The name others see.") String displayName,
    @UserData(kind = DataKind.IDENTIFIER, description = "The address of your profile page.", retention = "P1Y")
        String handle,
    @NotUserData("the version of the profile format") int formatVersion) {

  /** A compact constructor and an explicit accessor must not create data of their own. */
  public Profile {
    displayName = displayName.strip();
  }

  @Override
  public String handle() {
    return "@" + handle;
  }
}
