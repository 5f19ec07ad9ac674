package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.datasafety.processor.model.Retention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retention grammar of SPEC §5: parsing, texts and order. */
class RetentionTest {

  private static Retention parse(String text) {
    return Retention.parse(text).retention().orElseThrow(() -> new AssertionError(Retention.parse(text).problem()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "P30D | 30 days", "P2W | 2 weeks", "P6M | 6 months", "P1Y | 1 year", "P1Y6M | 1 year and 6 months",
      "PT12H | 12 hours", "P1DT12H | 1 day and 12 hours", "P1D | 1 day", "PT1S | 1 second",
      "P1Y2M3DT4H5M6S | 1 year, 2 months, 3 days, 4 hours, 5 minutes and 6 seconds",
      "P0Y3D | 3 days",
      "transient | Not stored", "session | Until the end of your session",
      "until-account-deletion | Until you delete your account"})
  void textsReadAsWritten(String value, String text) {
    assertThat(parse(value).text()).isEqualTo(text);
    assertThat(parse(value).value()).isEqualTo(value.startsWith("P") ? value : value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'' | it is empty", "P | neither a keyword", "PT | neither a keyword", "P0D | it is zero",
      "PT0S | it is zero", "-P1D | it is negative", "P-1D | it is negative", "P1.5D | fractions",
      "P1D2 | neither a keyword", "1 day | neither a keyword", "Transient | neither a keyword",
      "P99999999999999999999D | too long", "P9999999999999999Y | too long", "D1P | neither a keyword"})
  void invalidValuesSayWhy(String value, String problem) {
    Retention.Parsed parsed = Retention.parse(value);
    assertThat(parsed.retention()).isEmpty();
    assertThat(parsed.problem()).contains(problem);
  }

  /** Parsing is memoised by text: every result, first or remembered, is the unmemoised parse's. */
  @Test
  void aRememberedParseIsTheParseOfItsText() {
    List<String> texts = List.of("P30D", " P30D ", "p30d", "session", "until-deletion-request", "", " ", "P",
        "P0D", "-P1D", "P1.5D", "P99999999999999999999D", "Transient", "P1Y2M3DT4H5M6S");
    for (int pass = 0; pass < 3; pass++) {
      for (String text : texts) {
        assertThat(Retention.parse(text)).isEqualTo(Retention.parseText(text));
      }
    }
    assertThat(Retention.parse(null).problem()).contains("it is empty");
  }

  @Test
  void orderIsTransientSessionDurationsAccountDeletion() {
    List<String> ascending = List.of("transient", "session", "PT1H", "P1D", "P4W", "P1M", "P30D", "P1Y",
        "until-account-deletion");
    // P4W (28 days) < P1M (up to 31 days) = P31D > P30D: a month counts its longest possible length.
    assertThat(parse("P4W").isLongerThan(parse("P1M"))).isFalse();
    assertThat(parse("P1M").isLongerThan(parse("P30D"))).isTrue();
    assertThat(parse("P12M").isLongerThan(parse("P1Y"))).isTrue(); // 372 days against 366
    assertThat(parse("P366D").isLongerThan(parse("P1Y"))).isFalse();
    for (int i = 1; i < ascending.size(); i++) {
      String shorter = ascending.get(i - 1);
      String longer = ascending.get(i);
      if (shorter.equals("P1M") || longer.equals("P1M")) {
        continue;
      }
      assertThat(parse(longer).isLongerThan(parse(shorter))).isTrue();
      assertThat(parse(shorter).isLongerThan(parse(longer))).isFalse();
    }
  }

  @Test
  void durationOnlyParsingRejectsKeywords() {
    assertThat(Retention.parseDuration("P1Y").retention()).isPresent();
    assertThat(Retention.parseDuration("session").retention()).isEmpty();
  }
}
