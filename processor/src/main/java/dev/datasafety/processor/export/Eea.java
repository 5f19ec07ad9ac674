package dev.datasafety.processor.export;

import java.util.Locale;
import java.util.Set;

/**
 * The countries of the European Economic Area, where the GDPR applies: a recipient elsewhere is a
 * transfer to a third country (GDPR Chapter V, Art. 30(1)(e)). The 27 member states of the European
 * Union (europa.eu, "EU countries", https://european-union.europa.eu/principles-countries-history/eu-countries_en)
 * and Iceland, Liechtenstein and Norway (Agreement on the European Economic Area, Art. 2 and 126,
 * https://www.efta.int/legal-texts/eea), as ISO 3166-1 alpha-2 codes: Greece is {@code GR} (the EU's
 * own abbreviation is EL). Cyprus counts whole; an adequacy decision does not make a country part
 * of the EEA, so a transfer to an adequate country is still listed.
 */
public final class Eea {
  private Eea() {}

  public static final Set<String> COUNTRIES = Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
      "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
      "IS", "LI", "NO");

  /** Whether a recipient in this country (ISO 3166-1 alpha-2, any case) receives data outside the EEA. */
  public static boolean isThirdCountry(String country) {
    return !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT));
  }
}
