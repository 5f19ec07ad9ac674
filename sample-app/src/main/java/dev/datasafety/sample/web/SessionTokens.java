package dev.datasafety.sample.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Session keys: 256 random bits in the browser's cookie; the database keeps only their SHA-256
 * fingerprint (declared as pseudonymized data), so a leaked database signs no one in.
 */
final class SessionTokens {
  static final String COOKIE = "acme_session";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionTokens() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String fingerprint(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Kept by the browser as long as the session row is kept (30 days, the declared retention). */
  static String setCookie(String token, boolean secure) {
    return Cookies.set(COOKIE, token, secure, "Strict", 30L * 24 * 3600);
  }

  static String clearCookie(boolean secure) {
    return Cookies.set(COOKIE, "", secure, "Strict", 0);
  }
}
