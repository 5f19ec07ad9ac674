package dev.datasafety.processor.detect;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierWordsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "email | email",
        "emailAddress | email address",
        "EmailAddress | email address",
        "email_address | email address",
        "EMAIL_ADDRESS | email address",
        "IPAddress | ip address",
        "remoteIPAddress | remote ip address",
        "ssnHash | ssn hash",
        "SSN | ssn",
        "addressLine1 | address line 1",
        "line2 | line 2",
        "ssn_last_4 | ssn last 4",
        "auth_time | auth time",
        "$value | value",
        "x | x",
      })
  void splitsIntoLowerCaseWords(String identifier, String words) {
    assertThat(String.join(" ", IdentifierWords.split(identifier))).isEqualTo(words);
  }

  @Test
  void emptyAndSeparatorOnlyIdentifiersHaveNoWords() {
    assertThat(IdentifierWords.split("")).isEmpty();
    assertThat(IdentifierWords.split("__")).isEmpty();
  }
}
