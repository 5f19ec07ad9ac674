package dev.datasafety.processor.format;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The processor's UTF-8 writer gives the bytes of the JDK's {@code OutputStreamWriter}, however the text is cut. */
class Utf8WriterTest {
  /** Writes {@code text} in pieces of {@code piece} chars, alternating the String and char[] paths. */
  private static byte[] written(Writer writer, ByteArrayOutputStream bytes, String text, int piece) throws IOException {
    try (writer) {
      for (int i = 0, n = 0; i < text.length(); i += piece, n++) {
        int count = Math.min(piece, text.length() - i);
        if (n % 3 == 0) {
          writer.write(text, i, count);
        } else if (n % 3 == 1) {
          writer.write(text.toCharArray(), i, count);
        } else if (count == 1) {
          writer.write(text.charAt(i));
        } else {
          writer.append(text, i, i + count);
        }
      }
    }
    return bytes.toByteArray();
  }

  private static void assertSameBytes(String text, int piece) throws IOException {
    ByteArrayOutputStream jdk = new ByteArrayOutputStream();
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    byte[] expected = written(new OutputStreamWriter(jdk, StandardCharsets.UTF_8), jdk, text, piece);
    byte[] actual = written(new Utf8Writer(ours), ours, text, piece);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void pairsSplitBetweenWritesAreEncodedWhole() throws IOException {
    String text = "a😀b😀😀\uD83D\uDE00é語";
    for (int piece = 1; piece <= text.length(); piece++) {
      assertSameBytes(text, piece);
    }
    assertThat(new String(writtenWhole(text), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void unpairedSurrogatesBecomeQuestionMarksAsTheJdkWrites() throws IOException {
    for (String text : List.of("\uD83D", "x\uD83D", "\uDE00x", "\uD83D\uD83D\uDE00", "a\uDE00\uD83D", "\uD83Dy\uDE00")) {
      for (int piece = 1; piece <= text.length(); piece++) {
        assertSameBytes(text, piece);
      }
    }
    assertThat(writtenWhole("x\uD83D")).isEqualTo(new byte[] {'x', '?'});
  }

  @Test
  void aLongAsciiDocumentIsItsBytes() throws IOException {
    String text = "{\n  \"id\": \"a.B#c\"\n}\n".repeat(5000);
    assertThat(writtenWhole(text)).isEqualTo(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Property(tries = 300)
  void anyTextInAnyPiecesGivesTheJdksBytes(@ForAll("texts") String text, @ForAll("pieces") int piece)
      throws IOException {
    assertSameBytes(text, piece);
  }

  @Provide
  Arbitrary<String> texts() {
    // Surrogates alone and in pairs, controls, separators, Latin-1, CJK and emoji.
    return Arbitraries.strings()
        .withCharRange('\u0000', '\u00FF')
        .withCharRange('\u2028', '\u2029')
        .withCharRange('\u4E00', '\u4E10')
        .withCharRange('\uD800', '\uDFFF')
        .withChars('\uFEFF', '\uFFFD')
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<Integer> pieces() {
    return Arbitraries.integers().between(1, 61);
  }

  private static byte[] writtenWhole(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    return written(new Utf8Writer(bytes), bytes, text, Math.max(1, text.length()));
  }
}
