package com.example.clinic;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
@UserData(name = "Visits", purposes = "care", retention = "P5Y", reviews = "DSR-21")
public class Visit {
  @Id
  @GeneratedValue
  @NotUserData("a surrogate key, tied to nothing outside this database")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @NotUserData("the owner whose visit this is: the export starts from the owner")
  private Owner owner;

  @UserData(kind = DataKind.ATTRIBUTE, description = "The day you came.")
  private LocalDate visitedOn;

  @UserData(kind = DataKind.ATTRIBUTE, description = "Why you came.")
  private String reason;

  /** Lazy: a proxy until read. Vet holds data, so the vet who saw you is exported nested. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Vet vet;

  protected Visit() {}

  Visit(Owner owner, LocalDate visitedOn, String reason, Vet vet) {
    this.owner = owner;
    this.visitedOn = visitedOn;
    this.reason = reason;
    this.vet = vet;
  }

  public Long getId() {
    return id;
  }

  public Owner getOwner() {
    return owner;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public String getReason() {
    return reason;
  }

  public Vet getVet() {
    return vet;
  }
}
