package dev.datasafety.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.PurposeInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in a browser, end to end, in headless chromium driven by Selenium: every
 * page is audited with axe-core (zero violations) and photographed under target/screenshots/.
 */
class PeopleBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";
  @TempDir Path work;
  private RunningApp app;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    app = RunningApp.start(work.resolve("data"));
    browser = new Browser(work);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      browser.close();
    } finally {
      app.close();
    }
  }

  @Test
  void signUpWriteSeeDownloadChooseCorrectAndDelete() throws Exception {
    open("/");
    assertEquals("Acme Notes", heading());
    audit("home");

    // Sign up, saying yes to the layout trial only: every optional purpose is offered, unchecked.
    click(By.linkText("Create an account"));
    assertEquals("Create your account", heading());
    DataInventory inventory = DataSafetyInventory.inventory();
    List<PurposeInfo> optional = inventory.purposes().stream().filter(PurposeInfo::isOptional).toList();
    assertEquals(2, optional.size());
    for (PurposeInfo p : optional) {
      WebElement box = checkbox(p);
      assertFalse(box.isSelected(), p.id() + " is off by default");
      String label = text(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
      assertEquals(p.title(), label);
      assertTrue(text(By.id(box.getAttribute("id") + "-benefit")).startsWith(p.userBenefit()));
    }
    audit("signup");
    type("email", "ada@example.com");
    type("password", PASSWORD);
    type("displayName", "Ada");
    checkbox(inventory.purpose("experiment.editor-layout").orElseThrow()).click();
    submit();
    assertEquals("Your notes", heading());
    assertTrue(text(By.tagName("main")).contains("Signed in as Ada (ada@example.com)"));
    long id = app.store.accountByEmail("ada@example.com").orElseThrow().id();

    // Write a note.
    type("title", "Groceries");
    type("text", "eggs, milk, bread");
    submit();
    assertEquals("Groceries", text(By.cssSelector("article.note-card h3")));
    audit("notes");

    // See it on "Your data", grouped by purpose, in raw form.
    click(By.linkText("Your data"));
    assertEquals("Your data", heading());
    assertEquals("Groceries", value("dev.datasafety.sample.notes.Note#title"));
    assertEquals("eggs, milk, bread", value("dev.datasafety.sample.notes.Note#text"));
    assertEquals("ada@example.com", value("dev.datasafety.sample.account.Account#email"));
    assertTrue(value("dev.datasafety.sample.account.Account#passwordHash").startsWith("pbkdf2-sha256$600000$"));
    assertTrue(Stream.of("compact", "classic").anyMatch(value("dev.datasafety.sample.notes.LayoutTrial#variant")::equals));
    assertEquals("127.0.0.1", value("dev.datasafety.sample.account.SignInEvent#ipAddress"));
    for (DatumInfo d : inventory.data()) {
      for (String purpose : d.purposes()) {
        assertEquals(1, browser.driver.findElements(By.cssSelector("section[aria-labelledby='mine-purpose-"
            + purpose.replaceAll("[^a-z0-9-]", "-") + "'] tr[data-datum='" + d.id() + "']")).size(),
            d.id() + " under " + purpose);
      }
    }
    audit("your-data");

    // Download it: the same export, as a file.
    browser.driver.findElement(By.partialLinkText("Download all of it")).click();
    JsonNode download = JSON.readTree(downloaded("acme-notes-your-data.json").toFile());
    assertEquals("Groceries", download.at("/account/notes/0/title").asText());
    assertEquals("eggs, milk, bread", download.at("/account/notes/0/text").asText());
    assertFalse(download.at("/account/layoutTrial").isNull());

    // Turn the trial off: its data is gone at once.
    open("/me/choices");
    assertEquals("Your choices", heading());
    WebElement trial = checkbox(inventory.purpose("experiment.editor-layout").orElseThrow());
    assertTrue(trial.isSelected());
    audit("choices");
    trial.click();
    submit();
    String notice = text(By.cssSelector("[role=status]"));
    assertTrue(notice.startsWith("Turned off \u201cEditor layout trial\u201d. Deleted at once: "), notice);
    for (String name : List.of("Layout shown", "Notes written in the trial", "Trial start")) {
      assertTrue(notice.contains(name), notice);
    }
    assertFalse(checkbox(inventory.purpose("experiment.editor-layout").orElseThrow()).isSelected());
    screenshot("choices-saved");
    open("/me");
    assertEquals("Nothing kept now.", value("dev.datasafety.sample.notes.LayoutTrial#variant"));
    assertTrue(app.store.layoutTrial(id).isEmpty(), "the trial's row is deleted");

    // Correct the email; the new one signs in, the old one no longer does.
    click(By.linkText("Correct your email or name"));
    assertEquals("Correct your details", heading());
    audit("edit");
    WebElement email = browser.driver.findElement(By.id("field-email"));
    email.clear();
    email.sendKeys("ada.lovelace@example.com");
    submit();
    assertTrue(text(By.cssSelector("[role=status]")).contains("You now sign in with ada.lovelace@example.com"));
    signOut();
    signIn("ada@example.com");
    assertEquals("Sign in", heading());
    assertTrue(text(By.cssSelector("[role=alert]")).contains("The email or the password is wrong."));
    assertEquals("ada@example.com", browser.driver.findElement(By.id("field-email")).getAttribute("value"),
        "the form is refilled");
    assertEquals("", browser.driver.findElement(By.id("field-password")).getAttribute("value"),
        "the password is never sent back");
    audit("login-error");
    signIn("ada.lovelace@example.com");
    assertEquals("Your notes", heading());

    // Delete the account: confirm, see what was deleted, and fail to sign in again.
    open("/me");
    click(By.linkText("Delete your account and all of this"));
    assertEquals("Delete your account", heading());
    assertTrue(text(By.tagName("main")).contains("Your notes: 1 record (Title, Note text, Last edited)"),
        text(By.tagName("main")));
    audit("delete");
    submit();
    assertEquals("Your account is deleted", heading());
    String deleted = text(By.tagName("main"));
    assertTrue(deleted.contains("Your account: 1 record (Account number, Email, Display name, Sign-up date, "
        + "Product update emails, Password hash)"), deleted);
    assertTrue(deleted.contains("Your notes: 1 record (Title, Note text, Last edited)"), deleted);
    assertTrue(deleted.contains("Sign-in history: 2 records (Sign-in time, IP address)"), deleted);
    assertTrue(deleted.contains("Signed-in browsers: 1 record"), deleted);
    audit("deleted");
    assertEquals(0, app.store.countRows("account", id));
    signIn("ada.lovelace@example.com");
    assertEquals("Sign in", heading());
    assertTrue(text(By.cssSelector("[role=alert]")).contains("The email or the password is wrong."));
  }

  @Test
  void aFormWithoutItsTokenIsRefusedAndChangesNothing() throws Exception {
    open("/signup");
    type("email", "mallory@example.com");
    type("password", PASSWORD);
    browser.driver.executeScript("document.querySelector('main input[name=csrf]').remove();");
    submit();
    assertEquals("Refused", heading());
    assertTrue(text(By.tagName("main")).contains("did not come from Acme Notes"));
    audit("refused");
    assertTrue(app.store.accountByEmail("mallory@example.com").isEmpty(), "no account was made");
  }

  @Test
  void everyOtherPageIsAccessibleToo() throws Exception {
    open("/privacy");
    assertEquals("What we keep about you, and why", heading());
    audit("privacy");
    open("/login");
    audit("login");
    open("/me");
    assertEquals("Please sign in", heading());
    audit("sign-in-needed");
    open("/nothing-here");
    assertEquals("Page not found", heading());
    audit("not-found");
    open("/signup");
    type("email", "not an email");
    type("password", PASSWORD);
    type("displayName", "Ada");
    browser.driver.executeScript("document.getElementById('field-email').type = 'text';"); // past the browser's own check
    submit();
    assertTrue(text(By.cssSelector("[role=alert]")).contains("is not an email address"));
    assertEquals("true", browser.driver.findElement(By.id("field-email")).getAttribute("aria-invalid"));
    assertEquals("Ada", browser.driver.findElement(By.id("field-displayName")).getAttribute("value"));
    audit("signup-error");
  }

  @Test
  void theAuditFindsViolationsWhereThereAreSome() throws Exception {
    // A page with an image without text and a field without label: axe-core must object.
    browser.driver.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
    AssertionError failed = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> browser.assertAccessible("a bad page"));
    assertTrue(failed.getMessage().contains("image-alt"), failed.getMessage());
    assertTrue(failed.getMessage().contains("label"), failed.getMessage());
  }

  private void open(String path) {
    browser.driver.get(app.uri(path).toString());
  }

  private void audit(String page) throws Exception {
    browser.assertAccessible(page);
    screenshot(page);
  }

  private void screenshot(String page) throws Exception {
    browser.screenshot(page);
  }

  private String heading() {
    return text(By.tagName("h1"));
  }

  private String text(By by) {
    return browser.driver.findElement(by).getText().strip();
  }

  private void click(By by) {
    browser.clickToNextPage(by);
  }

  private void type(String field, String value) {
    browser.driver.findElement(By.id("field-" + field)).sendKeys(value);
  }

  private WebElement checkbox(PurposeInfo p) {
    return browser.driver.findElement(By.cssSelector("input[type=checkbox][name='choice." + p.id() + "']"));
  }

  /** Submits the page's main form (not the sign-out form in the header). */
  private void submit() {
    click(By.cssSelector("main form button[type=submit]"));
  }

  /** The value shown for a datum in its first row on "Your data". */
  private String value(String datumId) {
    return text(By.cssSelector("tr[data-datum='" + datumId + "'] td:nth-of-type(1)"));
  }

  private void signOut() {
    click(By.cssSelector("header form button"));
  }

  private void signIn(String email) {
    open("/login");
    type("email", email);
    type("password", PASSWORD);
    submit();
  }

  private Path downloaded(String name) {
    Path file = browser.downloads.resolve(name);
    new WebDriverWait(browser.driver, Duration.ofMinutes(1)).until(d -> Files.isRegularFile(file)
        && !Files.exists(browser.downloads.resolve(name + ".crdownload")));
    return file;
  }
}
