package dev.datasafety.sample.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery defence for every state-changing request, in two layers: the
 * {@code Origin} a browser sends must be this server's own, and every form carries, in a hidden
 * field named {@code csrf}, a token only this server can make — an HMAC (OWASP's "signed
 * double-submit cookie") of a random cookie of the browser and, once signed in, of its session
 * key, so a token taken from one browser or one session is worthless in another. The key is
 * random per start: a form rendered before a restart must be reloaded.
 */
final class Csrf {
  static final String FIELD = "csrf";
  static final String COOKIE = "acme_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  Csrf() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The token for forms on the page answering {@code request}; sets the browser cookie first when missing. */
  String token(Request request) {
    String browser = request.cookie(COOKIE).orElseGet(() -> {
      String fresh = SessionTokens.newToken();
      request.setCookie(Cookies.set(COOKIE, fresh, request.isHttps(), "Lax", -1));
      return fresh;
    });
    return mac(browser, request.cookie(SessionTokens.COOKIE).orElse(""));
  }

  /** Refuses (403) a request from another origin, or without this browser's valid token. */
  void verify(Request request) throws Exception {
    Optional<String> origin = request.header("Origin");
    if (origin.isPresent() && !origin.get().equals(request.ownOrigin())) {
      throw new HttpError(403, "This form was sent from another site (" + origin.get() + "), so it was refused. "
          + "Nothing was changed.");
    }
    Optional<String> sent = request.form().optional(FIELD);
    Optional<String> browser = request.cookie(COOKIE);
    String session = request.cookie(SessionTokens.COOKIE).orElse("");
    if (sent.isEmpty() || browser.isEmpty() || !MessageDigest.isEqual(
        sent.get().getBytes(StandardCharsets.US_ASCII), mac(browser.get(), session).getBytes(StandardCharsets.US_ASCII))) {
      throw new HttpError(403, "This form has expired or did not come from Acme Notes, so it was refused. "
          + "Nothing was changed: go back, reload the page and send it again.");
    }
  }

  private String mac(String browser, String session) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(browser.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(session.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
