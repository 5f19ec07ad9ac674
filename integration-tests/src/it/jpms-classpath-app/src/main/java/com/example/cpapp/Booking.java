package com.example.cpapp;

import com.example.lib.Member;
import dev.datasafety.DataKind;
import dev.datasafety.UserData;

/** Serves the library module's purpose, which this class-path build sees through the option. */
@UserData(name = "Booking", purposes = "membership", retention = "P1Y", reviews = "DSR-42")
record Booking(
    @UserData(kind = DataKind.ATTRIBUTE, description = "The court you booked.") String court,
    @UserData(kind = DataKind.IDENTIFIER, description = "Who booked it.") Member member) {}
