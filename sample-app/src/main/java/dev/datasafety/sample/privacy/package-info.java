/**
 * The purpose catalog of Acme Notes: every reason the product keeps personal data, with the
 * benefit the user gets and whether they can refuse it. Data elsewhere names these ids.
 */
@Purpose(id = "account", title = "Your account",
    description = "Sign you in and keep your account yours.",
    userBenefit = "Your notes on every device you sign in on, and no one else's hands on them.")
@Purpose(id = "notes", title = "Your notes",
    description = "Store your notes and show them back to you.",
    userBenefit = "Your notes are kept safe and are there whenever you come back.")
@Purpose(id = "security", title = "Keeping your account safe",
    description = "Keep a short history of sign-ins so that sign-ins that were not you can be spotted and stopped.",
    userBenefit = "If someone learns your password, it is noticed and stopped sooner.")
@Purpose(id = "usage-statistics", title = "Usage statistics",
    description = "Count how many notes are written each day, for all users together, to plan for growth.",
    userBenefit = "Acme Notes stays fast as more people use it.")
@Purpose(id = "product-updates", title = "Product update emails",
    description = "Email you about new features, at most once a month.",
    userBenefit = "You hear first about features that make your notes better.",
    choice = Choice.OPT_IN)
@Purpose(id = "experiment.editor-layout", title = "Editor layout trial",
    description = "Show a new editor layout to people who agreed to try it, and compare how many notes they write.",
    userBenefit = "A better editor, tested with volunteers before everyone gets it.",
    choice = Choice.OPT_IN, experimental = true)
package dev.datasafety.sample.privacy;

import dev.datasafety.Choice;
import dev.datasafety.Purpose;
