package com.example.kotlin

import dev.datasafety.Choice
import dev.datasafety.Purpose

/** The application's purposes, declared once, on a Kotlin object. */
@Purpose(
    id = "account",
    description = "Sign you in and keep your notes in your account.",
    userBenefit = "Your notes on every device you sign in on.",
)
@Purpose(
    id = "newsletter",
    description = "Send you the monthly newsletter.",
    userBenefit = "News about the features you use.",
    choice = Choice.OPT_IN,
)
object Privacy
