#!/usr/bin/env bash
# Lists the non-static fields of the classes the labeled set was drawn from, with empty labels:
# the starting point of labels.tsv (labels were then written by hand). Run fetch-sources.sh first.
set -euo pipefail
cd "$(dirname "$0")/../.."
SRC=bench/work/src
extract() { java bench/detector/ExtractFields.java "$@"; }
S=com.stripe.model
extract com.stripe:stripe-java:29.0.0 $SRC/stripe-java \
  $S.Customer $S.Address $S.Person $S.Account $S.BankAccount $S.Card $S.Product $S.Plan \
  $S.ShippingDetails $S.TaxId $S.Review $S.issuing.Cardholder $S.Invoice $S.PaymentMethod \
  $S.Coupon $S.Event $S.terminal.Location $S.Charge |
  grep -P "\t$S\.(Account|Account\.BusinessProfile|Account\.Company|Account\.Company\.AddressKana|Account\.TosAcceptance|Account\.Settings\.Branding|Address|BankAccount|Card|Charge|Charge\.BillingDetails|Charge\.Outcome|Charge\.FraudDetails|Charge\.PaymentMethodDetails\.Card|Charge\.PaymentMethodDetails\.Card\.Wallet\.(Masterpass|VisaCheckout)|Charge\.PaymentMethodDetails\.SepaDebit|Charge\.PaymentMethodDetails\.Sofort|Charge\.PaymentMethodDetails\.CardPresent\.Receipt|Coupon|Customer|Customer\.InvoiceSettings|Customer\.Tax|Customer\.Tax\.Location|Event|Event\.Request|Invoice|Invoice\.CustomerTaxId|PaymentMethod\.BillingDetails|PaymentMethod\.Card|PaymentMethod\.Card\.Wallet\.(Masterpass|VisaCheckout)|PaymentMethod\.Klarna\.Dob|PaymentMethod\.SepaDebit|PaymentMethod\.UsBankAccount|Person|Person\.AddressKanji|Person\.Dob|Person\.Relationship|Person\.Verification|Person\.Verification\.Document|Plan|Product|Product\.PackageDimensions|Review|Review\.IpAddressLocation|Review\.Session|ShippingDetails|TaxId|TaxId\.Owner|issuing\.Cardholder|issuing\.Cardholder\.Individual|issuing\.Cardholder\.Individual\.Dob|issuing\.Cardholder\.Billing|terminal\.Location)\t"
K=org.keycloak.representations
extract org.keycloak:keycloak-core:26.6.2 $SRC/keycloak-core \
  $K.IDToken $K.JsonWebToken $K.AddressClaimSet $K.AccessToken $K.idm.AbstractUserRepresentation \
  $K.idm.UserRepresentation $K.idm.CredentialRepresentation $K.idm.RealmRepresentation \
  $K.idm.ClientRepresentation $K.idm.UserSessionRepresentation $K.idm.EventRepresentation \
  $K.idm.AdminEventRepresentation $K.idm.AuthDetailsRepresentation \
  $K.idm.FederatedIdentityRepresentation $K.idm.IdentityProviderRepresentation \
  $K.idm.OrganizationRepresentation $K.idm.OrganizationInvitationRepresentation \
  $K.idm.MemberRepresentation $K.idm.GroupRepresentation $K.idm.RoleRepresentation \
  $K.idm.UserConsentRepresentation $K.idm.UserProfileAttributeMetadata \
  $K.idm.SocialLinkRepresentation $K.idm.CertificateRepresentation
M=org.hl7.fhir.r4.model
extract ca.uhn.hapi.fhir:org.hl7.fhir.r4:6.6.7 $SRC/org.hl7.fhir.r4 \
  $M.Patient $M.Practitioner $M.Person $M.RelatedPerson $M.HumanName $M.Address $M.ContactPoint \
  $M.Observation $M.Condition $M.AllergyIntolerance $M.Device $M.Location $M.Organization \
  $M.Identifier $M.Attachment
