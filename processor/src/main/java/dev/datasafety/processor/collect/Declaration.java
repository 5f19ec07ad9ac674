package dev.datasafety.processor.collect;

import dev.datasafety.processor.diag.Position;
import java.util.Optional;

/**
 * A declaration that data refers to by id, or that there is one of per application: written in
 * the sources being compiled (with a site) or read from a dependency's inventory (no site;
 * {@code origin} names the dependency).
 */
public interface Declaration<I> {

  /** The declared content, as the inventory shows it. */
  I info();

  String id();

  Optional<DeclarationSite> source();

  /** Where it comes from, for messages: the holder in the sources, or the dependency. */
  String origin();

  /** The position of one of the annotation's values, else of the annotation; none for dependencies. */
  default Position at(String elementName) {
    return source().map(s -> s.at(elementName)).orElseGet(Position::none);
  }

  /** Whether an element was written; a dependency's content was checked when it was built. */
  default boolean written(String elementName) {
    return source().isEmpty() || source().get().written(elementName);
  }

  static String dependencyOrigin(String marker) {
    return "the dependency inventory " + marker;
  }
}
