package com.example.plain;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

/** Names a purpose nobody declares: had the processor run, this could not compile. */
@UserData(name = "Your device", kind = DataKind.IDENTIFIER, purposes = "never-declared", retention = "P30D")
public class Device {
  @UserData(description = "An id the app makes up for your device.")
  String deviceId;
}
