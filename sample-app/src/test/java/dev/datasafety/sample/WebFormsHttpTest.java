package dev.datasafety.sample;

import static dev.datasafety.sample.HttpApiTest.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.sample.account.Account;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every refusal of the pages for people, over HTTP: forged forms, bad input, sign-in limits, errors. */
class WebFormsHttpTest extends AgainstRunningApp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";
  private static final String TRIAL = "choice.experiment.editor-layout";
  // Cross-site request forgery.

  @Test
  void everyPostWithoutAValidTokenIsRefusedAndChangesNothing() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of(TRIAL, "on"));
    Map<String, Map<String, String>> forms = new LinkedHashMap<>();
    forms.put("/signup", Map.of("email", "eve@example.com", "password", PASSWORD));
    forms.put("/login", Map.of("email", "ada@example.com", "password", PASSWORD));
    forms.put("/logout", Map.of());
    forms.put("/notes", Map.of("title", "forged", "text", "forged"));
    forms.put("/me/choices", Map.of());
    forms.put("/me/edit", Map.of("email", "eve@example.com", "displayName", "Eve"));
    forms.put("/me/delete", Map.of());
    for (var form : forms.entrySet()) {
      String without = RunningApp.encode(form.getValue());
      assertStatus(403, app.postRaw(form.getKey(), without, cookie), "did not come from Acme Notes");
      Map<String, String> wrong = new LinkedHashMap<>(form.getValue());
      wrong.put("csrf", "not-a-token");
      assertStatus(403, app.postRaw(form.getKey(), RunningApp.encode(wrong), cookie), "did not come from Acme Notes");
    }
    Account ada = app.store.accountWithData(app.store.accountByEmail("ada@example.com").orElseThrow().id()).orElseThrow();
    assertTrue(ada.notes().isEmpty(), "no note was written");
    assertTrue(ada.layoutTrial().isPresent(), "no choice was changed");
    assertTrue(app.store.accountByEmail("eve@example.com").isEmpty(), "no account was made or renamed");
    assertEquals(200, app.get("/me", cookie).statusCode(), "still signed in: the forged sign-out was refused");
  }

  @Test
  void aTokenIsWorthlessInAnotherBrowserOrAnotherSession() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of());
    String token = app.csrfToken(cookie);
    String form = "title=t&text=x&csrf=" + token;
    // The same token with another browser's cookie.
    HttpResponse<String> otherBrowser = app.send(HttpRequest.newBuilder(app.uri("/notes"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "acme_csrf=someone-else; " + cookie)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertStatus(403, otherBrowser, "did not come from Acme Notes");
    // The signed-out token of this browser, once signed in.
    assertStatus(403, app.postRaw("/notes", "title=t&text=x&csrf=" + app.csrfToken(), cookie), "did not come from");
    assertEquals(303, app.postRaw("/notes", form, cookie).statusCode(), "the right token works");
  }

  @Test
  void aFormFromAnotherOriginIsRefusedEvenWithItsToken() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of());
    String form = "title=t&text=x&csrf=" + app.csrfToken(cookie);
    assertStatus(403, post("/notes", form, cookie, "https://evil.example"), "sent from another site");
    assertStatus(403, post("/notes", form, cookie, "null"), "sent from another site");
    assertStatus(403, app.send(HttpRequest.newBuilder(app.uri("/me")).header("Origin", "https://evil.example")
        .header("Cookie", cookie).DELETE()), "came from another site");
    assertTrue(app.store.accountByEmail("ada@example.com").isPresent(), "the account is still there");
    String own = "http://127.0.0.1:" + app.server.port();
    assertEquals(303, post("/notes", form, cookie, own).statusCode(), "the server's own origin is accepted");
  }

  private HttpResponse<String> post(String path, String form, String cookie, String origin) throws Exception {
    return app.send(HttpRequest.newBuilder(app.uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", app.browserCookie + "; " + cookie)
        .header("Origin", origin)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  @Test
  void cookiesAreHttpOnlyAndSameSiteAndSecureOnlyOverHttps() throws Exception {
    HttpResponse<String> signUp = app.postForm("/signup", Map.of("email", "ada@example.com", "password", PASSWORD));
    String session = RunningApp.setCookie(signUp, "acme_session");
    assertTrue(session.contains("; HttpOnly") && session.contains("; SameSite=Strict"), session);
    assertFalse(session.contains("Secure"), "plain HTTP: " + session);
    String csrf = RunningApp.setCookie(app.send(HttpRequest.newBuilder(app.uri("/login"))), "acme_csrf");
    assertTrue(csrf.contains("; HttpOnly") && csrf.contains("; SameSite=Lax"), csrf);

    app.close();
    app = new RunningApp(data, DataSafetyInventory.inventory(), Optional.of(URI.create("https://notes.example.test")));
    HttpResponse<String> behindTls = app.postForm("/signup", Map.of("email", "bob@example.com", "password", PASSWORD));
    // The forms of the proxied server carry no Origin here: the token alone passes.
    assertEquals(303, behindTls.statusCode(), behindTls.body());
    assertTrue(RunningApp.setCookie(behindTls, "acme_session").contains("; Secure"));
    String token = app.csrfToken();
    assertStatus(403, post("/login", "email=bob%40example.com&password=x&csrf=" + token, "", "http://127.0.0.1:"
        + app.server.port()), "another site");
    assertEquals(401, post("/login", "email=bob%40example.com&password=wrong+password&csrf=" + token, "",
        "https://notes.example.test").statusCode(), "the public origin is the server's own");
  }

  // Sign-in: the same answer whether the account exists, and limits.

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
    app.signUp("ada@example.com", Map.of());
    HttpResponse<String> wrong = app.postForm("/login", Map.of("email", "ada@example.com", "password", "not the one"));
    HttpResponse<String> unknown = app.postForm("/login", Map.of("email", "zed@example.com", "password", "not the one"));
    assertStatus(401, wrong, "The email or the password is wrong.");
    assertEquals(wrong.statusCode(), unknown.statusCode());
    assertEquals(wrong.body(), unknown.body().replace("zed@example.com", "ada@example.com"),
        "the pages differ only by the email typed");
    assertTrue(wrong.body().contains("value=\"ada@example.com\""), "the form is refilled");
    assertFalse(wrong.body().contains("not the one"), "the password is never sent back");
  }

  @Test
  void signInIsLimitedPerAccountWhetherItExistsOrNot() throws Exception {
    app.signUp("ada@example.com", Map.of());
    for (String email : List.of("ada@example.com", "zed@example.com")) {
      for (int i = 0; i < 5; i++) {
        assertStatus(401, app.postForm("/login", Map.of("email", email, "password", "guess " + i)), "wrong");
      }
    }
    HttpResponse<String> ada = app.postForm("/login", Map.of("email", "ada@example.com", "password", PASSWORD));
    HttpResponse<String> zed = app.postForm("/login", Map.of("email", "zed@example.com", "password", PASSWORD));
    assertStatus(429, ada, "Too many failed sign-ins");
    assertTrue(ada.body().contains("wait 15 minutes"), ada.body());
    assertEquals("900", ada.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(ada.statusCode(), zed.statusCode());
    assertEquals(ada.body(), zed.body().replace("zed@example.com", "ada@example.com"), "an unknown email is limited alike");

    app.clock.advance(Duration.ofMinutes(14));
    assertStatus(429, app.postForm("/login", Map.of("email", "ada@example.com", "password", PASSWORD)), "wait 1 minute");
    app.clock.advance(Duration.ofMinutes(1));
    assertEquals(303, app.postForm("/login", Map.of("email", "ada@example.com", "password", PASSWORD)).statusCode(),
        "the window is over");
  }

  @Test
  void signInIsLimitedPerAddressAcrossAccounts() throws Exception {
    app.signUp("ada@example.com", Map.of());
    for (int i = 0; i < 20; i++) {
      assertStatus(401, app.postForm("/login", Map.of("email", "user" + i + "@example.com", "password", "guess")), "wrong");
    }
    assertStatus(429, app.postForm("/login", Map.of("email", "ada@example.com", "password", PASSWORD)),
        "from your network");
  }

  @Test
  void aPasswordHashWithOlderSettingsIsRemadeAtSignIn() throws Exception {
    app.signUp("ada@example.com", Map.of());
    long id = app.store.accountByEmail("ada@example.com").orElseThrow().id();
    String old = dev.datasafety.sample.web.Passwords.hash(PASSWORD, 210_000);
    app.store.updatePasswordHash(id, old);
    assertEquals(303, app.postForm("/login", Map.of("email", "ada@example.com", "password", PASSWORD)).statusCode());
    String now = app.store.accountByEmail("ada@example.com").orElseThrow().passwordHash();
    assertTrue(now.startsWith("pbkdf2-sha256$600000$"), now);
    assertEquals(303, app.postForm("/login", Map.of("email", "ada@example.com", "password", PASSWORD)).statusCode());
  }

  // Bad input: a readable page, the form refilled.

  @Test
  void aRefusedSignUpRefillsTheFormButNeverThePassword() throws Exception {
    HttpResponse<String> bad = app.postForm("/signup", Map.of("email", "ada@example", "password", "secret123",
        "displayName", "Ada <Lovelace>", TRIAL, "on"));
    assertStatus(400, bad, "is not an email address");
    assertTrue(bad.body().contains("value=\"ada@example\""), "email refilled");
    assertTrue(bad.body().contains("value=\"Ada &lt;Lovelace&gt;\""), "name refilled, escaped");
    assertTrue(bad.body().contains("name=\"" + TRIAL + "\" value=\"on\" checked"), "the choice is kept");
    assertFalse(bad.body().contains("secret123"), "the password is never sent back");
    assertTrue(bad.body().contains("aria-invalid=\"true\""), "the field is marked");
    assertStatus(400, app.postForm("/signup", Map.of("email", "a@example.com", "password", PASSWORD,
        "displayName", "x".repeat(201))), "Display name is longer than 200 characters");
  }

  @Test
  void correctingToAnEmailInUseOrNoEmailIsRefused() throws Exception {
    app.signUp("bob@example.com", Map.of());
    String ada = app.signUp("ada@example.com", Map.of());
    HttpResponse<String> taken = app.postForm("/me/edit", Map.of("email", "bob@example.com", "displayName", "Ada"), ada);
    assertStatus(409, taken, "Another account already uses this email.");
    assertTrue(taken.body().contains("value=\"bob@example.com\""));
    assertStatus(400, app.postForm("/me/edit", Map.of("email", "", "displayName", "Ada"), ada), "Email is required");
    assertStatus(400, app.postForm("/me/edit", Map.of("email", "ada@example.com", "displayName", ""), ada),
        "Display name is required");
    assertEquals("ada@example.com", JSON.readTree(app.get("/me/data", ada).body()).at("/account/email").asText());
  }

  @Test
  void everyPageAboutYouAsksSignedOutPeopleToSignIn() throws Exception {
    for (String path : List.of("/me", "/me/data", "/me/choices", "/me/edit", "/me/delete")) {
      HttpResponse<String> page = app.get(path);
      assertStatus(401, page, "Please sign in first.");
      assertTrue(page.body().contains("action=\"/login\""), path + " shows the sign-in form");
    }
    assertStatus(401, app.postForm("/me/delete", Map.of()), "sign in");
  }

  @Test
  void methodsOtherThanThoseAllowedAreRefusedWithAllow() throws Exception {
    HttpResponse<String> put = app.send(HttpRequest.newBuilder(app.uri("/signup")).PUT(HttpRequest.BodyPublishers.noBody()));
    assertStatus(405, put, "PUT is not allowed here; use GET, POST.");
    assertEquals("GET, POST", put.headers().firstValue("Allow").orElseThrow());
    assertStatus(405, app.get("/logout"), "use POST");
  }

  @Test
  void aBugAnswersAReadablePageWithoutDetails() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of());
    try (Connection c = app.db.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE note");
    }
    HttpResponse<String> broken = app.get("/", cookie);
    assertStatus(500, broken, "Something went wrong on our side, and nothing was changed.");
    assertFalse(broken.body().contains("SQL") || broken.body().toLowerCase().contains("note\""), broken.body());
    assertEquals(200, app.get("/privacy").statusCode(), "the server goes on");
  }

  // Choices.

  @Test
  void turningAChoiceOffDeletesTheDataKeptOnlyForItAtOnce() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of(TRIAL, "on", "choice.product-updates", "on"));
    JsonNode before = JSON.readTree(app.get("/me/data", cookie).body()).get("account");
    assertTrue(before.get("productUpdates").asBoolean());
    assertEquals(0, before.at("/layoutTrial/notesWritten").asInt());

    HttpResponse<String> saved = app.postForm("/me/choices", Map.of("choice.product-updates", "on"), cookie);
    assertStatus(200, saved, "Turned off \u201cEditor layout trial\u201d. Deleted at once: ");
    JsonNode after = JSON.readTree(app.get("/me/data", cookie).body()).get("account");
    assertTrue(after.get("layoutTrial").isNull(), "the trial's data is gone: " + after);
    assertTrue(after.get("productUpdates").asBoolean(), "the other choice is untouched");

    assertStatus(200, app.postForm("/me/choices", Map.of(), cookie), "Turned off \u201cProduct update emails\u201d");
    assertFalse(JSON.readTree(app.get("/me/data", cookie).body()).at("/account/productUpdates").asBoolean());
    assertStatus(200, app.postForm("/me/choices", Map.of(), cookie), "Nothing changed");
    assertStatus(200, app.postForm("/me/choices", Map.of(TRIAL, "on"), cookie), "Turned on \u201cEditor layout trial\u201d");
    assertFalse(JSON.readTree(app.get("/me/data", cookie).body()).get("account").get("layoutTrial").isNull());
  }

  @Test
  void deletingTheAccountInTheBrowserSaysWhatWasDeletedAndSignsOut() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of(TRIAL, "on"));
    app.postForm("/notes", Map.of("title", "a", "text", "b"), cookie);
    app.postForm("/notes", Map.of("title", "c", "text", "d"), cookie);
    long id = app.store.accountByEmail("ada@example.com").orElseThrow().id();
    String token = app.csrfToken(cookie);
    HttpResponse<String> deleted = app.postRaw("/me/delete", "csrf=" + token, cookie);
    assertStatus(200, deleted, "Your account is deleted");
    assertTrue(deleted.body().contains("<strong>Your notes</strong>: 2 records (Title, Note text, Last edited)"));
    assertTrue(deleted.body().contains("<strong>Editor layout trial</strong>: 1 record"));
    assertTrue(RunningApp.setCookie(deleted, "acme_session").contains("Max-Age=0"), "signed out");
    assertEquals(0, app.store.countRows("account", id));
    assertStatus(401, app.get("/me", cookie), "session has ended");
  }
}
