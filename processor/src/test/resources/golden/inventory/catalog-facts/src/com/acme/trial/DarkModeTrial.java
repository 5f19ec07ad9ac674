package com.acme.trial;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(name = "Dark mode trial", purposes = "experiment.dark-mode", retention = "P60D", kind = DataKind.ATTRIBUTE,
    category = "account.settings", reviews = "DSR-31")
public class DarkModeTrial {
  @UserData(description = "Whether you chose the dark theme during the trial.")
  boolean chosen;
}
