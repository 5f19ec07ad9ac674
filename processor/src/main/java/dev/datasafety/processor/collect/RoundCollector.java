package dev.datasafety.processor.collect;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Remembers, across rounds, the names of what the sources declare: types holding data and the
 * types and packages declaring purposes, recipients or the data controller (the catalog). Names, not elements: elements of one round must not be
 * used in another. Sorted sets give a stable order whatever the order of the source files.
 */
public final class RoundCollector {
  private final Set<String> dataTypes = new TreeSet<>();
  private final Set<String> purposeTypes = new TreeSet<>();
  private final Set<String> purposePackages = new TreeSet<>();
  private final Set<String> rootTypes = new TreeSet<>();
  private final Set<String> rootPackages = new TreeSet<>();
  private int elementsSeen;
  private Optional<String> namedModule = Optional.empty();

  /** What a catalog type or package declares. */
  private static final String[] CATALOG_ANNOTATIONS = {
    Annotations.PURPOSE, Annotations.PURPOSES, Annotations.RECIPIENT, Annotations.RECIPIENTS, Annotations.DATA_CONTROLLER
  };

  /** Records one round. */
  public void collect(RoundEnvironment round, Elements elements) {
    Set<TypeElement> annotations = new LinkedHashSet<>();
    TypeElement userData = elements.getTypeElement(Annotations.USER_DATA);
    if (userData != null) {
      annotations.add(userData);
    }
    for (String annotation : CATALOG_ANNOTATIONS) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type != null) {
        annotations.add(type);
      }
    }
    // One scan of the round's elements for all of datasafety's annotations: each scan visits every
    // member of every root type, and none of them is @Inherited, so the element's own mirrors say
    // which it carries.
    // The scan gives a type's members one after another: its name is added once, not once per datum.
    TypeElement lastOwner = null;
    for (Element e : annotations.isEmpty() ? Set.<Element>of() : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        Element annotation = mirror.getAnnotationType().asElement();
        if (annotation.equals(userData)) {
          elementsSeen++;
          TypeElement owner = e instanceof TypeElement t ? t : enclosingType(e);
          if (owner != null && owner != lastOwner) {
            dataTypes.add(owner.getQualifiedName().toString());
            lastOwner = owner;
          }
        } else if (annotations.contains(annotation)) {
          elementsSeen++;
          if (e instanceof PackageElement p) {
            purposePackages.add(p.getQualifiedName().toString());
          } else if (e instanceof TypeElement t) {
            purposeTypes.add(t.getQualifiedName().toString());
          }
        }
      }
    }
    for (Element root : round.getRootElements()) {
      if (namedModule.isEmpty() && (root instanceof TypeElement || root instanceof PackageElement)) {
        ModuleElement module = elements.getModuleOf(root);
        if (module != null && !module.isUnnamed()) {
          namedModule = Optional.of(module.getQualifiedName().toString());
        }
      }
      if (root instanceof TypeElement t) {
        rootTypes.add(t.getQualifiedName().toString());
      } else if (root instanceof PackageElement p) {
        rootPackages.add(p.getQualifiedName().toString());
      }
    }
  }

  /**
   * Adds the declarations of an earlier build of this module ({@link #declarations()}) that sit in
   * sources this compilation does not compile and whose class files are still there: Maven with
   * {@code useIncrementalCompilation=false} recompiles only the changed sources, and the inventory
   * must still hold the whole module. A recompiled source counts as it is now, not as it was.
   */
  public void addUnchanged(Set<String> earlierDeclarations, Elements elements) {
    for (String declaration : earlierDeclarations) {
      int colon = declaration.indexOf(':');
      String kind = declaration.substring(0, colon + 1);
      String name = declaration.substring(colon + 1);
      if (kind.equals("package:")) {
        if (!rootPackages.contains(name) && elements.getPackageElement(name) != null) {
          purposePackages.add(name);
        }
        continue;
      }
      TypeElement type = elements.getTypeElement(name);
      if (type == null || rootTypes.contains(topLevel(type).getQualifiedName().toString())) {
        continue;
      }
      if (kind.equals("data:")) {
        dataTypes.add(name);
      } else if (kind.equals("purposes:")) {
        purposeTypes.add(name);
      }
    }
  }

  private static TypeElement topLevel(TypeElement type) {
    TypeElement top = type;
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
      top = t;
    }
    return top;
  }

  private static TypeElement enclosingType(Element e) {
    for (Element owner = e.getEnclosingElement(); owner != null; owner = owner.getEnclosingElement()) {
      if (owner instanceof TypeElement t) {
        return t;
      }
    }
    return null;
  }

  public Set<String> dataTypes() {
    return dataTypes;
  }

  /** Types declaring purposes, recipients or the controller. */
  public Set<String> purposeTypes() {
    return purposeTypes;
  }

  /** Packages declaring purposes, recipients or the controller. */
  public Set<String> purposePackages() {
    return purposePackages;
  }

  /** Every top-level type compiled, for checks that look at all code (the detector). */
  /**
   * The name of the module being compiled when it is a named one (it has a {@code module-info});
   * empty on the class path, and where the compiler reports no module (ECJ on a class path).
   */
  public Optional<String> namedModule() {
    return namedModule;
  }

  public Set<String> rootTypes() {
    return rootTypes;
  }

  /**
   * Every declaration of the compilation, by kind and name ({@code data:app.Account},
   * {@code package:app}, {@code purposes:app.Catalog}): what names the module marker.
   */
  public Set<String> declarations() {
    Set<String> declarations = new TreeSet<>();
    dataTypes.forEach(t -> declarations.add("data:" + t));
    purposePackages.forEach(p -> declarations.add("package:" + p));
    purposeTypes.forEach(t -> declarations.add("purposes:" + t));
    return declarations;
  }

  public int elementsSeen() {
    return elementsSeen;
  }
}
