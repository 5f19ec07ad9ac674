package dev.datasafety;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares why personal data is collected. Data refers to purposes by {@link #id()}; purposes may
 * be declared in the module being compiled or in any dependency (a shared privacy catalog).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(Purposes.class)
public @interface Purpose {

  /** Stable id: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, optionally in dot-separated segments ({@code ads.measurement}). */
  String id();

  /** Short user-facing heading; derived from the id when empty. */
  String title() default "";

  /** What the data is used for, in plain words. Non-blank. */
  String description();

  /** The direct benefit the user gets. Non-blank. */
  String userBenefit();

  /** Whether the user can refuse this purpose. */
  Choice choice() default Choice.REQUIRED;

  /**
   * An experiment or research purpose: must be {@link Choice#OPT_IN} and have an {@link #expires()}
   * date; its data must not be sensitive, must have a bounded retention, must serve no other
   * purpose and must not sit in one type with data of other purposes.
   */
  boolean experimental() default false;

  /** The kind of purpose, as app-store forms ask for it. */
  PurposeCategory category() default PurposeCategory.UNSPECIFIED;

  /** The lawful basis of the processing (GDPR Art. 6); {@link LegalBasis#CONSENT} cannot back a required purpose. */
  LegalBasis legalBasis() default LegalBasis.UNSPECIFIED;

  /**
   * The ISO-8601 date ({@code 2027-03-31}) when collection for this purpose ends. Required for
   * experimental purposes; the build fails once it has passed.
   */
  String expires() default "";
}
