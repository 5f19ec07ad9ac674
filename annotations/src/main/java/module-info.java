/**
 * The datasafety annotations: declare personal data, its purposes and its retention; and the
 * run-time model the generated code uses (package {@code dev.datasafety.runtime}).
 */
module dev.datasafety {
  exports dev.datasafety;
  exports dev.datasafety.runtime;
}
