package com.example.shop;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

@UserData(name = "Delivery addresses", kind = DataKind.ATTRIBUTE, purposes = "account", retention = "P1Y",
    reviews = "DSR-31")
public record Address(
    @UserData(description = "The street and number we deliver to.") String street,
    @UserData(description = "The town we deliver to.") String town) {}
