package com.example.catalog;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;

@UserData(name = "Support tickets", kind = DataKind.ATTRIBUTE, purposes = "support", retention = "P6M",
    reviews = "DSR-7")
public class SupportTicket {
  @NotUserData("a random ticket number, not tied to anything but this ticket")
  long number;

  @UserData(description = "The question you asked us.")
  String question;
}
