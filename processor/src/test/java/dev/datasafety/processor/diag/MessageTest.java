package dev.datasafety.processor.diag;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageTest {

  /** The catalog's own substitution must print what String.format would, for every sentence. */
  @ParameterizedTest
  @EnumSource(Message.class)
  void formatsEveryEntryAsStringFormatWould(Message message) {
    List<Object> args = new ArrayList<>();
    String template = message.template();
    for (int i = 0; i + 1 < template.length(); i++) {
      if (template.charAt(i) == '%') {
        char conversion = template.charAt(i + 1);
        // Texts that a format string would treat specially, a null, and integers of two widths.
        args.add(conversion == 'd' ? (args.size() % 2 == 0 ? (Object) 42 : (Object) 7_000_000_000L)
            : switch (args.size() % 3) {
              case 0 -> "a%s b%d c%%n \\ $1";
              case 1 -> null;
              default -> List.of("Über", "\u2028");
            });
        i++;
      }
    }
    String expected = "[datasafety:" + message.key() + "] " + String.format(template, args.toArray())
        + (message.suppressible() ? " Suppress with @SuppressWarnings(\"datasafety:" + message.key() + "\")." : "");
    assertThat(message.format(args.toArray())).isEqualTo(expected);
  }

  @Test
  void tooFewArgumentsFailAsStringFormatDoes() {
    assertThrows(IllegalArgumentException.class, () -> Message.STATS.format(1, 2));
  }

  @Test
  void anIntegerPlaceholderRefusesText() {
    assertThrows(IllegalArgumentException.class, () -> Message.STATS.format("x", 1, 2, 3, 4));
  }
}
