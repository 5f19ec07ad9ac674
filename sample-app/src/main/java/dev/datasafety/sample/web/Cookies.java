package dev.datasafety.sample.web;

/** {@code Set-Cookie} values: always {@code HttpOnly} and {@code Path=/}, {@code Secure} over HTTPS. */
final class Cookies {
  private Cookies() {}

  /**
   * @param sameSite {@code Strict} or {@code Lax}
   * @param maxAgeSeconds how long the browser keeps it; negative: until the browser closes; 0: delete it now
   */
  static String set(String name, String value, boolean secure, String sameSite, long maxAgeSeconds) {
    return name + "=" + value + "; Path=/; HttpOnly; SameSite=" + sameSite + (secure ? "; Secure" : "")
        + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : "");
  }
}
