package dev.datasafety.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.runtime.DatumInfo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP API, against the running server and a real database. */
class HttpApiTest extends AgainstRunningApp {
  private static final ObjectMapper JSON = new ObjectMapper();
  @Test
  void privacyPageShowsEveryDeclaredDatumFromTheGeneratedInventory() throws Exception {
    HttpResponse<String> page = app.get("/privacy");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    List<DatumInfo> data = DataSafetyInventory.inventory().data();
    assertEquals(19, data.size(), "the product declares 19 data");
    for (DatumInfo d : data) {
      assertTrue(page.body().contains("data-datum=\"" + d.id() + "\""), d.id() + " is missing from the page");
    }
    assertTrue(page.body().contains("Only if you turn it on"), "opt-in purposes are marked");
    assertTrue(page.body().contains("This is an experiment."), "experiments are marked");
    assertTrue(page.body().contains("1 year"), "retention texts are shown");
    assertFalse(page.body().contains("<script"), "the page needs no script");
  }

  @Test
  void inventoryJsonIsTheShippedDocument() throws Exception {
    HttpResponse<String> json = app.get("/privacy/inventory.json");
    assertEquals(200, json.statusCode());
    assertEquals("application/json; charset=utf-8", json.headers().firstValue("Content-Type").orElseThrow());
    // Read from the product's own class folder: the test build writes another inventory.json.
    Path classes = Path.of(AcmeNotes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String shipped = java.nio.file.Files.readString(classes.resolve("META-INF/datasafety/inventory.json"));
    assertEquals(shipped, json.body());
    assertEquals("Acme Notes", JSON.readTree(json.body()).get("application").asText());
  }

  @Test
  void myDataIsTheGeneratedExportOfEverythingKeptAboutMe() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of("displayName", "Ada", "choice.product-updates", "on",
        "choice.experiment.editor-layout", "on"));
    HttpResponse<String> note = app.postForm("/notes", Map.of("title", "Groceries", "text", "eggs, milk"), cookie);
    assertEquals(303, note.statusCode(), note.body());

    HttpResponse<String> mine = app.get("/me/data", cookie);
    assertEquals(200, mine.statusCode(), mine.body());
    assertEquals("attachment; filename=\"acme-notes-your-data.json\"",
        mine.headers().firstValue("Content-Disposition").orElseThrow());
    JsonNode account = JSON.readTree(mine.body()).get("account");
    assertEquals(List.of("id", "email", "displayName", "createdAt", "productUpdates", "passwordHash", "notes", "sessions",
        "signIns", "layoutTrial"), fieldNames(account));
    assertEquals("ada@example.com", account.get("email").asText());
    assertEquals("Ada", account.get("displayName").asText());
    assertEquals("2026-03-01T09:00:00Z", account.get("createdAt").asText());
    assertTrue(account.get("productUpdates").asBoolean());
    JsonNode firstNote = account.get("notes").get(0);
    assertEquals(List.of("title", "text", "updatedAt"), fieldNames(firstNote));
    assertEquals("Groceries", firstNote.get("title").asText());
    assertEquals("eggs, milk", firstNote.get("text").asText());
    assertEquals("127.0.0.1", account.get("signIns").get(0).get("ipAddress").asText());
    assertEquals(1, account.get("layoutTrial").get("notesWritten").asInt());
    assertTrue(account.get("passwordHash").asText().startsWith("pbkdf2-sha256$600000$"),
        "the password hash is declared data, exported in its pseudonymized form: " + account.get("passwordHash"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void signInWorksWithTheRightPasswordOnly() throws Exception {
    app.signUp("ada@example.com", Map.of());
    assertEquals(401, app.postForm("/login", Map.of("email", "ada@example.com", "password", "wrong password")).statusCode());
    assertEquals(401, app.postForm("/login", Map.of("email", "nobody@example.com", "password", "whatever1")).statusCode());
    HttpResponse<String> ok = app.postForm("/login", Map.of("email", "ADA@example.com", "password", "correct horse battery"));
    assertEquals(303, ok.statusCode(), ok.body());
    assertEquals(200, app.get("/me/data", RunningApp.sessionCookie(ok)).statusCode());
  }

  @Test
  void deletingMyAccountEndsMySessionAndLeavesNothing() throws Exception {
    String cookie = app.signUp("ada@example.com", Map.of("choice.experiment.editor-layout", "on"));
    app.postForm("/notes", Map.of("title", "t", "text", "x"), cookie);
    HttpResponse<String> me = app.get("/me/data", cookie);
    long id = JSON.readTree(me.body()).get("account").get("id").asLong();

    assertEquals(204, app.delete("/me", cookie).statusCode());
    assertEquals(401, app.get("/me/data", cookie).statusCode());
    assertEquals(401, app.postForm("/login", Map.of("email", "ada@example.com", "password", "correct horse battery"))
        .statusCode());
    for (String table : List.of("account", "note", "browser_session", "sign_in", "layout_trial")) {
      assertEquals(0, app.store.countRows(table, id), table);
    }
  }

  @Test
  void badRequestsGetClearClientErrorsAndTheServerKeepsServing() throws Exception {
    assertStatus(400, app.postForm("/signup", Map.of("email", "not-an-email", "password", "long enough")),
        "is not an email address");
    assertStatus(400, app.postForm("/signup", Map.of("email", "a@example.com", "password", "short")), "at least 8");
    assertStatus(400, app.postForm("/signup", Map.of("password", "long enough")), "Email is required");
    assertStatus(400, app.postRaw("/signup", "email=%zz&password=x"), "not valid");
    app.signUp("ada@example.com", Map.of());
    assertStatus(409, app.postForm("/signup", Map.of("email", "ada@example.com", "password", "long enough")), "exists");
    String cookie = app.signUp("bob@example.com", Map.of());
    assertStatus(400, app.postForm("/notes", Map.of("title", "t"), cookie), "The note is required");
    assertStatus(401, app.postForm("/notes", Map.of("title", "t", "text", "x")), "sign in");
    assertStatus(401, app.get("/me/data", "acme_session=forged"), "session has ended");
    assertStatus(401, app.delete("/me"), "sign in");
    assertStatus(404, app.get("/nothing-here"), "nothing at /nothing-here");
    assertStatus(405, app.send(HttpRequest.newBuilder(app.uri("/privacy")).PUT(HttpRequest.BodyPublishers.noBody())),
        "use GET");
    assertStatus(413, app.postRaw("/signup", "x".repeat((1 << 20) + 10)), "larger than");
    assertEquals(200, app.get("/privacy").statusCode());
  }

  /** The answers are pages for people: the message is compared as the text they read, case aside. */
  static void assertStatus(int status, HttpResponse<String> response, String messagePart) {
    assertEquals(status, response.statusCode(), response.body());
    String text = response.body().replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&").toLowerCase(java.util.Locale.ROOT);
    assertTrue(text.contains(messagePart.toLowerCase(java.util.Locale.ROOT)),
        "message should contain '" + messagePart + "': " + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"),
        "a readable page, not a JSON blob");
    assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), "never a stack trace");
  }

  @Test
  void dataSurvivesARestartInTheSameFolder() throws Exception {
    app.signUp("ada@example.com", Map.of());
    app.close();
    app = RunningApp.start(data);
    HttpResponse<String> ok = app.postForm("/login", Map.of("email", "ada@example.com", "password", "correct horse battery"));
    assertEquals(303, ok.statusCode(), ok.body());
  }
}
