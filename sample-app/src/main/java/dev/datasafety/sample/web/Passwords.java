package dev.datasafety.sample.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with the JDK's PBKDF2: {@code pbkdf2-sha256$iterations$salt$hash}, at the
 * 600,000 iterations of HMAC-SHA256 that OWASP's password storage cheat sheet recommends.
 */
public final class Passwords {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 600_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Checked against when the email is unknown, so that signing in takes as long whether the
   * account exists or not.
   */
  private static final String NO_ACCOUNT = hash("no account has this password");

  private Passwords() {}

  /** As long as {@link #matches} on a real account, and never true. */
  public static boolean matchesNoAccount(String password) {
    matches(password, NO_ACCOUNT);
    return false;
  }

  /** Whether a stored hash was made with fewer iterations than today's, and should be remade at sign-in. */
  public static boolean isOutdated(String stored) {
    String[] parts = stored.split("\\$");
    try {
      return parts.length != 4 || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException malformed) {
      return true;
    }
  }

  public static String hash(String password) {
    return hash(password, ITERATIONS);
  }

  /** With another iteration count: what older versions stored, which sign-in replaces ({@link #isOutdated}). */
  public static String hash(String password, int iterations) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return format(iterations, salt, derive(password, salt, iterations));
  }

  /** Compares in constant time; a malformed stored hash never matches. */
  public static boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder();
    return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }
}
