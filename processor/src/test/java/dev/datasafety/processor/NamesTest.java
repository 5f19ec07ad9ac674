package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.datasafety.processor.model.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "dateOfBirth | Date of birth", "email | Email", "IPAddress | IP address", "user_name | User name",
      "ads.measurement | Ads measurement", "line2 | Line 2", "UserAccount | User account", "x | X",
      "sync-state | Sync state", "URL | URL"})
  void humanizesIdentifiers(String identifier, String expected) {
    assertThat(Names.humanize(identifier)).isEqualTo(expected);
  }
}
