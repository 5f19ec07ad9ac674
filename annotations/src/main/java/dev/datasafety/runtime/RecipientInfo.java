package dev.datasafety.runtime;

import dev.datasafety.RecipientRole;
import java.util.List;
import java.util.Optional;

/**
 * A declared recipient: someone besides the application that receives personal data.
 *
 * @param id the stable id data refers to
 * @param name who it is, for users
 * @param role whether it acts only on the application's behalf or uses the data for its own purposes
 * @param country the ISO 3166-1 alpha-2 code of where it processes the data, when declared
 * @param domains the network domains it receives data on
 */
public record RecipientInfo(String id, String name, RecipientRole role, Optional<String> country, List<String> domains) {

  public RecipientInfo {
    domains = List.copyOf(domains);
  }
}
