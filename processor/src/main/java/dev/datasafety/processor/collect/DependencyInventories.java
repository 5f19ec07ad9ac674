package dev.datasafety.processor.collect;

import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.format.ModuleMarker;
import dev.datasafety.processor.model.Inventory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the inventories of the dependencies on the class path through their marker classes (see
 * {@link ModuleMarker}). This module's own output from an earlier build, which Maven puts on the
 * class path too, is skipped.
 */
public final class DependencyInventories {
  private DependencyInventories() {}

  /**
   * A dependency's inventory, the marker that named it, and the dependency's generated inventory
   * class (absent for markers written before there was one).
   */
  public record Dependency(String marker, Inventory inventory, Optional<String> inventoryClass) {}

  /** A marker whose inventory could not be read. */
  public record Problem(String marker, String reason) {}

  public record Result(List<Dependency> dependencies, List<Problem> problems) {}

  public static Result read(Elements elements, Filer filer) {
    List<Dependency> dependencies = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (TypeElement type : markerTypes(elements)) {
      String name = type.getQualifiedName().toString();
      Optional<ModuleMarker> marker = ModuleMarker.of(type);
      if (marker.isEmpty()) {
        continue; // not a class this processor writes
      }
      if (isOwnOutput(filer, marker.get())) {
        continue;
      }
      String resource = marker.get().resourcePath();
      try {
        FileObject file = filer.getResource(StandardLocation.CLASS_PATH, "", resource);
        String json;
        try (InputStream in = file.openInputStream()) {
          json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        dependencies.add(new Dependency(name, InventoryJson.read(json), inventoryClassOf(type)));
      } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
        problems.add(new Problem(name, resource + " is missing or unreadable (" + unreadable + ")"));
      } catch (InventoryJson.InvalidInventoryException invalid) {
        problems.add(new Problem(name, resource + " is not a valid inventory: " + invalid.getMessage()));
      }
    }
    return new Result(dependencies, problems);
  }

  private static Optional<String> inventoryClassOf(TypeElement marker) {
    return ElementFilter.fieldsIn(marker.getEnclosedElements()).stream()
        .filter(f -> f.getSimpleName().contentEquals(ModuleMarker.INVENTORY_CLASS_FIELD))
        .map(f -> f.getConstantValue())
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .findFirst();
  }

  /**
   * What an earlier build of this module declared ({@code RoundCollector.declarations()}), read
   * beside its marker in the class output; empty after {@code clean} or when nothing was declared.
   */
  public static Set<String> earlierOwnDeclarations(Elements elements, Filer filer) {
    Set<String> declarations = new TreeSet<>();
    for (TypeElement type : markerTypes(elements)) {
      Optional<ModuleMarker> marker = ModuleMarker.of(type).filter(m -> isOwnOutput(filer, m));
      if (marker.isEmpty()) {
        continue;
      }
      try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", marker.get().declarationsPath())
          .openInputStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(declarations::add);
      } catch (IOException | IllegalArgumentException | IllegalStateException writtenBeforeDeclarationsWere) {
        // An output from a version that did not write them: nothing to add back.
      }
    }
    return declarations;
  }

  /** The classes of the markers' package on the class path, by name. */
  private static List<TypeElement> markerTypes(Elements elements) {
    List<TypeElement> markers = new ArrayList<>();
    for (PackageElement pkg : elements.getAllPackageElements(ModuleMarker.PACKAGE)) {
      markers.addAll(ElementFilter.typesIn(pkg.getEnclosedElements()));
    }
    markers.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return markers;
  }

  /**
   * Whether the marker is this module's own, from an earlier build (Maven puts the class output
   * on the class path): its class file is in the class output this compilation writes to.
   */
  private static boolean isOwnOutput(Filer filer, ModuleMarker marker) {
    try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, ModuleMarker.PACKAGE, marker.classFileName())
        .openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException | IllegalStateException notInOutput) {
      return false;
    }
  }

}
