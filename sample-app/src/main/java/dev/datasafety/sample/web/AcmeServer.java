package dev.datasafety.sample.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.PurposeInfo;
import dev.datasafety.sample.account.Account;
import dev.datasafety.sample.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The HTTP server of Acme Notes, on the JDK's {@link HttpServer}: server-rendered pages for
 * people (see the README's table), the inventory and the data export for programs. Every
 * request gets an answer: bad input a readable page with the form refilled, a bug a 500 page
 * without details, and the server goes on. Every POST must pass {@link Csrf}.
 */
public final class AcmeServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AcmeServer.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final String HTML = "text/html; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Store store;
  private final DataInventory inventory;
  private final Choices choices;
  private final Csrf csrf = new Csrf();
  private final LoginLimiter limiter;
  private final Optional<URI> publicUrl;

  /** What a handler answers. */
  private record Answer(int status, String contentType, String body, Map<String, String> headers) {
    static Answer html(int status, String body) {
      return new Answer(status, HTML, body, Map.of());
    }

    static Answer redirect(String location) {
      return new Answer(303, null, "", Map.of("Location", location));
    }
  }

  private AcmeServer(HttpServer server, Store store, DataInventory inventory, Optional<URI> publicUrl) {
    this.server = server;
    this.publicUrl = publicUrl;
    this.store = store;
    this.inventory = inventory;
    this.choices = new Choices(inventory);
    this.limiter = new LoginLimiter(store.clock());
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Starts on {@code port} of {@code address} (port 0: any free port), reached directly. */
  public static AcmeServer start(InetAddress address, int port, Store store, DataInventory inventory) throws IOException {
    return start(address, port, store, inventory, Optional.empty());
  }

  /**
   * Starts on {@code port} of {@code address}; with a public URL, people reach it there, through
   * a proxy in front (which serves TLS for an {@code https} URL: cookies are then {@code Secure}).
   */
  public static AcmeServer start(InetAddress address, int port, Store store, DataInventory inventory,
      Optional<URI> publicUrl) throws IOException {
    AcmeServer s = new AcmeServer(HttpServer.create(new InetSocketAddress(address, port), 64), store, inventory,
        publicUrl);
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
      Request request = new Request(exchange, publicUrl);
      Answer answer;
      try {
        answer = route(request);
      } catch (HttpError e) {
        answer = refused(request, e);
      } catch (Exception | StackOverflowError bug) {
        LOG.log(Level.SEVERE, "request failed: " + request.method + " " + exchange.getRequestURI(), bug);
        answer = Answer.html(500, Pages.error(layout(request), 500,
            "Something went wrong on our side, and nothing was changed. Please try again in a moment."));
      }
      send(exchange, answer);
    } catch (IOException clientGone) {
      LOG.log(Level.FINE, "client went away", clientGone);
    }
  }

  private Answer refused(Request request, HttpError e) {
    if (e.status == 401) {
      return Answer.html(401, request.layout(csrf).page("Please sign in — Acme Notes",
          Pages.signInForm(request.layout(csrf), "Please sign in", Pages.Values.NONE, e)));
    }
    Map<String, String> headers = e.status == 405 ? Map.of("Allow", e.allow) : Map.of();
    return new Answer(e.status, HTML, Pages.error(layout(request), e.status, e.getMessage()), headers);
  }

  private Layout layout(Request request) {
    return request.layout(csrf);
  }

  private Answer route(Request r) throws Exception {
    Optional<String> session = r.cookie(SessionTokens.COOKIE);
    if (session.isPresent()) {
      r.account = store.accountOfSession(SessionTokens.fingerprint(session.get()));
      r.sessionEnded = r.account.isEmpty();
    }
    if (r.method.equals("POST")) {
      csrf.verify(r);
    } else if (!r.method.equals("GET")) {
      // Browsers send other methods across sites only after a CORS preflight, which this server
      // never grants: checking Origin is enough.
      if (r.header("Origin").isPresent() && !r.header("Origin").get().equals(r.ownOrigin())) {
        throw new HttpError(403, "This request came from another site, so it was refused. Nothing was changed.");
      }
    }
    return switch (r.path) {
      case "/" -> {
        allow(r, "GET");
        yield r.account.isPresent() ? notesPage(r, Pages.Values.NONE, null, 200) : Answer.html(200,
            Pages.welcome(layout(r)));
      }
      case "/privacy" -> {
        allow(r, "GET");
        yield Answer.html(200, PrivacyPage.render(inventory, layout(r)));
      }
      case "/privacy/inventory.json" -> {
        allow(r, "GET");
        yield new Answer(200, "application/json; charset=utf-8", inventory.json(), Map.of());
      }
      case "/signup" -> allow(r, "GET", "POST").equals("GET") ? signUpPage(r) : signUp(r);
      case "/login" -> allow(r, "GET", "POST").equals("GET") ? signInPage(r) : signIn(r);
      case "/logout" -> {
        allow(r, "POST");
        yield signOut(r, Answer.redirect("/"));
      }
      case "/notes" -> {
        allow(r, "POST");
        yield addNote(r);
      }
      case "/me" -> {
        if (allow(r, "GET", "DELETE").equals("GET")) {
          yield Answer.html(200, YourDataPage.render(inventory, YourData.of(account(r), inventory), layout(r)));
        }
        store.deleteAccount(r.signedIn());
        yield signOut(r, new Answer(204, null, "", Map.of()));
      }
      case "/me/data" -> {
        allow(r, "GET");
        yield download(r);
      }
      case "/me/choices" -> allow(r, "GET", "POST").equals("GET") ? choicesPage(r, account(r), null) : changeChoices(r);
      case "/me/edit" -> allow(r, "GET", "POST").equals("GET") ? editPage(r) : edit(r);
      case "/me/delete" -> allow(r, "GET", "POST").equals("GET")
          ? Answer.html(200, Pages.confirmDelete(layout(r), YourData.of(account(r), inventory).groups()))
          : deleteAccount(r);
      default -> throw new HttpError(404, "There is nothing at " + r.path + ".");
    };
  }

  // Account: sign up, sign in, sign out.

  private Answer signUpPage(Request r) {
    if (r.account.isPresent()) {
      return Answer.redirect("/");
    }
    return Answer.html(200, Pages.signUp(layout(r), choices.optional(), Pages.Values.NONE, p -> false, null));
  }

  private Answer signUp(Request r) throws Exception {
    Forms form = r.form();
    try {
      String email = email(form);
      String password = form.unstripped("password")
          .orElseThrow(() -> HttpError.invalid("password", "Password is required: please choose one."));
      if (password.length() < 8) {
        throw HttpError.invalid("password", "The password must have at least 8 characters.");
      }
      Forms.atMost("password", "The password", password, 200);
      String displayName = Forms.atMost("displayName", "Display name",
          form.optional("displayName").orElse(email.substring(0, email.indexOf('@'))), 200);
      Account account;
      try {
        account = store.createAccount(email, displayName, Passwords.hash(password), false);
      } catch (Store.DuplicateEmailException taken) {
        throw HttpError.conflict("email", "An account with this email already exists: sign in instead.");
      }
      for (PurposeInfo purpose : choices.optional()) {
        if (form.checked(Choices.field(purpose))) {
          choices.turnOn(purpose, store, account);
        }
      }
      startSession(r, account.id());
      return Answer.redirect("/");
    } catch (HttpError e) {
      return Answer.html(e.status, Pages.signUp(layout(r), choices.optional(), Pages.Values.of(form),
          p -> form.checked(Choices.field(p)), e));
    }
  }

  private Answer signInPage(Request r) {
    return r.account.isPresent() ? Answer.redirect("/") : Answer.html(200, Pages.signIn(layout(r), Pages.Values.NONE, null));
  }

  /**
   * The same answer, after the same work (one password check), whether the email has an account
   * or not; past the limit of failures, refused before any check.
   */
  private Answer signIn(Request r) throws Exception {
    Forms form = r.form();
    try {
      String email = form.optional("email").orElse("").toLowerCase(Locale.ROOT);
      Optional<String> password = form.unstripped("password");
      if (email.isEmpty() || password.isEmpty()) {
        throw HttpError.badRequest("Please enter your email and your password.");
      }
      Forms.atMost("email", "Email", email, 320);
      Forms.atMost("password", "The password", password.get(), 200);
      String address = r.remoteAddress();
      Optional<Instant> blocked = limiter.blockedUntil(email, address);
      if (blocked.isPresent()) {
        long minutes = Math.max(1, (Duration.between(store.clock().instant(), blocked.get()).toSeconds() + 59) / 60);
        throw new HttpError(429, "Too many failed sign-ins for this account or from your network. For your safety, "
            + "please wait " + minutes + (minutes == 1 ? " minute" : " minutes") + " before you try again.");
      }
      Optional<Account> account = store.accountByEmail(email);
      boolean right = account.isPresent()
          ? Passwords.matches(password.get(), account.get().passwordHash())
          : Passwords.matchesNoAccount(password.get());
      if (!right) {
        limiter.failed(email, address);
        throw new HttpError(401, "The email or the password is wrong.");
      }
      limiter.succeeded(email);
      if (Passwords.isOutdated(account.get().passwordHash())) {
        store.updatePasswordHash(account.get().id(), Passwords.hash(password.get()));
      }
      startSession(r, account.get().id());
      return Answer.redirect("/");
    } catch (HttpError e) {
      Answer page = Answer.html(e.status, Pages.signIn(layout(r), Pages.Values.of(form), e));
      return e.status == 429 ? new Answer(429, HTML, page.body(), Map.of("Retry-After",
          String.valueOf(LoginLimiter.WINDOW.toSeconds()))) : page;
    }
  }

  private void startSession(Request r, long accountId) throws SQLException {
    String token = SessionTokens.newToken();
    store.addSession(accountId, SessionTokens.fingerprint(token));
    store.addSignIn(accountId, r.remoteAddress());
    r.setCookie(SessionTokens.setCookie(token, r.isHttps()));
  }

  private Answer signOut(Request r, Answer answer) throws SQLException {
    Optional<String> token = r.cookie(SessionTokens.COOKIE);
    if (token.isPresent()) {
      store.deleteSession(SessionTokens.fingerprint(token.get()));
    }
    r.setCookie(SessionTokens.clearCookie(r.isHttps()));
    return answer;
  }

  // Notes.

  private Answer notesPage(Request r, Pages.Values values, HttpError error, int status) throws Exception {
    Account account = account(r);
    return Answer.html(status, Pages.notes(layout(r), account, account.notes(), values, error));
  }

  private Answer addNote(Request r) throws Exception {
    long id = r.signedIn();
    Forms form = r.form();
    try {
      String title = form.required("title", "Title", 500);
      String text = form.required("text", "The note", 20_000);
      store.addNote(id, title, text);
      return Answer.redirect("/");
    } catch (HttpError e) {
      return notesPage(r, Pages.Values.of(form), e, e.status);
    }
  }

  // Your data: see, download, choose, correct, delete.

  private Account account(Request r) throws Exception {
    return store.accountWithData(r.signedIn()).orElseThrow(() -> new HttpError(401, "Please sign in again."));
  }

  private Answer download(Request r) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("application", inventory.application().orElse(""));
    body.put("account", YourData.of(account(r), inventory).export());
    return new Answer(200, "application/json; charset=utf-8", JSON.writeValueAsString(body) + "\n",
        Map.of("Content-Disposition", "attachment; filename=\"acme-notes-your-data.json\""));
  }

  private Answer choicesPage(Request r, Account account, String noticeHtml) {
    return Answer.html(200, Pages.choices(layout(r), choices.optional(), p -> choices.isOn(p, account), noticeHtml));
  }

  private Answer changeChoices(Request r) throws Exception {
    Account account = account(r);
    Forms form = r.form();
    List<String> done = new ArrayList<>();
    for (PurposeInfo p : choices.optional()) {
      boolean wanted = form.checked(Choices.field(p));
      if (wanted && !choices.isOn(p, account)) {
        choices.turnOn(p, store, account);
        done.add("<p>Turned on \u201c" + Html.escape(p.title()) + "\u201d.</p>");
      } else if (!wanted && choices.isOn(p, account)) {
        choices.turnOff(p, store, account);
        done.add("<p>Turned off \u201c" + Html.escape(p.title()) + "\u201d. Deleted at once: "
            + Html.escape(choices.namesKeptOnlyFor(p)) + ".</p>");
      }
    }
    String notice = done.isEmpty() ? "<p>Nothing changed: your choices were already these.</p>" : String.join("", done);
    return choicesPage(r, account(r), notice);
  }

  private Answer editPage(Request r) throws Exception {
    Account account = account(r);
    return Answer.html(200, Pages.edit(layout(r),
        Pages.Values.of(Map.of("email", account.email(), "displayName", account.displayName())), null, null));
  }

  private Answer edit(Request r) throws Exception {
    long id = r.signedIn();
    Forms form = r.form();
    try {
      String email = email(form);
      String displayName = form.required("displayName", "Display name", 200);
      try {
        store.updateProfile(id, email, displayName);
      } catch (Store.DuplicateEmailException taken) {
        throw HttpError.conflict("email", "Another account already uses this email.");
      }
      return Answer.html(200, Pages.edit(layout(r), Pages.Values.of(form), null,
          "<p>Saved. You now sign in with " + Html.escape(email) + ", and your notes show "
              + Html.escape(displayName) + ".</p>"));
    } catch (HttpError e) {
      return Answer.html(e.status, Pages.edit(layout(r), Pages.Values.of(form), e, null));
    }
  }

  private Answer deleteAccount(Request r) throws Exception {
    Map<String, YourData.Kept> records = YourData.of(account(r), inventory).groups();
    store.deleteAccount(r.signedIn());
    signOut(r, null);
    r.account = Optional.empty();
    return Answer.html(200, Pages.deleted(layout(r), records));
  }

  private static String email(Forms form) throws HttpError {
    String email = form.required("email", "Email", 320).toLowerCase(Locale.ROOT);
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw HttpError.invalid("email", "\u201c" + email + "\u201d is not an email address: it looks like name@example.com.");
    }
    return email;
  }

  /** Refuses other methods with 405 and the Allow header; returns the method. */
  private static String allow(Request r, String... allowed) throws HttpError {
    for (String method : allowed) {
      if (method.equals(r.method)) {
        return method;
      }
    }
    throw HttpError.methodNotAllowed(r.method, String.join(", ", allowed));
  }

  private static void send(HttpExchange ex, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    var headers = ex.getResponseHeaders();
    if (answer.contentType() != null) {
      headers.set("Content-Type", answer.contentType());
    }
    answer.headers().forEach(headers::set);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("Cache-Control", "no-store");
    ex.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
