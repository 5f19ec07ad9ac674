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

  public RunningApp(Path dataFolder, DataInventory inventory) throws SQLException, IOException {
    db = Database.open(dataFolder);
    store = new Store(db, clock);
    retention = new RetentionJob(db, clock);
    server = AcmeServer.start(InetAddress.getLoopbackAddress(), 0, store, inventory);
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

  public HttpResponse<String> postForm(String path, Map<String, String> form, String... cookie)
      throws IOException, InterruptedException {
    String body = form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return postRaw(path, body, cookie);
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
    if (response.statusCode() != 201) {
      throw new AssertionError("signup failed: " + response.statusCode() + " " + response.body());
    }
    return sessionCookie(response);
  }

  public static String sessionCookie(HttpResponse<String> response) {
    String header = response.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no cookie"));
    return header.substring(0, header.indexOf(';'));
  }

  private static HttpRequest.Builder withCookie(HttpRequest.Builder request, String... cookie) {
    if (cookie.length > 0) {
      request.header("Cookie", cookie[0]);
    }
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
