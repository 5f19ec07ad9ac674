package dev.datasafety.processor.export;

import dev.datasafety.processor.model.RecipientInfo;
import java.util.List;
import java.util.Set;

/**
 * Third countries in the sense of GDPR Chapter V: countries outside the European Economic Area.
 * The records of processing are written against the GDPR (their legal bases are Art. 6 ones), so a
 * recipient processing data in the United States is a transfer to a third country, whether or not
 * an adequacy decision covers it (adequacy is a ground for the transfer, not a change of country).
 */
public final class ThirdCountries {
  /** The 27 EU member states and Iceland, Liechtenstein and Norway, ISO 3166-1 alpha-2. */
  private static final Set<String> EEA = Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
      "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
      "IS", "LI", "NO");

  private ThirdCountries() {}

  /** Whether a country (ISO 3166-1 alpha-2) is outside the EEA. */
  public static boolean isThirdCountry(String alpha2) {
    return !EEA.contains(alpha2);
  }

  /** The third countries the given recipients process data in, sorted, each once. */
  public static List<String> of(List<RecipientInfo> recipients) {
    return recipients.stream()
        .flatMap(r -> r.country().stream())
        .filter(ThirdCountries::isThirdCountry)
        .distinct()
        .sorted()
        .toList();
  }
}
