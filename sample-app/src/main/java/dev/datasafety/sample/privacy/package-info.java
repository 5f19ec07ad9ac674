/**
 * The privacy catalog of Acme Notes: who is responsible for the data, every reason the product
 * keeps personal data (with the benefit the user gets, whether they can refuse it, the kind of
 * purpose store forms ask for and its legal basis), and everyone besides Acme Notes that receives
 * some of it. Data elsewhere names these ids.
 */
@DataController(name = "Acme Notes Ltd", contact = "privacy@acme-notes.example",
    dpo = "dpo@acme-notes.example", privacyPolicyUrl = "https://acme-notes.example/privacy",
    accountDeletionUrl = "https://acme-notes.example/privacy#your-rights")
@Purpose(id = "account", title = "Your account",
    description = "Sign you in and keep your account yours.",
    userBenefit = "Your notes on every device you sign in on, and no one else's hands on them.",
    category = PurposeCategory.ACCOUNT_MANAGEMENT, legalBasis = LegalBasis.CONTRACT)
@Purpose(id = "notes", title = "Your notes",
    description = "Store your notes and show them back to you.",
    userBenefit = "Your notes are kept safe and are there whenever you come back.",
    category = PurposeCategory.APP_FUNCTIONALITY, legalBasis = LegalBasis.CONTRACT)
@Purpose(id = "security", title = "Keeping your account safe",
    description = "Keep a short history of sign-ins so that sign-ins that were not you can be spotted and stopped.",
    userBenefit = "If someone learns your password, it is noticed and stopped sooner.",
    category = PurposeCategory.SECURITY, legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
@Purpose(id = "usage-statistics", title = "Usage statistics",
    description = "Count how many notes are written each day, for all users together, to plan for growth.",
    userBenefit = "Acme Notes stays fast as more people use it.",
    category = PurposeCategory.ANALYTICS, legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
@Purpose(id = "product-updates", title = "Product update emails",
    description = "Email you about new features, at most once a month.",
    userBenefit = "You hear first about features that make your notes better.",
    choice = Choice.OPT_IN, category = PurposeCategory.DEVELOPER_COMMUNICATIONS, legalBasis = LegalBasis.CONSENT)
@Purpose(id = "experiment.editor-layout", title = "Editor layout trial",
    description = "Show a new editor layout to people who agreed to try it, and compare how many notes they write.",
    userBenefit = "A better editor, tested with volunteers before everyone gets it.",
    choice = Choice.OPT_IN, experimental = true, expires = "2027-06-30",
    category = PurposeCategory.APP_FUNCTIONALITY, legalBasis = LegalBasis.CONSENT)
@Recipient(id = "postmark", name = "Postmark, the service that delivers our emails",
    role = RecipientRole.PROCESSOR, country = "US", domains = "api.postmarkapp.com")
package dev.datasafety.sample.privacy;

import dev.datasafety.Choice;
import dev.datasafety.DataController;
import dev.datasafety.LegalBasis;
import dev.datasafety.Purpose;
import dev.datasafety.PurposeCategory;
import dev.datasafety.Recipient;
import dev.datasafety.RecipientRole;
