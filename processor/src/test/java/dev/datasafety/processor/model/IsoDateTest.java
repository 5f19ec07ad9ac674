package dev.datasafety.processor.model;

import static com.google.common.truth.Truth.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTest {

  @Test
  void readsCalendarDates() {
    assertThat(IsoDate.parse("2027-03-31")).hasValue(LocalDate.of(2027, 3, 31));
    assertThat(IsoDate.parse(" 2024-02-29\n")).hasValue(LocalDate.of(2024, 2, 29));
    assertThat(IsoDate.parse("0001-01-01")).hasValue(LocalDate.of(1, 1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2027-02-30", "2023-02-29", "2027-13-01", "2027-00-10", "2027-3-31", "27-03-31",
      "2027/03/31", "2027-03-31T00:00", "+10000-01-01", "2027-03-3x", "２０２７-03-31", "2027-03-31 x"})
  void refusesWhatIsNotOne(String text) {
    assertThat(IsoDate.parse(text)).isEmpty();
  }
}
