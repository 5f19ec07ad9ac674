package dev.datasafety;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares personal data: on a field or record component, one datum; on a type, that the type
 * holds user data and the defaults for its members.
 *
 * <p>Every element but {@link #name()} and {@link #description()} is resolved from the member,
 * else the nearest enclosing type that writes it explicitly, else the default below.
 * {@link #purposes()}, {@link #retention()} and {@link #kind()} have no default: the build fails
 * when none is written at any level.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface UserData {

  /** Short user-facing name; when empty, derived from the member name ({@code dateOfBirth} → "Date of birth"). */
  String name() default "";

  /** What this datum is, in words the user understands. Required on every datum; never inherited. */
  String description() default "";

  /**
   * Whether the datum singles out a person or describes one. Must be written explicitly on the
   * member or on an enclosing type.
   */
  DataKind kind() default DataKind.ATTRIBUTE;

  /** Ids of declared {@link Purpose}s; at least one must resolve. */
  String[] purposes() default {};

  /**
   * How long the datum is kept: an ISO-8601 duration ({@code P30D}, {@code P1Y6M}, {@code PT12H}),
   * {@code transient}, {@code session} or {@code until-account-deletion}. Required.
   */
  String retention() default "";

  /** Whether the server can read the datum in clear (false: only on the device, or end-to-end encrypted). */
  boolean serverVisible() default true;

  /**
   * Special-category data: health, biometrics, precise location, religion, sexual life, government
   * ids, financial account numbers.
   */
  boolean sensitive() default false;

  /** How much the stored value still identifies the person. */
  DataForm form() default DataForm.RAW;

  /** References of the data-safety reviews that approved this datum (ticket ids or URLs). */
  String[] reviews() default {};

  /**
   * What kind of personal data it is: an id of datasafety's category vocabulary, such as
   * {@code contact.email}, {@code location.precise} or {@code activity.app-interaction} (the
   * list is in the processor's documentation). Special categories require {@code sensitive = true}.
   */
  String category() default "";

  /**
   * Ids of declared {@link Recipient}s that receive the datum besides the application itself.
   * A datum with a {@link RecipientRole#THIRD_PARTY} recipient needs {@link #reviews()}.
   */
  String[] recipients() default {};
}
