package dev.datasafety.processor.model;

import dev.datasafety.RecipientRole;
import java.util.List;
import java.util.Optional;

/** A declared {@code @Recipient} as the inventory shows it: who receives data besides the application. */
public record RecipientInfo(String id, String name, RecipientRole role, Optional<String> country, List<String> domains) {

  public RecipientInfo {
    domains = List.copyOf(domains);
  }
}
