/** The purposes every module of the company's applications may use. */
@Purpose(
    id = "account",
    description = "Sign you in and keep your settings in your account.",
    userBenefit = "Your settings on every device you sign in on.")
@Purpose(
    id = "support",
    title = "Customer support",
    description = "Answer the questions you send us.",
    userBenefit = "Help when something does not work.",
    choice = Choice.OPT_OUT)
package com.example.catalog;

import dev.datasafety.Choice;
import dev.datasafety.Purpose;
