package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.ControllerDeclaration;
import dev.datasafety.processor.collect.Declaration;
import dev.datasafety.processor.collect.VisibleDeclarations;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Checks everything data refers to (purposes, recipients, the controller) and builds the catalog the
 * data rules read. Shared by the last round (which reports) and code generation (which checks
 * silently).
 */
public final class CatalogRules {
  private CatalogRules() {}

  public static Catalog check(VisibleDeclarations sources, VisibleDeclarations dependencies, Supplier<LocalDate> today,
      boolean mayMissNamedModules, Reporter reporter) {
    return new Catalog(
        PurposeRules.check(sources.purposes(), dependencies.purposes(), today, reporter),
        RecipientRules.check(sources.recipients(), dependencies.recipients(), reporter),
        controller(sources.controllers(), dependencies.controllers(), reporter),
        mayMissNamedModules);
  }

  /**
   * Checks each source declaration's content, then registers source declarations before those of
   * dependencies; the same id with different content is reported once, on the declaration in the
   * sources when there is one.
   */
  static <D extends Declaration<? extends Record>> Registry<D> register(
      List<D> fromSources, List<D> fromDependencies, Consumer<D> checkContent, Message duplicate, Reporter reporter) {
    Registry<D> registry = new Registry<>();
    for (D declaration : fromSources) {
      checkContent.accept(declaration);
      registerOrReportDuplicate(registry, declaration, duplicate, reporter);
    }
    for (D declaration : fromDependencies) {
      registerOrReportDuplicate(registry, declaration, duplicate, reporter);
    }
    return registry;
  }

  private static <D extends Declaration<? extends Record>> void registerOrReportDuplicate(
      Registry<D> registry, D d, Message duplicate, Reporter reporter) {
    registry.register(d).ifPresent(existing -> {
      if (!existing.info().equals(d.info())) {
        Conflict<D> conflict = Conflict.of(d, existing);
        reporter.report(duplicate, conflict.at("id"), d.id(), conflict.other().origin(), conflict.differences());
      }
    });
  }

  /** duplicate-controller: one application, one controller; the same one declared twice is fine. */
  private static Optional<ControllerDeclaration> controller(
      List<ControllerDeclaration> fromSources, List<ControllerDeclaration> fromDependencies, Reporter reporter) {
    List<ControllerDeclaration> all = new ArrayList<>(fromSources);
    all.addAll(fromDependencies);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    ControllerDeclaration first = all.get(0);
    for (ControllerDeclaration other : all.subList(1, all.size())) {
      if (!other.info().equals(first.info())) {
        Conflict<ControllerDeclaration> conflict = Conflict.of(other, first);
        reporter.report(Message.DUPLICATE_CONTROLLER, conflict.at("name"), conflict.here().origin(),
            conflict.other().origin(), conflict.differences());
      }
    }
    return Optional.of(first);
  }

  /** Two declarations that must agree and do not; {@code here} is in the sources being compiled whenever one is. */
  private record Conflict<D extends Declaration<? extends Record>>(D here, D other) {
    static <D extends Declaration<? extends Record>> Conflict<D> of(D a, D b) {
      return a.source().isPresent() ? new Conflict<>(a, b) : new Conflict<>(b, a);
    }

    Position at(String elementName) {
      return here.source().isPresent() ? here.at(elementName) : Position.none();
    }

    String differences() {
      return Differences.between(here.info(), other.info());
    }
  }
}
