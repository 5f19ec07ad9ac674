package dev.datasafety.processor.format;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chunked document: the same text, chars and UTF-8 as one string, whatever falls on a chunk's end. */
class DocumentTextTest {
  /** Several chunks, with surrogate pairs straddling every boundary the writer can cut at. */
  private static String longText() {
    StringBuilder text = new StringBuilder();
    String[] pieces = {"a", "é", "語", "😀", "\n", "\"", "x😀"};
    for (int i = 0; text.length() < DocumentText.CHUNK_CHARS * 5 + 17; i++) {
      text.append(pieces[(i * 5 + i / 7) % pieces.length]);
    }
    return text.toString();
  }

  private static DocumentText written(String text, int piece) {
    DocumentText.ChunkWriter out = new DocumentText.ChunkWriter();
    for (int i = 0; i < text.length(); i += piece) {
      out.write(text, i, Math.min(piece, text.length() - i));
    }
    return out.text();
  }

  @Test
  void holdsTheTextItWasWritten() throws Exception {
    String text = longText();
    for (int piece : new int[] {1, 7, 8000, DocumentText.CHUNK_CHARS, DocumentText.CHUNK_CHARS + 1, text.length()}) {
      DocumentText document = written(text, piece);
      assertThat(document.length()).isEqualTo(text.length());
      assertThat(document.toString()).isEqualTo(text);
      StringWriter out = new StringWriter();
      document.writeTo(out);
      assertThat(out.toString()).isEqualTo(text);
    }
  }

  /** Each chunk encoded on its own gives the text's UTF-8: no pair is cut between two chunks. */
  @Test
  void noChunkEndsInsideASurrogatePair() throws IOException {
    String text = "a".repeat(DocumentText.CHUNK_CHARS - 1) + "😀" + "b".repeat(DocumentText.CHUNK_CHARS * 2);
    DocumentText document = written(text, 3);
    StringBuilder encodedByChunks = new StringBuilder();
    List<byte[]> parts = new ArrayList<>();
    StringWriter whole = new StringWriter() {
      @Override
      public void write(String chunk) {
        parts.add(chunk.getBytes(StandardCharsets.UTF_8));
        encodedByChunks.append(chunk);
      }
    };
    document.writeTo(whole);
    assertThat(parts.size()).isGreaterThan(1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    parts.forEach(bytes::writeBytes);
    assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(encodedByChunks.toString()).isEqualTo(text);
  }

  @Test
  void charsAndRangesAcrossChunks() {
    String text = longText();
    DocumentText document = written(text, 1000);
    for (int i = 0; i < text.length(); i += 997) {
      assertThat(document.charAt(i)).isEqualTo(text.charAt(i));
    }
    assertThat(document.charAt(text.length() - 1)).isEqualTo(text.charAt(text.length() - 1));
    int from = DocumentText.CHUNK_CHARS - 5;
    int to = DocumentText.CHUNK_CHARS * 3 + 9;
    char[] chars = new char[to - from + 2];
    document.getChars(from, to, chars, 1);
    assertThat(new String(chars, 1, to - from)).isEqualTo(text.substring(from, to));
    assertThat(document.subSequence(from, to).toString()).isEqualTo(text.substring(from, to));
    assertThat(document.subSequence(to, to).toString()).isEmpty();
    assertThrows(IndexOutOfBoundsException.class, () -> document.charAt(text.length()));
    assertThrows(IndexOutOfBoundsException.class, () -> document.getChars(0, text.length() + 1, new char[text.length() + 1], 0));
  }

  @Test
  void anEmptyText() {
    assertThat(written("", 1).length()).isEqualTo(0);
    assertThat(written("", 1).toString()).isEmpty();
    assertThat(DocumentText.of("").toString()).isEmpty();
    assertThat(DocumentText.of("abc").subSequence(1, 3).toString()).isEqualTo("bc");
  }
}
