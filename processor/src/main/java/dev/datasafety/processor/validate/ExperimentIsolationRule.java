package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * experiment-rule, not combined: data of an experiment sits in a type of its own, never beside
 * data of other purposes, so that ending the experiment removes the whole record and no row joins
 * experiment data to the product's. (A datum that itself mixes experiment and other purposes is
 * reported by {@link ExperimentRule}.)
 */
final class ExperimentIsolationRule {
  private final TypeElement type;
  private final List<DatumDeclaration> others;
  private final Catalog catalog;

  private ExperimentIsolationRule(TypeElement type, List<DatumDeclaration> others, Catalog catalog) {
    this.type = type;
    this.others = others;
    this.catalog = catalog;
  }

  /** The rule for one type's data: which of them serve no experiment at all. */
  static ExperimentIsolationRule forType(TypeElement type, List<DatumDeclaration> data, Catalog catalog) {
    // Loops, not streams: this runs for every type that holds data, mostly before the JIT has warmed up.
    List<DatumDeclaration> others = new ArrayList<>();
    for (DatumDeclaration d : data) {
      List<String> ids = d.purposeIds();
      if (!ids.isEmpty() && countExperimental(catalog, ids) == 0) {
        others.add(d);
      }
    }
    return new ExperimentIsolationRule(type, others, catalog);
  }

  private static int countExperimental(Catalog catalog, List<String> ids) {
    int experimental = 0;
    for (String id : ids) {
      if (ExperimentRule.isExperimental(catalog, id)) {
        experimental++;
      }
    }
    return experimental;
  }

  void check(DatumDeclaration datum, Reporter reporter) {
    if (others.isEmpty()) {
      return; // no other data to be combined with: nothing to report
    }
    List<String> ids = datum.purposeIds();
    boolean onlyExperiments = !ids.isEmpty() && countExperimental(catalog, ids) == ids.size();
    if (!onlyExperiments) {
      return;
    }
    String experiment = ids.get(0);
    String beside = others.stream()
        .map(d -> d.memberName() + ": " + String.join(", ", d.purposeIds()))
        .collect(Collectors.joining("; "));
    reporter.report(Message.EXPERIMENT_COMBINED_IN_TYPE, datum.purposes().where(), datum.describe(), experiment,
        type.getQualifiedName(), beside);
  }
}
