package dev.datasafety.processor.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that encodes each string it is given with {@link String#getBytes} into a byte stream.
 * {@code OutputStreamWriter} encodes through a {@code CharsetEncoder}, char buffer by char
 * buffer; a Latin-1 string's UTF-8 form is, for ASCII, a copy of its bytes, which
 * {@code getBytes} makes in one step. The inventory document is written three times (the
 * resource, the run-time table, the dependency marker) and is megabytes on a large module: on a
 * cold JVM the encoder was the larger part of writing it (bench/profile.sh).
 *
 * <p>The bytes are those of {@code OutputStreamWriter} with UTF-8: a surrogate pair split between
 * two writes is held back and encoded whole; an unpaired surrogate becomes {@code '?'}, as there.
 */
public final class Utf8Writer extends Writer {
  private final OutputStream out;
  private char pendingHigh; // a high surrogate that ended the last write, or 0

  /** Writes to {@code out}, which should be buffered: every write is one {@code out.write}. */
  public Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(String text, int offset, int count) throws IOException {
    if (count > 0) {
      encode(offset == 0 && count == text.length() ? text : text.substring(offset, offset + count));
    }
  }

  @Override
  public void write(char[] chars, int offset, int count) throws IOException {
    if (count > 0) {
      encode(new String(chars, offset, count));
    }
  }

  @Override
  public void write(int c) throws IOException {
    encode(String.valueOf((char) c));
  }

  private void encode(String text) throws IOException {
    if (pendingHigh != 0) {
      text = pendingHigh + text;
      pendingHigh = 0;
    }
    char last = text.charAt(text.length() - 1);
    if (Character.isHighSurrogate(last)) {
      pendingHigh = last;
      text = text.substring(0, text.length() - 1);
    }
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Encodes a high surrogate still held back (as {@code '?'}: nothing can pair it now), then closes. */
  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      out.write('?');
      pendingHigh = 0;
    }
    out.close();
  }
}
