package com.example.app;

import com.example.lib.Member;
import dev.datasafety.DataKind;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;

@Purpose(id = "booking", description = "Book a court.", userBenefit = "Your court is kept for you.")
@UserData(name = "Booking", purposes = "booking", retention = "P1Y", reviews = "DSR-41")
final class Booking {
  @UserData(kind = DataKind.ATTRIBUTE, description = "The court you booked.")
  private final String court;

  @UserData(kind = DataKind.IDENTIFIER, description = "Who booked it.")
  private final Member member;

  Booking(String court, Member member) {
    this.court = court;
    this.member = member;
  }
}
