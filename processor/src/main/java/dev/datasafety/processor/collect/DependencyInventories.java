package dev.datasafety.processor.collect;

import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.format.ModuleMarker;
import dev.datasafety.processor.model.Inventory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.annotation.processing.Filer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Finds the inventories of the dependencies through their marker classes (see
 * {@link ModuleMarker}): those of the class path in the one shared package, those of named modules
 * in each module's own package, and those of the named modules a build on the class path is told
 * of ({@code datasafety.dependencyModules}). This module's own output from an earlier build, which Maven puts on
 * the class path too, is skipped.
 */
public final class DependencyInventories {
  /** The module of the annotations and the run-time: every module built with datasafety reads it. */
  private static final String DATASAFETY_MODULE = "dev.datasafety";

  private DependencyInventories() {}

  /**
   * A dependency's inventory, the marker that named it, and the dependency's generated inventory
   * class (absent for markers written before there was one).
   */
  public record Dependency(String marker, Inventory inventory, Optional<String> inventoryClass) {}

  /** A marker whose inventory could not be read. */
  public record Problem(String marker, String reason) {}

  /**
   * What was read: the dependencies, the markers that could not be read, the modules of
   * {@code datasafety.dependencyModules} that have no marker, and a named module on the class path
   * whose declarations this build does not read because it is not listed (a class path shows at
   * most one: see {@link ModuleMarker#MODULE_NAME_RESOURCE}).
   */
  public record Result(List<Dependency> dependencies, List<Problem> problems, List<String> unfoundModules,
      Optional<String> unlistedModule) {}

  /**
   * Reads every dependency's inventory.
   *
   * @param listedModules the named modules whose markers this build looks up by name
   *     ({@code datasafety.dependencyModules}): a build on the class path finds a named module's
   *     marker no other way
   * @param onClassPath whether this module is compiled on the class path (the unnamed module)
   */
  public static Result read(Elements elements, Filer filer, List<String> listedModules, boolean onClassPath) {
    List<Dependency> dependencies = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<String> unfound = new ArrayList<>();
    for (Found found : markers(elements, listedModules, unfound::add)) {
      if (isOwnOutput(filer, found.marker())) {
        continue;
      }
      try {
        dependencies.add(dependency(found, filer));
      } catch (Unreadable unreadable) {
        problems.add(new Problem(found.marker().qualifiedName(), unreadable.getMessage()));
      }
    }
    Optional<String> unlisted = onClassPath
        ? namedModuleOnClassPath(filer).filter(module -> !listedModules.contains(module))
        : Optional.empty();
    return new Result(dependencies, problems, List.copyOf(unfound), unlisted);
  }

  /**
   * The named module that the first jar of the class path holding {@link
   * ModuleMarker#MODULE_NAME_RESOURCE} says it is, unless that resource is this module's own
   * output from an earlier build as a named module.
   */
  private static Optional<String> namedModuleOnClassPath(Filer filer) {
    // The class output is asked only then: an in-memory file manager (compile-testing, IDEs) may
    // count a file asked for in an output location as one written.
    return moduleName(filer, StandardLocation.CLASS_PATH)
        .filter(module -> !moduleName(filer, StandardLocation.CLASS_OUTPUT).equals(Optional.of(module)));
  }

  private static Optional<String> moduleName(Filer filer, StandardLocation location) {
    try (InputStream in = filer.getResource(location, "", ModuleMarker.MODULE_NAME_RESOURCE).openInputStream()) {
      String name = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return SourceVersion.isName(name) ? Optional.of(name) : Optional.empty();
    } catch (IOException | IllegalArgumentException | IllegalStateException none) {
      return Optional.empty();
    }
  }

