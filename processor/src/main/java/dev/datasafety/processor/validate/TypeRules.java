package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.TypeDeclaration;
import dev.datasafety.processor.collect.UserDataTypes;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Retention;
import dev.datasafety.processor.options.ProcessorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;

/**
 * Every check on one data-holding type: how its members are accounted for, then each datum's
 * rules. Run once, in the last round.
 */
public final class TypeRules {
  private TypeRules() {}

  /** A datum that passed every check, with its inventory view. */
  public record CheckedDatum(DatumDeclaration declaration, DataItem item) {}

  /**
   * Returns the data that passed every check; the others were reported. {@code alsoCheck} runs on
   * every declared datum after its rules (the last round's warnings; nothing for code generation).
   */
  public static List<CheckedDatum> check(TypeElement type, UserDataTypes userDataTypes, Predicate<TypeElement> fromSource,
      Catalog catalog, ProcessorOptions options, Reporter reporter, Consumer<DatumDeclaration> alsoCheck) {
    List<CheckedDatum> checked = new ArrayList<>();
    List<DatumDeclaration> data = MemberRules.check(TypeDeclaration.read(type, userDataTypes), fromSource, reporter);
    ExperimentIsolationRule isolation = ExperimentIsolationRule.forType(type, data, catalog);
    for (DatumDeclaration datum : data) {
      int errorsBefore = reporter.errorCount();
      Optional<Retention> retention = DatumRules.check(datum, catalog, options, reporter);
      isolation.check(datum, reporter);
      alsoCheck.accept(datum);
      if (reporter.errorCount() > errorsBefore || retention.isEmpty()) {
        continue;
      }
      checked.add(new CheckedDatum(datum, datum.toItem(retention.get(), catalog::isOptional)));
    }
    return checked;
  }
}
