package com.example.kotlin

import dev.datasafety.DataKind
import dev.datasafety.NotUserData
import dev.datasafety.UserData

/** A data class: each `val` constructor property is a field, annotated through `@field:`. */
@UserData(
    name = "Your account",
    purposes = ["account"],
    retention = "until-account-deletion",
    reviews = ["DSR-12"],
)
data class Account(
    @field:UserData(description = "The email address you sign in with.", kind = DataKind.IDENTIFIER)
    val email: String,
    @field:UserData(description = "The name we greet you with.", kind = DataKind.ATTRIBUTE)
    val displayName: String?,
    @field:UserData(
        description = "Where we send the newsletter, when you asked for it.",
        kind = DataKind.IDENTIFIER,
        purposes = ["newsletter"],
        retention = "P1Y",
    )
    val newsletterEmail: String? = null,
    @field:NotUserData("an optimistic-locking counter")
    val version: Int = 0,
)
