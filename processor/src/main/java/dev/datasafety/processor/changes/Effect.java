package dev.datasafety.processor.changes;

import java.util.Locale;

/**
 * What a change does to data safety, in the order the change report lists them. Weakening is what
 * SPEC §6's baseline-change list names; its opposite tightens; a datum, purpose or recipient no
 * longer declared (or no longer used) is a removal; anything else changes what users are told
 * without making data less safe.
 */
public enum Effect {
  WEAKENS,
  TIGHTENS,
  REMOVES,
  NEUTRAL;

  /** The name the JSON report and the text report use: {@code weakens}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The effect of moving from one protection level to another, where a higher level protects
   * more; {@code NEUTRAL} for two values that protect alike.
   */
  static Effect ofProtection(int before, int after) {
    if (after < before) {
      return WEAKENS;
    }
    return after > before ? TIGHTENS : NEUTRAL;
  }
}
