package dev.datasafety.processor.export;

import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A key for the application in documents that name it by an identifier (fides keys, IRIs): the
 * application's (or else the controller's) name in words, lower case, joined by underscores, with
 * letters and digits outside ASCII dropped ("Acme Notes" is {@code acme_notes}). It matches
 * fideslang's FidesKey ({@code [a-zA-Z0-9_.<>-]+}) and is safe in a URN.
 */
final class ApplicationKey {
  /** When neither name has an ASCII letter or digit. */
  static final String FALLBACK = "application";

  private ApplicationKey() {}

  static String of(Inventory inventory) {
    for (Optional<String> name : List.of(inventory.application(), inventory.controller().map(ControllerInfo::name))) {
      String key = name.map(ApplicationKey::key).orElse("");
      if (!key.isEmpty()) {
        return key;
      }
    }
    return FALLBACK;
  }

  /** The application's name for people: its own, or else the controller's. */
  static String name(Inventory inventory) {
    return inventory.application().or(() -> inventory.controller().map(ControllerInfo::name)).orElse(FALLBACK);
  }

  private static String key(String name) {
    return Names.words(name).stream()
        .map(word -> word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.joining("_"));
  }
}
