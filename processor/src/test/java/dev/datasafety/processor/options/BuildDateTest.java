package dev.datasafety.processor.options;

import static com.google.common.truth.Truth.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildDateTest {

  @Test
  void aBuildDateIsTheFixedOneOrTodayReadOnce() {
    assertThat(new BuildDate(Optional.of(LocalDate.of(2027, 3, 31))).get()).isEqualTo(LocalDate.of(2027, 3, 31));
    BuildDate today = new BuildDate(Optional.empty());
    LocalDate first = today.get();
    assertThat(first).isAnyOf(LocalDate.now().minusDays(1), LocalDate.now());
    assertThat(today.get()).isSameInstanceAs(first);
  }
}
