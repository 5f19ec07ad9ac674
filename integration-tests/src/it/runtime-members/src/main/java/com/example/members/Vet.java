package com.example.members;

import dev.datasafety.Purpose;
import dev.datasafety.UserData;
import jakarta.persistence.Entity;

@Purpose(id = "staff", description = "Plan who works when.", userBenefit = "A vet is there when you come.")
@Entity
@UserData(name = "Vet", purposes = "staff", retention = "P2Y", reviews = "DSR-8")
public class Vet extends Person {
  public Vet(String firstName, String lastName) {
    super(firstName, lastName);
  }
}
