package dev.datasafety.processor.export;

/** Text as UTF-8 can carry it. */
final class Unicode {
  private Unicode() {}

  /**
   * The text with each lone surrogate (a Java string may hold one, from a {@code \\uD83D} escape in
   * source code; it is no character) replaced by U+FFFD, which an encoder would otherwise turn into
   * a bare {@code ?}.
   */
  static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
