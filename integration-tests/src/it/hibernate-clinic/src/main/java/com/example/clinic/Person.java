package com.example.clinic;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The base of owners and vets: it names and describes the data, each entity gives its own
 * purposes and retention. Private fields, as Hibernate maps them (field access, from {@code @Id}).
 */
@MappedSuperclass
public abstract class Person {
  @Id
  @GeneratedValue
  @NotUserData("a surrogate key, tied to nothing outside this database")
  private Long id;

  @Version
  @NotUserData("a counter for optimistic locking")
  private int version;

  @UserData(kind = DataKind.ATTRIBUTE, description = "Your first name.")
  private String firstName;

  @UserData(kind = DataKind.ATTRIBUTE, description = "Your last name.")
  private String lastName;

  /** For Hibernate, which instantiates entities and subclasses them as proxies. */
  protected Person() {}

  protected Person(String firstName, String lastName) {
    this.firstName = firstName;
    this.lastName = lastName;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  /** On a proxy only the getters load the row: its own fields stay null. */
  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }
}
