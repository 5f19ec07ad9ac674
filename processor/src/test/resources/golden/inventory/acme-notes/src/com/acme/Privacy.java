package com.acme;

import dev.datasafety.Choice;
import dev.datasafety.Purpose;

@Purpose(id = "account",
    description = "Sign you in and keep your notes in your account.",
    userBenefit = "Your notes on every device you sign in on.")
@Purpose(id = "ads.measurement", title = "Ad measurement",
    description = "Count how often ads are seen, without knowing who saw them.",
    userBenefit = "Keeps Acme Notes free.",
    choice = Choice.OPT_OUT)
final class Privacy {}
