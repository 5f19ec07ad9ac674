package dev.datasafety.processor;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.export.ExportFile;
import dev.datasafety.processor.export.ExportFormat;
import dev.datasafety.processor.export.Exporter;
import dev.datasafety.processor.export.MissingFact;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.validate.Catalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exports the build asks for (SPEC §9): each rendered from the full inventory, or, when the
 * declarations lack a fact it needs, {@code missing-export-data} on the datum or purpose that lacks
 * it. A fact several exports need is reported once, naming them all.
 */
final class ExportCheck {
  private ExportCheck() {}

  /** The files of every export that has what it needs, by format; the others were reported. */
  static Map<ExportFormat, List<ExportFile>> run(List<ExportFormat> formats, Inventory full,
      Map<String, DatumDeclaration> ownData, Catalog catalog, Reporter reporter) {
    Map<MissingFact, List<ExportFormat>> missing = new LinkedHashMap<>();
    Map<ExportFormat, List<ExportFile>> rendered = new EnumMap<>(ExportFormat.class);
    for (ExportFormat format : formats) {
      Exporter exporter = format.exporter();
      List<MissingFact> lacks = exporter.missing(full);
      lacks.forEach(fact -> missing.computeIfAbsent(fact, f -> new ArrayList<>()).add(format));
      if (lacks.isEmpty()) {
        rendered.put(format, exporter.render(full));
      }
    }
    missing.forEach((fact, needing) -> reporter.report(Message.MISSING_EXPORT_DATA, position(fact, ownData, catalog),
        subject(fact, ownData), fact.fact(), names(needing), fact.fix()));
    return rendered;
  }

  private static Position position(MissingFact fact, Map<String, DatumDeclaration> ownData, Catalog catalog) {
    switch (fact.subject()) {
      case DATUM:
        DatumDeclaration datum = ownData.get(fact.id());
        return datum == null ? Position.none() : Position.of(datum.member(), datum.annotation());
      case PURPOSE:
        return catalog.purposes().find(fact.id()).map(p -> p.at(fact.element())).orElseGet(Position::none);
      case RECIPIENT:
        return catalog.recipients().find(fact.id()).map(r -> r.at(fact.element())).orElseGet(Position::none);
      default:
        return Position.none();
    }
  }

  private static String subject(MissingFact fact, Map<String, DatumDeclaration> ownData) {
    switch (fact.subject()) {
      case DATUM:
        DatumDeclaration datum = ownData.get(fact.id());
        return datum == null ? "Datum " + fact.id() + " (declared in a dependency)" : datum.describe();
      case PURPOSE:
        return "Purpose '" + fact.id() + "'";
      case RECIPIENT:
        return "Recipient '" + fact.id() + "'";
      default:
        return "The application";
    }
  }

  /** "the 'play' export", "the 'play' and 'apple' exports". */
  private static String names(List<ExportFormat> formats) {
    List<String> quoted = formats.stream().map(f -> "'" + f.id() + "'").toList();
    String joined = quoted.size() == 1 ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    return "the " + joined + (quoted.size() == 1 ? " export" : " exports");
  }
}
