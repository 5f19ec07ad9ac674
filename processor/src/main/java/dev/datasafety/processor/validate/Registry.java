package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.Declaration;
import dev.datasafety.processor.model.Similarity;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every declaration of one kind (purposes, recipients) visible to the compilation, by id, first declaration kept. */
public final class Registry<D extends Declaration<?>> {
  private final Map<String, D> byId = new LinkedHashMap<>();

  /** Adds a declaration unless its id is taken; returns the one already registered, if any. */
  Optional<D> register(D declaration) {
    return Optional.ofNullable(byId.putIfAbsent(declaration.id(), declaration));
  }

  public Optional<D> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<D> all() {
    return byId.values();
  }

  /** Declared ids close to an unknown one, closest first, for "did you mean". */
  public List<String> closestTo(String id, int limit) {
    return Similarity.closest(id, byId.keySet(), limit);
  }
}
