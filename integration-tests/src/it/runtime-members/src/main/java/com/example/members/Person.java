package com.example.members;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;
import jakarta.persistence.MappedSuperclass;

/** A base shared by two entities: it names and describes the data, each entity gives its purposes. */
@MappedSuperclass
public abstract class Person {
  @UserData(kind = DataKind.ATTRIBUTE, description = "Your first name.")
  private String firstName;

  @UserData(kind = DataKind.ATTRIBUTE, description = "Your last name.")
  private String lastName;

  protected Person(String firstName, String lastName) {
    this.firstName = firstName;
    this.lastName = lastName;
  }

  /** A getter of another name than the field's: the export reads the field. */
  public String displayName() {
    return firstName + " " + lastName;
  }
}
