package dev.datasafety.processor.collect;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the compilation's own types by the names the rounds collected. {@code
 * Elements.getTypeElement(name)} without a module is an unbound look-up: javac builds the set of
 * every module of the compilation for each call, and at 20,000 data the processor looks names up
 * some 10,000 times a round. The names it looks up are the module's own, so the module being
 * compiled is asked first, and every module only when it finds nothing (a compiler without
 * modules, ECJ on a class path). Lives for one round: elements of one round must not be used in
 * another.
 */
public final class TypeLookup {
  private final Elements elements;
  /** The module being compiled (the unnamed one on a class path), or null where the compiler has none. */
  private final ModuleElement module;
  private final Map<String, TypeElement> found = new HashMap<>();

  private TypeLookup(Elements elements, ModuleElement module) {
    this.elements = elements;
    this.module = module;
  }

  /** The look-up for this round of the module the rounds so far compiled. */
  public static TypeLookup forRound(Elements elements, RoundCollector collected) {
    ModuleElement module;
    try {
      module = elements.getModuleElement(collected.namedModule().orElse(""));
    } catch (RuntimeException unsupported) {
      module = null; // a compiler that knows no modules here: the unbound look-up still answers
    }
    return new TypeLookup(elements, module);
  }

  /** The type of that qualified name, or null when there is none. */
  public TypeElement find(String qualifiedName) {
    TypeElement type = found.get(qualifiedName);
    if (type == null && !found.containsKey(qualifiedName)) {
      type = module == null ? null : elements.getTypeElement(module, qualifiedName);
      if (type == null) {
        type = elements.getTypeElement(qualifiedName);
      }
      found.put(qualifiedName, type);
    }
    return type;
  }
}
