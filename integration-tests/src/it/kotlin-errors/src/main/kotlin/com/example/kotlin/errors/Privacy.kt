package com.example.kotlin.errors

import dev.datasafety.Purpose

@Purpose(id = "account", description = "Sign you in.", userBenefit = "Your notes everywhere.")
object Privacy
