package dev.datasafety;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares someone besides the application that receives personal data. Data names recipients by
 * {@link #id()} in {@link UserData#recipients()}; recipients are declared and found like
 * {@link Purpose}s, in the module being compiled or in any dependency.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(Recipients.class)
public @interface Recipient {

  /** Stable id, with the syntax of purpose ids ({@code postmark}, {@code ads.partner}). */
  String id();

  /** Who it is, for users ("Postmark, our email delivery service"). Non-blank. */
  String name();

  /** Whether it acts only on the application's behalf or uses the data for its own purposes. */
  RecipientRole role();

  /** ISO 3166-1 alpha-2 code of the country where it processes the data ({@code US}); empty when unknown. */
  String country() default "";

  /** Network domains it receives data on (the tracking domains of Apple's privacy manifest). */
  String[] domains() default {};
}
