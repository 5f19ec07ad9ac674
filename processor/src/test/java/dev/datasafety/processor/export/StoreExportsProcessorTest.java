package dev.datasafety.processor.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.ProcessorTestSupport;
import dev.datasafety.processor.format.InventoryJson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store exports written by the processor: under META-INF/datasafety/exports/, with the data
 * of dependencies (an SDK's data in the application's form), and a missing fact reported once, on
 * the declaration that lacks it, naming the exports that need it.
 */
class StoreExportsProcessorTest extends ProcessorTestSupport {
  private static final String EXPORTS = "-Adatasafety.exports=play,apple";

  /** An analytics SDK that declares what it sends to its vendor. */
  private static final JavaFileObject SDK = source("sdk.Telemetry",
      "package sdk;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"sdk.diagnostics\", description = \"Find crashes.\", userBenefit = \"Fewer crashes.\",",
      "    category = PurposeCategory.ANALYTICS, legalBasis = LegalBasis.LEGITIMATE_INTERESTS, choice = Choice.OPT_OUT)",
      "@Recipient(id = \"sdkvendor\", name = \"SDK Vendor\", role = RecipientRole.THIRD_PARTY, country = \"US\",",
      "    domains = \"collect.sdkvendor.example\")",
      "public class Telemetry {",
      "  @UserData(description = \"Crash reports.\", purposes = \"sdk.diagnostics\", retention = \"P30D\",",
      "      kind = DataKind.ATTRIBUTE, category = \"device.diagnostics\", recipients = \"sdkvendor\", reviews = \"SDK-1\")",
      "  String crashReport;",
      "}");

  private static JavaFileObject app(String category, String purposeCategory) {
    return source("app.Note",
        "package app;",
        "import dev.datasafety.*;",
        "@DataController(name = \"Acme\", contact = \"privacy@acme.example\",",
        "    dataDeletionUrl = \"https://acme.example/delete\")",
        "@Purpose(id = \"sync\", description = \"Sync your notes.\", userBenefit = \"Notes everywhere.\",",
        "    legalBasis = LegalBasis.CONTRACT,",
        "    category = PurposeCategory." + purposeCategory + ")",
        "public class Note {",
        "  @UserData(description = \"The note text.\", purposes = \"sync\", retention = \"P1Y\",",
        "      kind = DataKind.ATTRIBUTE" + (category.isEmpty() ? "" : ", category = \"" + category + "\"")
            + ", reviews = \"DSR-1\")",
        "  String body;",
        "}");
  }

  private static File compileSdk(Path dir) throws Exception {
    Compilation sdk = compile(SDK);
    assertThat(sdk).succeeded();
    return writeClassOutput(sdk, Files.createDirectories(dir.resolve("sdk")));
  }

  @Test
  void writesBothFormsWithTheSdksData(@TempDir Path dir) throws Exception {
    Compilation c = compile(List.of(EXPORTS), List.of(compileSdk(dir)), app("content.other", "APP_FUNCTIONALITY"));
    assertThat(c).succeededWithoutWarnings();
    String play = generatedResource(c, "META-INF/datasafety/exports/play-data-safety.csv").orElseThrow();
    String apple = generatedResource(c, "META-INF/datasafety/exports/PrivacyInfo.xcprivacy").orElseThrow();

    assertThat(play).contains("PSL_DATA_TYPES_APP_PERFORMANCE,PSL_PERFORMANCE_DIAGNOSTICS,true,");
    assertThat(play).contains("PSL_DATA_USAGE_RESPONSES:PSL_PERFORMANCE_DIAGNOSTICS:PSL_DATA_USAGE_COLLECTION_AND_SHARING,"
        + "PSL_DATA_USAGE_ONLY_SHARED,true,");
    assertThat(play).contains("PSL_DATA_USAGE_RESPONSES:PSL_PERFORMANCE_DIAGNOSTICS:DATA_USAGE_SHARING_PURPOSE,"
        + "PSL_ANALYTICS,true,");
    assertThat(play).contains("PSL_DATA_TYPES_APP_ACTIVITY,PSL_USER_GENERATED_CONTENT,true,");
    assertThat(apple).contains("<string>NSPrivacyCollectedDataTypeOtherDiagnosticData</string>");
    assertThat(apple).contains("<string>collect.sdkvendor.example</string>");

    // The command line renders the inventory the build wrote: the same bytes.
    var inventory = InventoryJson.read(inventory(c));
    assertThat(new PlayExport().render(inventory).get(0).content()).isEqualTo(play);
    assertThat(new AppleExport().render(inventory).get(0).content()).isEqualTo(apple);
  }

  @Test
  void aDatumWithoutCategoryIsReportedOnceNamingBothExports() {
    Compilation c = reportedOnce(app("", "APP_FUNCTIONALITY"),
        "[datasafety:missing-export-data] Field 'body' of app.Note lacks a category, which the 'play' and 'apple'"
            + " exports (-Adatasafety.exports) cannot be written without.",
        "@UserData(description = \"The note text.\"");
    // No output file is written when an error was reported.
    assertThat(anyGeneratedFile(c, "/play-data-safety.csv")).isEmpty();
    assertThat(anyGeneratedFile(c, "/PrivacyInfo.xcprivacy")).isEmpty();
  }

  @Test
  void anOtherPurposeIsReportedForPlayOnly() {
    reportedOnce(app("content.other", "OTHER"),
        "Purpose 'sync' lacks a category that Google Play's Data safety form names, which the 'play' export"
            + " (-Adatasafety.exports) cannot be written without.",
        "PurposeCategory.OTHER");
  }

  /** Compiles {@code app} asking for both exports: one missing-export-data error, this one, on that line. */
  private static Compilation reportedOnce(JavaFileObject app, String message, String line) {
    Compilation c = compile(List.of(EXPORTS), app);
    assertThat(c).failed();
    assertThat(missingExportData(c)).hasSize(1);
    assertThat(c).hadErrorContaining(message).inFile(app).onLineContaining(line);
    return c;
  }

  @Test
  void appleAloneAcceptsAnOtherPurpose() {
    Compilation c = compile(List.of("-Adatasafety.exports=apple"), app("content.other", "OTHER"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(generatedResource(c, "META-INF/datasafety/exports/PrivacyInfo.xcprivacy").orElseThrow())
        .contains("<string>NSPrivacyCollectedDataTypePurposeOther</string>");
    assertThat(generatedResource(c, "META-INF/datasafety/exports/play-data-safety.csv")).isEmpty();
  }

  private static List<String> missingExportData(Compilation c) {
    return c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.contains("[datasafety:missing-export-data]")).toList();
  }
}
