package dev.datasafety;

/** How much a stored value still identifies the person, from most to least. */
public enum DataForm {
  /** The value as the user gave it or as it was observed. */
  RAW,
  /** The identity replaced by a token that can be linked back with a key held elsewhere. */
  PSEUDONYMIZED,
  /** Combined over many users; no individual value is kept. */
  AGGREGATED,
  /** Cannot be linked back to a person by any means. */
  ANONYMIZED
}
