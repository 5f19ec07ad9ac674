package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.Retention;
import dev.datasafety.processor.options.ProcessorOptions;
import java.util.Optional;

/** One check of a declared datum. */
interface DatumRule {

  /** What a rule sees: the declaration, its parsed retention when valid, and the compilation's context. */
  record Subject(
      DatumDeclaration datum, Optional<Retention> retention, Catalog catalog, ProcessorOptions options) {}

  void check(Subject subject, Reporter reporter);
}
