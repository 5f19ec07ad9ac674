package com.example.clinic;

import dev.datasafety.UserData;
import jakarta.persistence.Entity;

/** Inherits the names of {@link Person}, as data of its own, for its own purpose. */
@Entity
@UserData(name = "Vet", purposes = "staff", retention = "P2Y", reviews = "DSR-22")
public class Vet extends Person {
  protected Vet() {}

  public Vet(String firstName, String lastName) {
    super(firstName, lastName);
  }
}
