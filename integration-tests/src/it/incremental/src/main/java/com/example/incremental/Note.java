package com.example.incremental;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(purposes = "sync", retention = "P1Y", kind = DataKind.ATTRIBUTE, serverVisible = false)
public class Note {
  @UserData(description = "What you wrote.")
  String text;
}
