package dev.datasafety;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States that a member is not personal data. It accounts for a member of a {@link UserData} type
 * and silences the personal-data detector for the member (on a type: for all its members).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface NotUserData {
  /** Why this is not personal data. Non-blank. */
  String value();
}
