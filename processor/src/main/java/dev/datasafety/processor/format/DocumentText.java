package dev.datasafety.processor.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A long text held as a list of strings of at most {@value #CHUNK_CHARS} chars, never joined: the
 * inventory document of a large module is millions of chars, written in the last round while
 * javac's trees fill the heap. Joining a builder's buffers into one string needs the buffers, a
 * copy and the string at once (three times the text); here the text exists once, each chunk in
 * the string's compact form (one byte a char for Latin-1 text). Read it by chunks
 * ({@link #writeTo}, {@link #getChars}); {@link #toString} joins it, for small texts and tests.
 *
 * <p>A chunk never ends between the two halves of a surrogate pair, so each chunk on its own
 * encodes to the same UTF-8 as the whole text does at that place.
 */
public final class DocumentText implements CharSequence {
  static final int CHUNK_CHARS = 1 << 14;

  private final List<String> chunks;
  private final int[] starts;
  private final int length;

  private DocumentText(List<String> chunks) {
    this.chunks = List.copyOf(chunks);
    this.starts = new int[this.chunks.size()];
    int at = 0;
    for (int i = 0; i < this.chunks.size(); i++) {
      starts[i] = at;
      at += this.chunks.get(i).length();
    }
    this.length = at;
  }

  /** A text that already is one string: one chunk, no copy. */
  public static DocumentText of(String text) {
    return new DocumentText(text.isEmpty() ? List.of() : List.of(text));
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    int chunk = chunkAt(index);
    return chunks.get(chunk).charAt(index - starts[chunk]);
  }

  /** Copies {@code [from, to)} into {@code target} at {@code at}, as {@link String#getChars} does. */
  public void getChars(int from, int to, char[] target, int at) {
    if (from < 0 || to > length || from > to) {
      throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + length);
    }
    int chunk = from < length ? chunkAt(from) : chunks.size();
    while (from < to) {
      String text = chunks.get(chunk);
      int end = Math.min(to, starts[chunk] + text.length());
      text.getChars(from - starts[chunk], end - starts[chunk], target, at);
      at += end - from;
      from = end;
      chunk++;
    }
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    char[] chars = new char[to - from];
    getChars(from, to, chars, 0);
    return new String(chars);
  }

  /** Writes the text chunk by chunk. */
  public void writeTo(Writer out) throws IOException {
    for (String chunk : chunks) {
      out.write(chunk);
    }
  }

  /** The whole text as one string: a copy, for small texts. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(length);
    chunks.forEach(text::append);
    return text.toString();
  }

  private int chunkAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index + " of " + length);
    }
    // Chunks are full but the last (and one char shorter where a pair would be cut): a first guess, then a step.
    int chunk = Math.min(index / CHUNK_CHARS, chunks.size() - 1);
    while (starts[chunk] > index) {
      chunk--;
    }
    while (chunk + 1 < chunks.size() && starts[chunk + 1] <= index) {
      chunk++;
    }
    return chunk;
  }

  /** A writer into chunks; {@link #text} once written. */
  public static final class ChunkWriter extends Writer {
    private final List<String> chunks = new ArrayList<>();
    private final char[] buffer = new char[CHUNK_CHARS];
    private int used;

    @Override
    public void write(char[] chars, int offset, int count) {
      append(count, (from, n, to, at) -> System.arraycopy(chars, offset + from, to, at, n));
    }

    @Override
    public void write(String text, int offset, int count) {
      append(count, (from, n, to, at) -> text.getChars(offset + from, offset + from + n, to, at));
    }

    /** Where {@link #append} copies chars from: {@code n} of them from {@code from} on, to {@code to} at {@code at}. */
    private interface Source {
      void copy(int from, int n, char[] to, int at);
    }

    private void append(int count, Source source) {
      for (int done = 0; done < count; ) {
        int n = Math.min(count - done, buffer.length - used);
        source.copy(done, n, buffer, used);
        used += n;
        done += n;
        if (used == buffer.length) {
          cut();
        }
      }
    }

    @Override
    public void write(int c) {
      write(new char[] {(char) c}, 0, 1);
    }

    /** A full buffer becomes a chunk; a high surrogate at its end starts the next one. */
    private void cut() {
      boolean pairCut = Character.isHighSurrogate(buffer[used - 1]);
      int end = pairCut ? used - 1 : used;
      chunks.add(new String(buffer, 0, end));
      if (pairCut) {
        buffer[0] = buffer[used - 1];
        used = 1;
      } else {
        used = 0;
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** The text written so far. */
    public DocumentText text() {
      List<String> all = new ArrayList<>(chunks);
      if (used > 0) {
        all.add(new String(buffer, 0, used));
      }
      return new DocumentText(all);
    }
  }
}
