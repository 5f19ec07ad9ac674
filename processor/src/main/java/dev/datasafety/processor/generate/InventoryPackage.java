package dev.datasafety.processor.generate;

import dev.datasafety.processor.collect.RoundCollector;
import dev.datasafety.processor.collect.TypeLookup;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The package of a module's {@code DataSafetyInventory}: {@code datasafety.package} when set,
 * else the shortest package holding a declaration (the alphabetically first of those), else the
 * shortest package of the compiled types; never the unnamed package. A package of the module's
 * own, not a shared prefix: two modules of one application never derive the same package, so
 * named modules do not split one and class paths do not hold two classes of one name.
 */
final class InventoryPackage {
  /** For a module whose every type is in the unnamed package, which no class can import. */
  static final String FALLBACK = "datasafety.generated";

  private static final Comparator<String> SHORTEST_FIRST =
      Comparator.<String>comparingInt(p -> p.split("\\.").length).thenComparing(Comparator.naturalOrder());

  private InventoryPackage() {}

  static String choose(Optional<String> option, RoundCollector collected, TypeLookup lookup, Elements elements) {
    if (option.isPresent()) {
      return option.get();
    }
    Set<String> declaring = new TreeSet<>(collected.purposePackages());
    Stream.concat(collected.dataTypes().stream(), collected.purposeTypes().stream())
        .map(lookup::find)
        .filter(t -> t != null)
        .forEach(t -> declaring.add(packageOf(t, elements)));
    Optional<String> chosen = shortest(declaring);
    if (chosen.isEmpty()) {
      Set<String> compiled = new TreeSet<>();
      collected.rootTypes().stream().map(lookup::find).filter(t -> t != null)
          .forEach(t -> compiled.add(packageOf(t, elements)));
      chosen = shortest(compiled);
    }
    return chosen.orElse(FALLBACK);
  }

  private static Optional<String> shortest(Set<String> packages) {
    return packages.stream().filter(p -> !p.isEmpty()).min(SHORTEST_FIRST);
  }

  private static String packageOf(TypeElement type, Elements elements) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }
}
