package com.example.members;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;
import jakarta.persistence.Entity;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

@Purpose(id = "care", description = "Care for your pets.", userBenefit = "Your pets are treated.")
@Entity
@UserData(name = "Pet owner", purposes = "care", retention = "until-account-deletion", reviews = "DSR-7")
public class Owner extends Person {
  /** Private, no accessor at all. */
  @UserData(kind = DataKind.IDENTIFIER, description = "The phone number we call you on.")
  private String telephone;

  /** A Set field whose getter returns a Collection. */
  private final Set<Visit> visits = new LinkedHashSet<>();

  @NotUserData("a version counter for optimistic locking")
  private int version = 7;

  public Owner(String firstName, String lastName, String telephone) {
    super(firstName, lastName);
    this.telephone = telephone;
  }

  public Collection<Visit> getVisits() {
    return visits;
  }
}
