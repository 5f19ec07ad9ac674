package dev.datasafety.sample.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.sample.account.Account;
import dev.datasafety.sample.DataSafetyInventory;
import dev.datasafety.sample.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP server of Acme Notes, on the JDK's {@link HttpServer}. Every handler answers: a bad
 * request gets a 4xx with a message saying what is wrong, a bug a 500, and the server goes on.
 */
public final class AcmeServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AcmeServer.class.getName());
  private static final int MAX_BODY = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final HttpServer server;
  private final ExecutorService executor;
  private final Store store;
  private final DataInventory inventory;

  private AcmeServer(HttpServer server, Store store, DataInventory inventory) {
    this.server = server;
    this.store = store;
    this.inventory = inventory;
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Starts on {@code port} of {@code address} (port 0: any free port). */
  public static AcmeServer start(InetAddress address, int port, Store store, DataInventory inventory) throws IOException {
    AcmeServer s = new AcmeServer(HttpServer.create(new InetSocketAddress(address, port), 64), store, inventory);
    s.server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      try {
        route(exchange);
      } catch (HttpError e) {
        sendJson(exchange, e.status, Map.of("error", e.getMessage()));
      } catch (Exception | StackOverflowError bug) {
        LOG.log(Level.SEVERE, "request failed: " + exchange.getRequestMethod() + " " + exchange.getRequestURI(), bug);
        sendJson(exchange, 500, Map.of("error", "something went wrong on our side; nothing was changed"));
      }
    } catch (IOException clientGone) {
      LOG.log(Level.FINE, "client went away", clientGone);
    }
  }

  private void route(HttpExchange ex) throws Exception {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    switch (path) {
      case "/" -> {
        allow(method, "GET");
        ex.getResponseHeaders().set("Location", "/privacy");
        send(ex, 303, "text/plain; charset=utf-8", "See /privacy");
      }
      case "/privacy" -> {
        allow(method, "GET");
        send(ex, 200, "text/html; charset=utf-8", PrivacyPage.render(inventory));
      }
      case "/privacy/inventory.json" -> {
        allow(method, "GET");
        send(ex, 200, "application/json; charset=utf-8", inventory.json());
      }
      case "/signup" -> {
        allow(method, "POST");
        signUp(ex);
      }
      case "/login" -> {
        allow(method, "POST");
        logIn(ex);
      }
      case "/logout" -> {
        allow(method, "POST");
        Optional<String> token = cookie(ex);
        if (token.isPresent()) {
          store.deleteSession(SessionTokens.fingerprint(token.get()));
        }
        ex.getResponseHeaders().add("Set-Cookie", SessionTokens.clearCookie());
        send(ex, 204, null, "");
      }
      case "/notes" -> {
        allow(method, "POST");
        addNote(ex);
      }
      case "/me/data" -> {
        allow(method, "GET");
        long id = signedIn(ex);
        Account account = store.accountWithData(id).orElseThrow(() -> new HttpError(401, "please sign in again"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("application", inventory.application().orElse(""));
        body.put("account", DataSafetyInventory.export(account));
        sendJson(ex, 200, body);
      }
      case "/me" -> {
        allow(method, "DELETE");
        long id = signedIn(ex);
        store.deleteAccount(id);
        ex.getResponseHeaders().add("Set-Cookie", SessionTokens.clearCookie());
        send(ex, 204, null, "");
      }
      default -> throw new HttpError(404, "there is nothing at " + path);
    }
  }

  private void signUp(HttpExchange ex) throws Exception {
    Forms form = Forms.parse(body(ex));
    String email = form.required("email", 320).toLowerCase(Locale.ROOT);
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw HttpError.badRequest("'" + email + "' is not an email address");
    }
    String password = form.required("password", 200);
    if (password.length() < 8) {
      throw HttpError.badRequest("the password must have at least 8 characters");
    }
    String displayName = form.optional("displayName").orElse(email.substring(0, email.indexOf('@')));
    if (displayName.length() > 200) {
      throw HttpError.badRequest("the field 'displayName' is longer than 200 characters");
    }
    Account account;
    try {
      account = store.createAccount(email, displayName, Passwords.hash(password), form.checked("productUpdates"));
    } catch (Store.DuplicateEmailException taken) {
      throw new HttpError(409, "an account with this email already exists; sign in instead");
    }
    if (form.checked("layoutTrial")) {
      store.startLayoutTrial(account.id(), account.id() % 2 == 0 ? "compact" : "classic");
    }
    startSession(ex, account.id());
    sendJson(ex, 201, Map.of("id", account.id(), "email", account.email()));
  }

  private void logIn(HttpExchange ex) throws Exception {
    Forms form = Forms.parse(body(ex));
    String email = form.required("email", 320).toLowerCase(Locale.ROOT);
    String password = form.required("password", 200);
    Optional<Account> account = store.accountByEmail(email);
    if (account.isEmpty() || !Passwords.matches(password, account.get().passwordHash())) {
      throw new HttpError(401, "the email or the password is wrong");
    }
    startSession(ex, account.get().id());
    sendJson(ex, 200, Map.of("id", account.get().id(), "email", account.get().email()));
  }

  private void startSession(HttpExchange ex, long accountId) throws SQLException {
    String token = SessionTokens.newToken();
    store.addSession(accountId, SessionTokens.fingerprint(token));
    store.addSignIn(accountId, ex.getRemoteAddress().getAddress().getHostAddress());
    ex.getResponseHeaders().add("Set-Cookie", SessionTokens.setCookie(token));
  }

  private void addNote(HttpExchange ex) throws Exception {
    long id = signedIn(ex);
    Forms form = Forms.parse(body(ex));
    String title = form.required("title", 500);
    byte[] body;
    try {
      body = Base64.getDecoder().decode(form.required("body", MAX_BODY));
    } catch (IllegalArgumentException notBase64) {
      throw HttpError.badRequest("the field 'body' must be the encrypted note in base64");
    }
    var note = store.addNote(id, title, body);
    sendJson(ex, 201, Map.of("id", note.id()));
  }

  private long signedIn(HttpExchange ex) throws Exception {
    Optional<String> token = cookie(ex);
    if (token.isEmpty()) {
      throw new HttpError(401, "sign in first (POST /login)");
    }
    return store.accountOfSession(SessionTokens.fingerprint(token.get()))
        .orElseThrow(() -> new HttpError(401, "your session has ended; sign in again"));
  }

  private static Optional<String> cookie(HttpExchange ex) {
    for (String header : ex.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";")) {
        String[] kv = part.strip().split("=", 2);
        if (kv.length == 2 && kv[0].equals(SessionTokens.COOKIE) && !kv[1].isEmpty()) {
          return Optional.of(kv[1]);
        }
      }
    }
    return Optional.empty();
  }

  private static void allow(String method, String allowed) throws HttpError {
    if (!method.equals(allowed)) {
      throw new HttpError(405, method + " is not allowed here; use " + allowed);
    }
  }

  private static String body(HttpExchange ex) throws IOException, HttpError {
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new HttpError(413, "the request body is larger than " + MAX_BODY + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void sendJson(HttpExchange ex, int status, Object value) throws IOException {
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsString(value) + "\n");
  }

  private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
