package dev.datasafety.processor.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.processor.export.ExportFile;
import dev.datasafety.processor.export.ExportFormat;
import dev.datasafety.processor.export.Exporter;
import dev.datasafety.processor.export.MissingFact;
import dev.datasafety.processor.export.Requirements;
import dev.datasafety.processor.format.InventoryJson;
import dev.datasafety.processor.model.Inventory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: exit codes, what goes to stdout and stderr, every kind of input. */
class MainTest {
  private static final Path GOLDEN = Path.of("src/test/resources/changes/acme-notes.changes.md");

  /** One run's exit code and output. */
  record Run(int exit, String out, String err) {}

  @TempDir
  Path dir;

  private Run run(Function<ExportFormat, Exporter> exporters, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, exporters);
    Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertThat(run.err()).doesNotContain("\tat ");
    return run;
  }

  private Run run(String... args) {
    return run(ExportFormat::exporter, args);
  }

  private Path resource(String name, String as) throws IOException {
    try (InputStream in = MainTest.class.getResourceAsStream(name)) {
      return Files.write(dir.resolve(as), in.readAllBytes());
    }
  }

  private Path approved() throws IOException {
    return resource("/changes/approved.inventory.json", "approved.json");
  }

  private Path current() throws IOException {
    return resource("/exports/acme-notes.inventory.json", "inventory.json");
  }

  private Path archive(String name, String entry, Path content) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("com/acme/App.class"));
      zip.write(new byte[] {(byte) 0xca, (byte) 0xfe});
      zip.closeEntry();
      if (entry != null) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(Files.readAllBytes(content));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void diffPrintsTheMarkdownReportAndExitsOneWhenAChangeWeakens() throws Exception {
    Run run = run("diff", approved().toString(), current().toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void diffExitsZeroWhenNothingWeakens() throws Exception {
    Run same = run("diff", current().toString(), current().toString());
    assertThat(same.exit()).isEqualTo(0);
    assertThat(same.out()).contains("No changes");
    // The other way round: the removed datum comes back, the purposes' weakenings are undone.
    approved();
    Run undone = run("diff", "inventory.json", "approved.json");
    assertThat(undone.exit()).isEqualTo(1);
    assertThat(undone.out()).contains("- **Weakens:** a new datum");
  }

  @Test
  void diffInTextAndJson() throws Exception {
    approved();
    current();
    Run text = run("diff", "--format", "text", "approved.json", "inventory.json");
    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.out()).startsWith("Data-safety changes: 8 weaken data safety");
    Run json = run("diff", "-f", "JSON", "approved.json", "inventory.json");
    assertThat(json.exit()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.get("weakens").asBoolean()).isTrue();
    assertThat(report.get("counts").get("weakens").asInt()).isEqualTo(8);
  }

  @Test
  void unknownDiffFormatListsTheAllowedOnes() throws Exception {
    Run run = run("diff", "--format", "xml", approved().toString(), current().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("datasafety: 'xml' is not a diff format; expected markdown, text, json.\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aVersionOneBaselineAgainstAVersionTwoInventory() throws Exception {
    Path v1 = resource("/inventory-v1/acme-notes.json", "v1.json");
    Run run = run("diff", v1.toString(), current().toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("### Datum `com.acme.notes.Account#email`");
    assertThat(run.out()).contains("- Removal: no longer declared");
  }

  @Test
  void jarsSpringBootJarsWarsAndClassFoldersAreInventoriesToo() throws Exception {
    Path jar = archive("app.jar", "META-INF/datasafety/inventory.json", current());
    Path boot = archive("boot.jar", "BOOT-INF/classes/META-INF/datasafety/inventory.json", approved());
    Path war = archive("app.war", "WEB-INF/classes/META-INF/datasafety/inventory.json", current());
    Files.createDirectories(dir.resolve("classes/META-INF/datasafety"));
    Files.copy(approved(), dir.resolve("classes/META-INF/datasafety/inventory.json"));

    Run fromJars = run("diff", boot.toString(), jar.toString());
    assertThat(fromJars.exit()).isEqualTo(1);
    assertThat(fromJars.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    Run fromFolderAndWar = run("diff", "classes", war.getFileName().toString());
    assertThat(fromFolderAndWar.out()).isEqualTo(fromJars.out());
  }

  @Test
  void aJarWithoutAnInventory() throws Exception {
    Path jar = archive("lib.jar", null, null);
    Run run = run("diff", jar.toString(), current().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("datasafety: " + jar + " contains no datasafety inventory (none of"
        + " META-INF/datasafety/inventory.json, BOOT-INF/classes/META-INF/datasafety/inventory.json,"
        + " WEB-INF/classes/META-INF/datasafety/inventory.json); build it with the datasafety processor on the"
        + " processor path.\n");
  }

  @Test
  void badInputExitsTwoWithOneLine() throws Exception {
    current();
    Files.writeString(dir.resolve("other.json"), "{\"format\": \"something/3\"}");
    Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
    Files.write(dir.resolve("binary.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    Files.write(dir.resolve("corrupt.jar"), new byte[] {'P', 'K', 3, 4, 9, 9, 9});
    Files.createDirectories(dir.resolve("empty"));

    assertThat(run("diff", "missing.json", "inventory.json"))
        .isEqualTo(new Run(2, "", "datasafety: missing.json does not exist.\n"));
    assertThat(run("diff", "other.json", "inventory.json")).isEqualTo(new Run(2, "", "datasafety: other.json is not a"
        + " datasafety inventory: $.format is \"something/3\", expected \"datasafety-inventory/2\" or"
        + " \"datasafety-inventory/1\".\n"));
    Run broken = run("diff", "inventory.json", "broken.json");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).startsWith("datasafety: broken.json is not a datasafety inventory: it is not valid JSON:");
    assertThat(broken.err().lines().count()).isEqualTo(1);
    assertThat(run("diff", "binary.bin", "inventory.json")).isEqualTo(new Run(2, "",
        "datasafety: binary.bin is neither a jar nor an inventory.json: it is not UTF-8 text.\n"));
    Run corrupt = run("diff", "corrupt.jar", "inventory.json");
    assertThat(corrupt.exit()).isEqualTo(2);
    assertThat(corrupt.err()).startsWith("datasafety: corrupt.jar is not a readable jar or zip: ");
    assertThat(run("diff", "empty", "inventory.json")).isEqualTo(new Run(2, "", "datasafety: empty is a directory"
        + " without META-INF/datasafety/inventory.json; name an inventory.json, a jar or a class output folder.\n"));
  }

  @Test
  void usageErrorsExitTwoAndPointAtHelp() {
    Run none = run();
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("datasafety: Name a command: export or diff.\n"
        + "Try 'java -jar datasafety-processor.jar --help'.\n");
    Run oneArgument = run("diff", "only.json");
    assertThat(oneArgument.exit()).isEqualTo(2);
    assertThat(oneArgument.err()).isEqualTo("datasafety: Missing required parameter: 'NEW'\n"
        + "Try 'java -jar datasafety-processor.jar diff --help'.\n");
    Run unknown = run("frobnicate");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched argument at index 0: 'frobnicate'");
    Run noFormat = run("export", "inventory.json");
    assertThat(noFormat.exit()).isEqualTo(2);
    assertThat(noFormat.err()).startsWith("datasafety: Missing required option: '--format=NAME'\n");
  }

  @Test
  void helpForEveryCommandAndVersion() {
    Run help = run("--help");
    assertThat(help.exit()).isEqualTo(0);
    assertThat(help.out()).contains("Usage: java -jar datasafety-processor.jar [-hV] [COMMAND]");
    assertThat(help.out()).contains("export");
    assertThat(help.out()).contains("diff");
    Run diff = run("diff", "--help");
    assertThat(diff.exit()).isEqualTo(0);
    assertThat(diff.out()).contains("Usage: java -jar datasafety-processor.jar diff [-hV] [-f=FORMAT] OLD NEW");
    assertThat(diff.out()).contains("Exit codes: 0 nothing weakens data safety; 1 a change weakens it; 2 bad input");
    Run export = run("export", "--help");
    assertThat(export.exit()).isEqualTo(0);
    assertThat(export.out()).contains("Usage: java -jar datasafety-processor.jar export [-hV] -f=NAME [-o=FILE]\n"
        + "       INVENTORY\n");
    assertThat(export.out()).contains("Exit codes: 0 written; 2 bad input");
    Run version = run("--version");
    assertThat(version.exit()).isEqualTo(0);
    assertThat(version.out()).matches("datasafety \\S+\n");
    assertThat(version.out()).doesNotContain("unknown");
  }

  @Test
  void exportOfAnUnknownFormatListsTheAllowedOnes() throws Exception {
    current();
    assertThat(run("export", "--format", "csv", "inventory.json")).isEqualTo(new Run(2, "",
        "datasafety: 'csv' is not an export format; expected play, apple, fides, ropa, dpv or review.\n"));
  }

  /** A minimal inventory without a controller or categories: the export names each missing fact, one a line. */
  @Test
  void exportWithMissingFactsListsThemAndExitsTwo() throws Exception {
    Inventory full = InventoryJson.read(Files.readString(current()));
    Inventory minimal = new Inventory(full.application(), java.util.Optional.empty(), full.purposes(),
        full.recipients(), full.data().stream().filter(d -> d.id().endsWith("#email"))
            .map(d -> new dev.datasafety.processor.model.DataItem(d.id(), d.name(), d.description(), d.kind(), d.form(),
                java.util.Optional.empty(), d.purposes(), d.recipients(), d.retention(), d.serverVisible(),
                d.sensitive(), d.optional(), d.reviews(), d.source()))
            .toList());
    Files.writeString(dir.resolve("minimal.json"), InventoryJson.write(minimal));
    Function<ExportFormat, Exporter> requiring = format -> new Exporter() {
      @Override
      public List<MissingFact> missing(Inventory inventory) {
        return Requirements.of(inventory).dataCategories().controller().list();
      }

      @Override
      public List<ExportFile> render(Inventory inventory) {
        throw new AssertionError("rendered although facts are missing");
      }
    };
    Run run = run(requiring, "export", "--format", "review", "minimal.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("datasafety: The review export cannot be written: the inventory lacks 2 fact(s) it"
        + " needs:\n"
        + "  datum com.acme.notes.Account#email: a category (category). Add category = \"...\" with an id of"
        + " docs/categories.md, such as \"contact.email\".\n"
        + "  the application: a @DataController. Declare @DataController(name = \"...\", contact = \"...\") once, on a"
        + " type or package of the application.\n");
  }

  /** The real exporters: the same bytes as the processor's export (its golden files). */
  @Test
  void exportWritesTheStoreFormsTheProcessorWrites() throws Exception {
    current();
    Run play = run("export", "--format", "play", "inventory.json");
    assertThat(play.err()).isEmpty();
    assertThat(play.exit()).isEqualTo(0);
    assertThat(play.out()).isEqualTo(Files.readString(Path.of("src/test/resources/exports/play/play-data-safety.csv"),
        StandardCharsets.UTF_8));

    Path boot = archive("boot.jar", "BOOT-INF/classes/META-INF/datasafety/inventory.json", current());
    Run apple = run("export", "-f", "APPLE", "--out", "ios/PrivacyInfo.xcprivacy", boot.getFileName().toString());
    assertThat(apple.exit()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("ios/PrivacyInfo.xcprivacy"), StandardCharsets.UTF_8)).isEqualTo(
        Files.readString(Path.of("src/test/resources/exports/apple/PrivacyInfo.xcprivacy"), StandardCharsets.UTF_8));
  }

  /** An export of two files (ropa) into a directory: each file the processor's golden bytes. */
  @Test
  void exportOfSeveralFilesWritesEachIntoTheDirectory() throws Exception {
    current();
    Run ropa = run("export", "--format", "ropa", "--out", "records", "inventory.json");
    assertThat(ropa.exit()).isEqualTo(0);
    for (String file : ExportFormat.ROPA.files()) {
      assertThat(Files.readString(dir.resolve("records").resolve(file), StandardCharsets.UTF_8)).isEqualTo(
          Files.readString(Path.of("src/test/resources/exports/ropa").resolve(file), StandardCharsets.UTF_8));
    }
    assertThat(ropa.err().lines().toList()).containsExactly("wrote " + dir.resolve("records/ropa.csv"),
        "wrote " + dir.resolve("records/ropa.html")).inOrder();
  }

  /** A version 1 inventory declares no categories: the real Play export names each, one a line. */
  @Test
  void theRealPlayExportListsWhatAVersionOneInventoryLacks() throws Exception {
    resource("/inventory-v1/acme-notes.json", "v1.json");
    Run run = run("export", "--format", "play", "v1.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("datasafety: The play export cannot be written: the inventory lacks "
        + (lines.size() - 1) + " fact(s) it needs:");
    assertThat(lines).contains("  datum com.acme.Account#email: a category (category). Add category = \"...\" with"
        + " an id of docs/categories.md, such as \"contact.email\".");
    assertThat(lines.stream().filter(l -> l.startsWith("  purpose account: ")).count()).isAtLeast(1);
  }

  /** An exporter of the test's own: where export writes one file and several. */
  private static Function<ExportFormat, Exporter> writing(List<ExportFile> files) {
    return format -> new Exporter() {
      @Override
      public List<MissingFact> missing(Inventory inventory) {
        return List.of();
      }

      @Override
      public List<ExportFile> render(Inventory inventory) {
        return files;
      }
    };
  }

  @Test
  void exportWritesOneFileToStdoutOrOutAndSeveralIntoADirectory() throws Exception {
    current();
    String text = "Ünïcode, \"quotes\"\u2028and a line separator\n";
    Function<ExportFormat, Exporter> one = writing(List.of(new ExportFile("data-review.md", text)));
    Run toStdout = run(one, "export", "--format", "review", "inventory.json");
    assertThat(toStdout).isEqualTo(new Run(0, text, ""));

    Run toFile = run(one, "export", "--format", "review", "--out", "out/review.md", "inventory.json");
    assertThat(toFile.exit()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("out/review.md"), StandardCharsets.UTF_8)).isEqualTo(text);
    Run intoDirectory = run(one, "export", "--format", "review", "-o", "out", "inventory.json");
    assertThat(intoDirectory.exit()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("out/data-review.md"), StandardCharsets.UTF_8)).isEqualTo(text);

    Function<ExportFormat, Exporter> two = writing(List.of(new ExportFile("ropa.csv", "a,b\n"),
        new ExportFile("ropa.html", "<!doctype html>\n")));
    Run several = run(two, "export", "--format", "ropa", "--out", "ropa", "inventory.json");
    assertThat(several.exit()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("ropa/ropa.csv"))).isEqualTo("a,b\n");
    assertThat(Files.readString(dir.resolve("ropa/ropa.html"))).isEqualTo("<!doctype html>\n");
    assertThat(several.err()).isEqualTo("wrote " + dir.resolve("ropa/ropa.csv") + "\nwrote "
        + dir.resolve("ropa/ropa.html") + "\n");
    Run intoWorkingDirectory = run(two, "export", "--format", "ropa", "inventory.json");
    assertThat(intoWorkingDirectory.exit()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("ropa.csv"))).isEqualTo("a,b\n");

    Run ontoAFile = run(two, "export", "--format", "ropa", "--out", "inventory.json", "inventory.json");
    assertThat(ontoAFile).isEqualTo(new Run(2, "", "datasafety: --out inventory.json is a file, but the ropa export"
        + " writes 2 files (ropa.csv, ropa.html); name a directory.\n"));
  }
}
