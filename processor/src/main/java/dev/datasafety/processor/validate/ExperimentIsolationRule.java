package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Reporter;
import java.util.List;
import java.util.Optional;
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
    List<DatumDeclaration> others = data.stream()
        .filter(d -> !d.purposeIds().isEmpty())
        .filter(d -> d.purposeIds().stream().noneMatch(id -> ExperimentRule.isExperimental(catalog, id)))
        .toList();
    return new ExperimentIsolationRule(type, others, catalog);
  }

  void check(DatumDeclaration datum, Reporter reporter) {
    if (others.isEmpty()) {
      return; // no other data to be combined with: nothing to report
    }
    List<String> ids = datum.purposeIds();
    Optional<String> experiment = ids.stream().filter(id -> ExperimentRule.isExperimental(catalog, id)).findFirst();
    boolean onlyExperiments = !ids.isEmpty() && ids.stream().allMatch(id -> ExperimentRule.isExperimental(catalog, id));
    if (experiment.isEmpty() || !onlyExperiments) {
      return;
    }
    String beside = others.stream()
        .map(d -> d.memberName() + ": " + String.join(", ", d.purposeIds()))
        .collect(Collectors.joining("; "));
    reporter.report(Message.EXPERIMENT_COMBINED_IN_TYPE, datum.purposes().where(), datum.describe(), experiment.get(),
        type.getQualifiedName(), beside);
  }
}
