package dev.datasafety.processor.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The catalog declarations a compilation sees (purposes, recipients, controllers), from its own
 * sources and from its dependencies' inventories.
 */
public record VisibleDeclarations(
    List<PurposeDeclaration> purposes, List<RecipientDeclaration> recipients, List<ControllerDeclaration> controllers) {

  /** Every declaration on the types and packages the rounds so far named. */
  public static VisibleDeclarations fromSources(RoundCollector collected, Elements elements) {
    List<Element> holders = new ArrayList<>();
    for (String name : collected.purposePackages()) {
      holders.addAll(elements.getAllPackageElements(name));
    }
    for (String name : collected.purposeTypes()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        holders.add(type);
      }
    }
    return new VisibleDeclarations(
        flatMap(holders, PurposeDeclaration::readAll),
        flatMap(holders, RecipientDeclaration::readAll),
        flatMap(holders, holder -> ControllerDeclaration.read(holder).stream().toList()));
  }

  /** Every declaration of the dependencies' inventories. */
  public static VisibleDeclarations fromDependencies(DependencyInventories.Result dependencies) {
    List<PurposeDeclaration> purposes = new ArrayList<>();
    List<RecipientDeclaration> recipients = new ArrayList<>();
    List<ControllerDeclaration> controllers = new ArrayList<>();
    for (DependencyInventories.Dependency dependency : dependencies.dependencies()) {
      dependency.inventory().purposes()
          .forEach(p -> purposes.add(PurposeDeclaration.fromDependency(p, dependency.marker())));
      dependency.inventory().recipients()
          .forEach(r -> recipients.add(RecipientDeclaration.fromDependency(r, dependency.marker())));
      dependency.inventory().controller()
          .ifPresent(c -> controllers.add(ControllerDeclaration.fromDependency(c, dependency.marker())));
    }
    return new VisibleDeclarations(purposes, recipients, controllers);
  }

  private static <T> List<T> flatMap(List<Element> holders, Function<Element, List<T>> read) {
    List<T> all = new ArrayList<>();
    holders.forEach(holder -> all.addAll(read.apply(holder)));
    return all;
  }
}
