package com.example.incremental;

import dev.datasafety.Choice;
import dev.datasafety.Purpose;

@Purpose(id = "account", description = "Sign you in.", userBenefit = "Your notes on every device.")
@Purpose(id = "sync", description = "Sync your notes.", userBenefit = "Notes everywhere.", choice = Choice.OPT_OUT)
final class Privacy {}
