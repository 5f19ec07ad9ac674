package dev.datasafety;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who is responsible for the data (the GDPR controller), and the application-level facts that
 * store forms and records of processing ask for. At most one per application: the module being
 * compiled and its dependencies together.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface DataController {

  /** The legal name of the controller ("Acme Notes Ltd"). Non-blank. */
  String name();

  /** How people reach the controller about their data: an email address or URL. Non-blank. */
  String contact();

  /** The data protection officer's contact, when one is appointed. */
  String dpo() default "";

  /** The URL of the privacy policy. */
  String privacyPolicyUrl() default "";

  /** Where users ask for their account to be deleted (Google Play asks for it). */
  String accountDeletionUrl() default "";

  /** Where users ask for some of their data to be deleted without deleting their account. */
  String dataDeletionUrl() default "";

  /** Whether all data is encrypted in transit. */
  boolean encryptedInTransit() default true;
}
