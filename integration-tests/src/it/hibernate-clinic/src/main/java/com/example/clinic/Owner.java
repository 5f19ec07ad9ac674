package com.example.clinic;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@UserData(name = "Pet owner", purposes = "care", retention = "until-account-deletion", reviews = "DSR-21")
public class Owner extends Person {
  @UserData(kind = DataKind.IDENTIFIER, description = "The phone number we call you on.")
  private String telephone;

  /** Lazy: loaded when the export iterates it. Its element type holds data, so it is exported nested. */
  @OneToMany(mappedBy = "owner", fetch = FetchType.LAZY, cascade = CascadeType.ALL)
  @OrderBy("visitedOn")
  private List<Visit> visits = new ArrayList<>();

  @NotUserData("how many reminders were sent, a counter for the clinic's mailing")
  private int remindersSent;

  protected Owner() {}

  public Owner(String firstName, String lastName, String telephone) {
    super(firstName, lastName);
    this.telephone = telephone;
  }

  public String getTelephone() {
    return telephone;
  }

  public List<Visit> getVisits() {
    return visits;
  }

  public int getRemindersSent() {
    return remindersSent;
  }

  public void remind() {
    remindersSent++;
  }

  public Visit visit(LocalDate visitedOn, String reason, Vet vet) {
    Visit visit = new Visit(this, visitedOn, reason, vet);
    visits.add(visit);
    return visit;
  }
}
