/** The datasafety annotations: declare personal data, its purposes and its retention. */
module dev.datasafety {
  exports dev.datasafety;
}
