package dev.datasafety.sample;

import dev.datasafety.runtime.DataInventory;
import dev.datasafety.sample.retention.RetentionJob;
import dev.datasafety.sample.store.Database;
import dev.datasafety.sample.store.Store;
import dev.datasafety.sample.web.AcmeServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Acme Notes running for a test: a real database in a temporary folder, the real server on a
 * free loopback port, a clock the test moves, and an HTTP client.
 */
public final class RunningApp implements AutoCloseable {
  public final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  public final Database db;
  public final Store store;
  public final RetentionJob retention;
  public final AcmeServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  /** This client's CSRF cookie ({@code acme_csrf=...}), sent with every request like a browser would. */
  public final String browserCookie;

  public RunningApp(Path dataFolder, DataInventory inventory) throws SQLException, IOException {
    this(dataFolder, inventory, Optional.empty());
  }

  /** Reached through a proxy at {@code publicUrl}, as far as the server knows. */
  public RunningApp(Path dataFolder, DataInventory inventory, Optional<URI> publicUrl) throws SQLException, IOException {
    db = Database.open(dataFolder);
    store = new Store(db, clock);
    retention = new RetentionJob(db, clock);
    server = AcmeServer.start(InetAddress.getLoopbackAddress(), 0, store, inventory, publicUrl);
    try {
      browserCookie = cookie(http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()),
          "acme_csrf");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  public static RunningApp start(Path dataFolder) throws SQLException, IOException {
    return new RunningApp(dataFolder, DataSafetyInventory.inventory());
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  public HttpResponse<String> get(String path, String... cookie) throws IOException, InterruptedException {
    return send(withCookie(HttpRequest.newBuilder(uri(path)).GET(), cookie));
  }

  public HttpResponse<String> delete(String path, String... cookie) throws IOException, InterruptedException {
    return send(withCookie(HttpRequest.newBuilder(uri(path)).DELETE(), cookie));
  }

  /** Posts a form as a browser would: with the CSRF token of the page this client (and session) would see. */
  public HttpResponse<String> postForm(String path, Map<String, String> form, String... cookie)
      throws IOException, InterruptedException {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("csrf", csrfToken(cookie));
    return postRaw(path, encode(withToken), cookie);
  }

  /** The token in the forms this client is shown, signed in with {@code cookie} or not. */
  public String csrfToken(String... cookie) throws IOException, InterruptedException {
    HttpResponse<String> page = get(cookie.length > 0 ? "/me/edit" : "/login", cookie);
    Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    if (!token.find()) {
      return "no-form-no-token";
    }
    return token.group(1);
  }

  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  public HttpResponse<String> postRaw(String path, String body, String... cookie) throws IOException, InterruptedException {
    return send(withCookie(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)), cookie));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Signs up and returns the session cookie ({@code name=value}) to send back. */
  public String signUp(String email, Map<String, String> extra) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(extra);
    form.put("email", email);
    form.put("password", "correct horse battery");
    HttpResponse<String> response = postForm("/signup", form);
    if (response.statusCode() != 303) {
      throw new AssertionError("signup failed: " + response.statusCode() + " " + response.body());
    }
    return sessionCookie(response);
  }

  public static String sessionCookie(HttpResponse<String> response) {
    return cookie(response, "acme_session");
  }

  /** The cookie {@code name} the response sets, as {@code name=value}. */
  public static String cookie(HttpResponse<String> response, String name) {
    String header = setCookie(response, name);
    return header.substring(0, header.indexOf(';'));
  }

  /** The whole {@code Set-Cookie} header of the cookie {@code name}. */
  public static String setCookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
  }

  /** This client's CSRF cookie goes with every request, and the session cookie when given. */
  private HttpRequest.Builder withCookie(HttpRequest.Builder request, String... cookie) {
    request.header("Cookie", browserCookie + (cookie.length > 0 ? "; " + cookie[0] : ""));
    return request;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws SQLException {
    server.close();
    db.shutdown();
  }
}
