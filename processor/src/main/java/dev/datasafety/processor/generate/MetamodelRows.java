package dev.datasafety.processor.generate;

import dev.datasafety.Choice;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Retention;
import java.util.Map;
import java.util.Optional;

/**
 * The metamodel's row of a declared datum, read as written. Nothing is checked here: the last
 * round checks every declaration once and fails the build on any error, so a row is only ever
 * used when its declaration is valid. One that lacks an element gets no row meanwhile.
 */
final class MetamodelRows {
  private MetamodelRows() {}

  static Optional<DataItem> row(DatumDeclaration d, Map<String, Choice> choices) {
    if (!d.description().isPresent() || !d.kind().isPresent() || !d.retention().isPresent()
        || !d.purposes().isPresent()) {
      return Optional.empty();
    }
    Optional<Retention> retention = Retention.parse(d.retention().value()).retention();
    if (retention.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(d.toItem(retention.get(), id -> choices.getOrDefault(id, Choice.REQUIRED) != Choice.REQUIRED));
  }
}
