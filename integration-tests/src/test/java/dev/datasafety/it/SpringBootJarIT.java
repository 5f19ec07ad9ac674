package dev.datasafety.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.datasafety.it.MultiModuleIT.ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Spring Boot web application repackaged by the real {@code spring-boot-maven-plugin}, started
 * with {@code java -jar} as it is deployed (SPEC §8: works unchanged in a Spring Boot executable
 * jar): its endpoints answer with {@code DataSafetyInventory.json()} and {@code export(...)}, its
 * own classes read from {@code BOOT-INF/classes} and the catalog dependency from a nested jar in
 * {@code BOOT-INF/lib}. The application is stopped after the tests, whatever their outcome.
 */
class SpringBootJarIT {
  private static final String MODULE = "spring-boot-app";
  private static final String INVENTORY = "META-INF/datasafety/inventory.json";
  /** Guards against a hung JVM, not measurements. */
  private static final Duration START_GUARD = Duration.ofSeconds(120);
  private static final Duration REQUEST_GUARD = Duration.ofSeconds(30);
  /** Boot's line once the web server listens, with the port it chose for server.port=0. */
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port(?:\\(s\\))?:? (\\d+)");

  private static BuildResult build;
  private static Path jar;
  private static Process app;
  private static Path appLog;
  private static URI base;

  @BeforeAll
  static void startTheRepackagedJar() throws IOException, InterruptedException {
    build = Reactors.passing();
    build.assertOutcome(MODULE, "SUCCESS");
    jar = build.dir().resolve(MODULE).resolve("target/app.jar");
    appLog = FixtureBuild.work().resolve(MODULE + "-java-jar.log");
    app = new ProcessBuilder(ExportChecks.java(), "-jar", jar.toString(), "--server.port=0")
        .directory(jar.getParent().toFile())
        .redirectErrorStream(true).redirectOutput(appLog.toFile()).start();
    // Also when this JVM is ended before @AfterAll runs (a killed or timed-out test run).
    Process started = app;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    base = URI.create("http://localhost:" + awaitPort() + "/");
  }

  /** Always, also when starting failed: no JVM of the fixture outlives the tests. */
  @AfterAll
  static void stopTheApplication() throws InterruptedException {
    if (app == null) {
      return;
    }
    app.descendants().forEach(ProcessHandle::destroyForcibly);
    app.destroy();
    if (!app.waitFor(30, TimeUnit.SECONDS)) {
      app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    assertWithMessage("the application is still running; see %s", appLog).that(app.isAlive()).isFalse();
  }

  /**
   * Boot's repackager moves the classes and resources into {@code BOOT-INF/classes} but keeps
   * {@code META-INF/} entries (other than services) at the jar's root: the inventory document
   * stays there, readable by tools that open the jar, while the table the run-time reads lies
   * beside {@code DataSafetyInventory} in {@code BOOT-INF/classes}.
   */
  @Test
  void repackagedJarHoldsTheInventoryTheTableBesideItsClassAndTheDependenciesInBootInfLib() throws IOException {
    try (JarFile boot = new JarFile(jar.toFile())) {
      assertThat(boot.getManifest().getMainAttributes().getValue("Main-Class"))
          .startsWith("org.springframework.boot.loader.");
      assertThat(boot.getManifest().getMainAttributes().getValue("Start-Class")).isEqualTo("com.example.shop.ShopApplication");
      ZipEntry inventory = boot.getEntry(INVENTORY);
      assertWithMessage("%s in %s", INVENTORY, jar).that(inventory).isNotNull();
      try (InputStream in = boot.getInputStream(inventory)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(builtInventory());
      }
      for (String generated : List.of("DataSafetyInventory.class", "DataSafetyInventory.data")) {
        assertWithMessage("%s in BOOT-INF/classes of %s", generated, jar)
            .that(boot.getEntry("BOOT-INF/classes/com/example/shop/" + generated)).isNotNull();
      }
      assertThat(boot.getEntry("BOOT-INF/lib/catalog-1.0.jar")).isNotNull();
      assertThat(boot.getEntry("BOOT-INF/lib/datasafety-annotations-" + System.getProperty("it.version") + ".jar"))
          .isNotNull();
    }
  }

  @Test
  void servesItsInventoryByteForByteAsBuilt() throws Exception {
    HttpResponse<String> response = get("privacy/inventory.json");
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(response.body()).isEqualTo(builtInventory());
    JsonNode inventory = new ObjectMapper().readTree(response.body());
    assertThat(ids(inventory.get("purposes"))).containsExactly("account", "support").inOrder();
    assertThat(ids(inventory.get("data"))).containsExactly(
        "com.example.catalog.SupportTicket#question",
        "com.example.shop.Address#street", "com.example.shop.Address#town",
        "com.example.shop.Customer#displayName", "com.example.shop.Customer#email").inOrder();
  }

  @Test
  void servesTheTypedInventoryWithTheDataOfTheDocument() throws Exception {
    JsonNode served = new ObjectMapper().readTree(get("privacy/data").body());
    List<String> ids = new ArrayList<>();
    served.forEach(id -> ids.add(id.asText()));
    assertThat(ids).containsExactlyElementsIn(ids(new ObjectMapper().readTree(builtInventory()).get("data"))).inOrder();
    assertThat(ids).contains("com.example.catalog.SupportTicket#question");
  }

  @Test
  void exportsTheDeclaredValuesOfAnObjectAndNothingElse() throws Exception {
    JsonNode exported = new ObjectMapper().readTree(get("privacy/export/customer").body());
    assertThat(exported).isEqualTo(new ObjectMapper().readTree("""
        {"email": "ada@example.com", "displayName": "Ada L.",
         "addresses": [{"street": "12 St James's Square", "town": "London"},
                       {"street": "Ockham Park", "town": "Ockham"}]}"""));
    List<String> names = new ArrayList<>();
    exported.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("email", "displayName", "addresses").inOrder();
  }

  @Test
  void exportsAnObjectOfADependencyInANestedJar() throws Exception {
    JsonNode exported = new ObjectMapper().readTree(get("privacy/export/ticket").body());
    assertThat(exported).isEqualTo(new ObjectMapper().readTree("{\"question\": null}"));
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_GUARD).build();
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_GUARD).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertWithMessage("GET /%s answered %s: %s (application log: %s)", path, response.statusCode(), response.body(), appLog)
        .that(response.statusCode()).isEqualTo(200);
    return response;
  }

  private static String builtInventory() throws IOException {
    return Files.readString(build.inventoryFile(MODULE), StandardCharsets.UTF_8);
  }

  /** The port from Boot's log, once the server listens; fails when the JVM exits or takes too long. */
  private static int awaitPort() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_GUARD.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher started = STARTED.matcher(Files.readString(appLog, StandardCharsets.UTF_8));
      if (started.find()) {
        return Integer.parseInt(started.group(1));
      }
      if (!app.isAlive()) {
        throw new AssertionError("java -jar " + jar + " exited with " + app.exitValue() + " before it listened:\n"
            + Files.readString(appLog, StandardCharsets.UTF_8));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("java -jar " + jar + " did not listen within " + START_GUARD.toSeconds() + " s; see " + appLog);
  }
}
