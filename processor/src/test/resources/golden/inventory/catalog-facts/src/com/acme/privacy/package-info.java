@DataController(name = "Acme Notes Ltd", contact = "privacy@acme.example", dpo = "dpo@acme.example",
    privacyPolicyUrl = "https://acme.example/privacy", accountDeletionUrl = "https://acme.example/account/delete")
@Purpose(id = "account", description = "Sign you in and keep your notes in your account.",
    userBenefit = "Your notes on every device you sign in on.",
    category = PurposeCategory.ACCOUNT_MANAGEMENT, legalBasis = LegalBasis.CONTRACT)
@Purpose(id = "analytics", description = "Count which features are used, over all users.",
    userBenefit = "We improve the features you use most.", choice = Choice.OPT_OUT,
    category = PurposeCategory.ANALYTICS, legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
@Purpose(id = "experiment.dark-mode", description = "Try a dark theme with some users.",
    userBenefit = "A theme that is easier on the eyes.", choice = Choice.OPT_IN, experimental = true,
    expires = "2027-03-31", category = PurposeCategory.APP_FUNCTIONALITY, legalBasis = LegalBasis.CONSENT)
@Recipient(id = "postmark", name = "Postmark, our email delivery service", role = RecipientRole.PROCESSOR,
    country = "US", domains = "api.postmarkapp.com")
@Recipient(id = "plausible", name = "Plausible, our analytics service", role = RecipientRole.PROCESSOR,
    country = "EE")
package com.acme.privacy;

import dev.datasafety.Choice;
import dev.datasafety.DataController;
import dev.datasafety.LegalBasis;
import dev.datasafety.Purpose;
import dev.datasafety.PurposeCategory;
import dev.datasafety.Recipient;
import dev.datasafety.RecipientRole;
