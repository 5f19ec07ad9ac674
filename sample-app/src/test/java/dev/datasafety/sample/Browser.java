package dev.datasafety.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven through Debian's chromium-driver with Selenium WebDriver, headless,
 * with its own profile and download folder. Audits pages with axe-core, injected by the test (the
 * pages themselves carry no script), and takes full-page screenshots. Missing chromium or
 * chromedriver fails the test: CI installs both with {@code .ci/install-chromium.sh}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WIDTH = 1280;

  final ChromeDriver driver;
  final Path downloads;

  Browser(Path work) throws IOException {
    for (Path binary : List.of(HeadlessChromium.BINARY, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new AssertionError(binary + " is missing: install it with .ci/install-chromium.sh "
            + "(apt-get install chromium chromium-driver)");
      }
    }
    downloads = Files.createDirectories(work.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(HeadlessChromium.BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--window-size=" + WIDTH + ",1000",
        "--user-data-dir=" + Files.createTempDirectory(work, "profile"));
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1)).scriptTimeout(Duration.ofMinutes(1));
    // Allow downloads in headless mode, into the test's own folder.
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
  }

  /**
   * Clicks what leads to another page, and waits until that page is loaded in place of this one.
   * The old page is recognised by a mark set on its window, not by an element reference: while
   * Chrome swaps documents, asking about an old element can fail with an "unknown error" instead
   * of a stale-element exception, so a wait on staleness is flaky.
   */
  void clickToNextPage(By by) {
    driver.executeScript("window.datasafetyOldPage = true;");
    driver.findElement(by).click();
    new WebDriverWait(driver, Duration.ofMinutes(1))
        .ignoring(WebDriverException.class) // a script run while the documents swap may fail; ask again
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return window.datasafetyOldPage === undefined && document.readyState === 'complete';")));
  }

  /**
   * Runs axe-core on the page shown and fails with every violation found (rule, impact, the
   * elements): the pages must have none.
   */
  void assertAccessible(String pageName) throws IOException {
    JavascriptExecutor js = driver;
    js.executeScript(axeScript());
    Object result = js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(JSON.stringify({violations: r.violations, passes: r.passes.length})))"
            + ".catch(e => done(JSON.stringify({error: String(e)})));");
    JsonNode report = JSON.readTree(String.valueOf(result));
    if (report.has("error")) {
      throw new AssertionError("axe-core failed on " + pageName + ": " + report.get("error").asText());
    }
    StringBuilder found = new StringBuilder();
    for (JsonNode v : report.get("violations")) {
      found.append("\n- ").append(v.get("id").asText()).append(" (").append(v.get("impact").asText()).append("): ")
          .append(v.get("help").asText());
      for (JsonNode node : v.get("nodes")) {
        found.append("\n    ").append(node.get("html").asText());
      }
    }
    assertEquals(0, report.get("violations").size(), "axe-core violations on " + pageName + " (" + driver.getCurrentUrl()
        + "):" + found);
    if (report.get("passes").asInt() == 0) {
      throw new AssertionError("axe-core checked nothing on " + pageName);
    }
  }

  private static String axeScript() throws IOException {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new AssertionError("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The whole page, however long, as a PNG under {@code target/screenshots/}. */
  Path screenshot(String name) throws IOException {
    Number height = (Number) driver.executeScript(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(WIDTH, Math.min(6000, height.intValue() + 40)));
    try {
      Path png = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(png.getParent());
      Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
      return png;
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
