package dev.datasafety.sample.notes;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

/**
 * Settings the Acme Notes apps keep on the device only. Declared so that the privacy page tells
 * users about them; the server never receives them, so it has nothing to export or delete.
 */
@UserData(name = "Settings on your device", kind = DataKind.ATTRIBUTE, purposes = "notes",
    retention = "until-account-deletion", serverVisible = false, category = "account.settings")
public final class DeviceSettings {
  @UserData(description = "Light or dark colors.")
  String theme;

  @UserData(name = "Text size", description = "How large the text of your notes is shown.")
  int fontSize;

  private DeviceSettings() {}
}
