package com.example.lombok;

import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;
import lombok.Data;

@Purpose(
    id = "delivery",
    description = "Deliver what you ordered to your door.",
    userBenefit = "Your order arrives.")
@Data
@UserData(name = "Delivery details", purposes = "delivery", retention = "P90D", reviews = "DSR-31")
public class Customer {
  @UserData(kind = DataKind.ATTRIBUTE, description = "The address we deliver to.")
  private String postalAddress;

  @UserData(kind = DataKind.IDENTIFIER, description = "The phone number the courier calls.")
  private String phone;

  @NotUserData("how many parcels are in the delivery")
  private int parcels;

  /** Uses the getters Lombok generates: the build fails if Lombok did not run. */
  public String label() {
    return getPostalAddress() + " (" + getParcels() + " parcels)";
  }
}
