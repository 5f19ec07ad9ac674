package dev.datasafety.processor.collect;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The purpose declarations a compilation sees: those of its sources and those of its dependencies. */
public final class VisiblePurposes {
  private VisiblePurposes() {}

  /** Every {@code @Purpose} on the types and packages the rounds so far named. */
  public static List<PurposeDeclaration> fromSources(RoundCollector collected, Elements elements) {
    List<PurposeDeclaration> declarations = new ArrayList<>();
    for (String name : collected.purposePackages()) {
      for (PackageElement pkg : elements.getAllPackageElements(name)) {
        declarations.addAll(PurposeDeclaration.readAll(pkg));
      }
    }
    for (String name : collected.purposeTypes()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        declarations.addAll(PurposeDeclaration.readAll(type));
      }
    }
    return declarations;
  }

  /** Every purpose of the dependencies' inventories. */
  public static List<PurposeDeclaration> fromDependencies(DependencyInventories.Result dependencies) {
    List<PurposeDeclaration> declarations = new ArrayList<>();
    for (DependencyInventories.Dependency dependency : dependencies.dependencies()) {
      for (var purpose : dependency.inventory().purposes()) {
        declarations.add(PurposeDeclaration.fromDependency(purpose, dependency.marker()));
      }
    }
    return declarations;
  }
}
