package com.example.kotlin

import dev.datasafety.DataKind
import dev.datasafety.UserData

/** A plain class with a mutable, nullable property and a type-level default. */
@UserData(purposes = ["account"], retention = "P30D", kind = DataKind.ATTRIBUTE, serverVisible = false)
class Device(
    @field:UserData(description = "The language your device uses.")
    var language: String? = null,
) {
    /** No use-site target: @UserData applies to fields only, so Kotlin puts it on the backing field. */
    @UserData(description = "The time zone your device is set to.")
    var timeZone: String? = null
}
