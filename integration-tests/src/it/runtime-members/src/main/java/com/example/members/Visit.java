package com.example.members;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(name = "Visit", purposes = "care", retention = "P5Y", reviews = "DSR-7")
public class Visit {
  @UserData(kind = DataKind.ATTRIBUTE, description = "Why you came.")
  private final String reason;

  public Visit(String reason) {
    this.reason = reason;
  }
}
