package com.example.orders;

import dev.datasafety.DataKind;
import dev.datasafety.Purpose;
import dev.datasafety.UserData;

@Purpose(
    id = "orders",
    description = "Keep the list of what you ordered.",
    userBenefit = "You can see and repeat past orders.")
@UserData(name = "Your orders", kind = DataKind.ATTRIBUTE, purposes = "orders", reviews = "DSR-40")
public class Order {
  @UserData(description = "What you ordered.", retention = "P1Y")
  String items;
}