  private static Dependency dependency(Found found, Filer filer) throws Unreadable {
    String name = found.marker().qualifiedName();
    Map<String, Object> constants = constants(found.type());
    Optional<ModuleMarker.Contents> contents;
    try {
      contents = ModuleMarker.read(constants);
    } catch (ModuleMarker.InvalidMarkerException invalid) {
      throw new Unreadable("its marker was written by another datasafety version: " + invalid.getMessage());
    }
    if (contents.isPresent()) {
      try {
        return new Dependency(name, InventoryJson.read(contents.get().inventory()),
            Optional.of(contents.get().inventoryClass()));
      } catch (InventoryJson.InvalidInventoryException invalid) {
        throw new Unreadable("the inventory its marker carries is not a valid inventory: " + invalid.getMessage());
      }
    }
    // A marker written before markers carried their inventory: the inventory is a resource beside
    // it, which only the class path shows (all modules of that version shared one package).
    String resource = found.marker().legacyInventoryPath();
    String json;
    try (InputStream in = filer.getResource(StandardLocation.CLASS_PATH, "", resource).openInputStream()) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
      throw new Unreadable(resource + " is missing or unreadable (" + unreadable + ")");
    }
    try {
      Object inventoryClass = constants.get(ModuleMarker.INVENTORY_CLASS_FIELD);
      return new Dependency(name, InventoryJson.read(json),
          inventoryClass instanceof String className ? Optional.of(className) : Optional.empty());
    } catch (InventoryJson.InvalidInventoryException invalid) {
      throw new Unreadable(resource + " is not a valid inventory: " + invalid.getMessage());
    }
  }

  /** Why a marker's inventory could not be read, as the warning says it. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason);
    }
  }

  /**
   * What an earlier build of this module declared ({@code RoundCollector.declarations()}), read
   * from its marker in the class output; empty after {@code clean} or when nothing was declared.
   */
  public static Set<String> earlierOwnDeclarations(Elements elements, Filer filer) {
    Set<String> declarations = new TreeSet<>();
    for (Found found : markers(elements, List.of(), unlisted -> {})) {
      if (!isOwnOutput(filer, found.marker())) {
        continue;
      }
      try {
        Optional<ModuleMarker.Contents> contents = ModuleMarker.read(constants(found.type()));
        if (contents.isPresent()) {
          declarations.addAll(contents.get().declarations());
          continue;
        }
      } catch (ModuleMarker.InvalidMarkerException writtenByAnotherVersion) {
        continue; // nothing this version can add back
      }
      try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", found.marker().legacyDeclarationsPath())
          .openInputStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(declarations::add);
      } catch (IOException | IllegalArgumentException | IllegalStateException writtenBeforeDeclarationsWere) {
        // An output from a version that did not write them: nothing to add back.
      }
    }
    return declarations;
  }

  /** A marker class, as the compiler sees it. */
  private record Found(ModuleMarker marker, TypeElement type) {}

  /**
   * Every marker visible to this compilation, by name: the classes of the shared package (the
   * class path, and automatic modules built on it), of each named module's own package, and of the
   * package of each listed module, wherever it is (a named module's jar on the class path). Each is
   * one package look-up per module, however many packages the dependencies hold.
   *
   * @param unfound told each listed module whose marker package this compilation does not see
   */
  private static List<Found> markers(Elements elements, List<String> listedModules, Consumer<String> unfound) {
    Set<PackageElement> packages = new LinkedHashSet<>(elements.getAllPackageElements(ModuleMarker.SHARED_PACKAGE));
    Map<ModuleElement, Boolean> exportsDatasafety = new HashMap<>();
    for (ModuleElement module : elements.getAllModuleElements()) {
      if (!module.isUnnamed() && !elements.isAutomaticModule(module) && readsDatasafety(module, exportsDatasafety)) {
        String own = ModuleMarker.packageFor(module.getQualifiedName().toString());
        Optional.ofNullable(elements.getPackageElement(module, own)).ifPresent(packages::add);
      }
    }
    for (String listed : listedModules) {
      Set<? extends PackageElement> found = elements.getAllPackageElements(ModuleMarker.packageFor(listed));
      if (found.isEmpty()) {
        unfound.accept(listed);
      }
      packages.addAll(found);
    }
    Map<String, Found> markers = new TreeMap<>();
    for (PackageElement pkg : packages) {
      for (TypeElement type : ElementFilter.typesIn(pkg.getEnclosedElements())) {
        ModuleMarker.of(pkg.getQualifiedName().toString(), type.getSimpleName().toString())
            .ifPresent(marker -> markers.putIfAbsent(marker.qualifiedName(), new Found(marker, type)));
      }
    }
    return List.copyOf(markers.values());
  }

  /**
   * Whether a module reads the datasafety module, which every module built with datasafety does
   * (its generated code uses the run-time): so the JDK's modules are not looked into.
   */
  private static boolean readsDatasafety(ModuleElement module, Map<ModuleElement, Boolean> exportsDatasafety) {
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (givesDatasafety(requires.getDependency(), exportsDatasafety)) {
        return true;
      }
    }
    return false;
  }

  /** Whether requiring {@code module} reads the datasafety module: it is that module, or requires it transitively. */
  private static boolean givesDatasafety(ModuleElement module, Map<ModuleElement, Boolean> memo) {
    Boolean known = memo.get(module);
    if (known != null) {
      return known;
    }
    boolean gives = module.getQualifiedName().contentEquals(DATASAFETY_MODULE);
    memo.put(module, gives); // the module graph has no cycles; this only guards against a broken one
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (!gives && requires.isTransitive()) {
        gives = givesDatasafety(requires.getDependency(), memo);
      }
    }
    memo.put(module, gives);
    return gives;
  }

  /** The compile-time constants of a marker class, by field name. */
  private static Map<String, Object> constants(TypeElement marker) {
    Map<String, Object> constants = new LinkedHashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(marker.getEnclosedElements())) {
      Object value = field.getConstantValue();
      if (value != null) {
        constants.put(field.getSimpleName().toString(), value);
      }
    }
    return constants;
  }

  /**
   * Whether the marker is this module's own, from an earlier build (Maven puts the class output
   * on the class path): its class file is in the class output this compilation writes to.
   */
  private static boolean isOwnOutput(Filer filer, ModuleMarker marker) {
    try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, marker.packageName(), marker.classFileName())
        .openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException | IllegalStateException notInOutput) {
      return false;
    }
  }
}
