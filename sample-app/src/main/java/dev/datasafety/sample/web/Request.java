package dev.datasafety.sample.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One request as the handlers see it: method, path, cookies, the form (read once, size-capped),
 * the signed-in account if any, and the cookies to set on the answer.
 */
final class Request {
  static final int MAX_BODY = 1 << 20;

  final HttpExchange exchange;
  final String method;
  final String path;
  private Forms form;
  /** The signed-in account, once {@link AcmeServer} looked the session up; empty when signed out. */
  Optional<Long> account = Optional.empty();
  /** A session cookie came, but its session is over (signed out elsewhere, expired, account deleted). */
  boolean sessionEnded;

  /** The address people use, when a TLS proxy in front serves it (https://notes.example.com); else empty. */
  private final Optional<URI> publicUrl;

  Request(HttpExchange exchange, Optional<URI> publicUrl) {
    this.exchange = exchange;
    this.publicUrl = publicUrl;
    this.method = exchange.getRequestMethod();
    this.path = exchange.getRequestURI().getPath();
  }

  /** Served over TLS, here or by the proxy in front: cookies then carry {@code Secure}. */
  boolean isHttps() {
    return exchange instanceof HttpsExchange || publicUrl.map(u -> "https".equals(u.getScheme())).orElse(false);
  }

  /** What a browser sends as {@code Origin} for a form of this server. */
  String ownOrigin() {
    if (publicUrl.isPresent()) {
      URI u = publicUrl.get();
      return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }
    String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host"))
        .orElse("127.0.0.1:" + exchange.getLocalAddress().getPort());
    return (isHttps() ? "https://" : "http://") + host;
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  String remoteAddress() {
    return exchange.getRemoteAddress().getAddress().getHostAddress();
  }

  Optional<String> cookie(String name) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";")) {
        String[] kv = part.strip().split("=", 2);
        if (kv.length == 2 && kv[0].equals(name) && !kv[1].isEmpty()) {
          return Optional.of(kv[1]);
        }
      }
    }
    return Optional.empty();
  }

  void setCookie(String setCookieHeader) {
    exchange.getResponseHeaders().add("Set-Cookie", setCookieHeader);
  }

  /** The decoded form body; read at the first call. */
  Forms form() throws IOException, HttpError {
    if (form == null) {
      form = Forms.parse(body());
    }
    return form;
  }

  long signedIn() throws HttpError {
    return account.orElseThrow(() -> new HttpError(401,
        sessionEnded ? "Your session has ended: please sign in again." : "Please sign in first."));
  }

  /** The page frame for this request's answer. */
  Layout layout(Csrf csrf) {
    return new Layout(account.isPresent(), csrf.token(this), path);
  }

  private String body() throws IOException, HttpError {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new HttpError(413, "The request body is larger than " + MAX_BODY + " bytes.");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
