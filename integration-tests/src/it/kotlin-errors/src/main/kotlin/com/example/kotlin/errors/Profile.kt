package com.example.kotlin.errors

import dev.datasafety.DataKind
import dev.datasafety.UserData

data class Profile(
    @field:UserData(
        description = "Your email.",
        kind = DataKind.IDENTIFIER,
        purposes = ["acount"],
        retention = "P1Y",
        reviews = ["DSR-1"],
    )
    val email: String,
    @field:UserData(description = "Your city.", purposes = ["account"], retention = "someday", reviews = ["DSR-1"])
    val city: String?,
)
