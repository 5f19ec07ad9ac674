package dev.datasafety;

/** Whether the user can refuse a purpose. */
public enum Choice {
  /** Needed for the service the user asked for. */
  REQUIRED,
  /** On unless the user turns it off. */
  OPT_OUT,
  /** Off unless the user turns it on. */
  OPT_IN
}
