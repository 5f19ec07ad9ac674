package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Experiments: opt-in, time-limited, not sensitive, not combined with other purposes. */
class ExperimentRuleTest extends ProcessorTestSupport {

  @Test
  void experimentalPurposeMustBeOptIn() {
    JavaFileObject catalog = source("test.Catalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"exp\", description = \"d\", userBenefit = \"b\", experimental = true,",
        "    choice = Choice.OPT_OUT, expires = \"2099-12-31\")",
        "@Purpose(id = \"exp2\", description = \"d\", userBenefit = \"b\", experimental = true, expires = \"2099-12-31\")",
        "final class Catalog {}");
    Compilation c = compile(catalog);
    assertThat(c).hadErrorContaining("[datasafety:experiment-rule] Purpose 'exp' is experimental but its choice is"
        + " OPT_OUT. Experiments must be opt-in").inFile(catalog).onLineContaining("choice = Choice.OPT_OUT");
    assertThat(c).hadErrorContaining("Purpose 'exp2' is experimental but its choice is REQUIRED")
        .inFile(catalog).onLineContaining("id = \"exp2\"");
    assertThat(errorKeys(c)).containsExactly("experiment-rule", "experiment-rule");
  }

  @Test
  void experimentDataMustBeBoundedNotSensitiveAndSinglePurpose() {
    JavaFileObject trial = source("test.Trial",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"experiment.layout\", kind = DataKind.ATTRIBUTE, form = DataForm.AGGREGATED)",
        "class Trial {",
        "  @UserData(description = \"ok\", retention = \"P90D\") String ok;",
        "  @UserData(description = \"sensitive\", retention = \"P90D\", sensitive = true) String health;",
        "  @UserData(description = \"forever\", retention = \"until-account-deletion\") String forever;",
        "  @UserData(description = \"session\", retention = \"session\") String session;",
        "  @UserData(description = \"too long\", retention = \"P2Y\") String tooLong;",
        "  @UserData(description = \"combined\", retention = \"P30D\",",
        "      purposes = {\"experiment.layout\", \"account\"}) String combined;",
        "}");
    Compilation c = compile(CATALOG, trial);
    assertThat(c).hadErrorContaining("serves the experimental purpose 'experiment.layout' but is sensitive")
        .inFile(trial).onLineContaining("sensitive = true");
    assertThat(c).hadErrorContaining("its retention \"until-account-deletion\" is not time-limited")
        .inFile(trial).onLineContaining("String forever");
    assertThat(c).hadErrorContaining("its retention \"session\" is not time-limited")
        .inFile(trial).onLineContaining("String session");
    assertThat(c).hadErrorContaining("is kept for 2 years, longer than the experiment maximum P1Y")
        .inFile(trial).onLineContaining("String tooLong");
    assertThat(c).hadErrorContaining("and also other purposes [experiment.layout, account]")
        .inFile(trial).onLineContaining("purposes = {");
    assertThat(errorKeys(c)).containsExactly(
        "experiment-rule", "experiment-rule", "experiment-rule", "experiment-rule", "experiment-rule");
  }

  @Test
  void experimentMaximumIsConfigurable() {
    JavaFileObject trial = source("test.Trial",
        "package test;",
        "import dev.datasafety.*;",
        "class Trial {",
        "  @UserData(description = \"d\", purposes = \"experiment.layout\", kind = DataKind.ATTRIBUTE,",
        "      form = DataForm.AGGREGATED, retention = \"P60D\") String variant;",
        "}");
    assertThat(compile(CATALOG, trial)).succeeded();
    Compilation strict = compile(List.of("-Adatasafety.experimentMaxRetention=P30D"), CATALOG, trial);
    assertThat(strict).hadErrorContaining("longer than the experiment maximum P30D");
  }

  @Test
  void experimentNeedsAnEndDateThatHasNotPassed() {
    JavaFileObject catalog = source("test.Catalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"no-end\", description = \"d\", userBenefit = \"b\", choice = Choice.OPT_IN,",
        "    experimental = true)",
        "@Purpose(id = \"ended\", description = \"d\", userBenefit = \"b\", choice = Choice.OPT_IN,",
        "    experimental = true, expires = \"2027-03-31\")",
        "@Purpose(id = \"bad-date\", description = \"d\", userBenefit = \"b\", choice = Choice.OPT_IN,",
        "    experimental = true, expires = \"31/03/2027\")",
        "final class Catalog {}");
    Compilation c = compile(List.of("-Adatasafety.today=2027-04-01"), catalog);
    assertThat(c).hadErrorContaining("[datasafety:experiment-rule] Purpose 'no-end' is experimental but has no end"
        + " date. Experiments are time-limited: add expires = \"YYYY-MM-DD\"")
        .inFile(catalog).onLineContaining("    experimental = true)");
    assertThat(c).hadErrorContaining("[datasafety:experiment-rule] Purpose 'ended' is an experiment that ended on"
        + " 2027-03-31 (today is 2027-04-01).")
        .inFile(catalog).onLineContaining("expires = \"2027-03-31\"");
    assertThat(c).hadErrorContaining("[datasafety:invalid-purpose] Purpose 'bad-date' has expires = \"31/03/2027\","
        + " which is not an ISO-8601 date.")
        .inFile(catalog).onLineContaining("expires = \"31/03/2027\"");
    assertThat(errorKeys(c)).containsExactly("experiment-rule", "experiment-rule", "invalid-purpose");
  }

  @Test
  void theLastDayOfAnExperimentIsStillPartOfIt() {
    JavaFileObject catalog = source("test.Catalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"trial\", description = \"d\", userBenefit = \"b\", choice = Choice.OPT_IN,",
        "    experimental = true, expires = \"2027-03-31\")",
        "final class Catalog {}");
    assertThat(compile(List.of("-Adatasafety.today=2027-03-31"), catalog)).succeeded();
    assertThat(errorKeys(compile(List.of("-Adatasafety.today=2027-04-01"), catalog))).containsExactly("experiment-rule");
  }

  @Test
  void experimentDataIsNotCombinedInOneTypeWithDataOfOtherPurposes() {
    JavaFileObject note = source("test.Note",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(kind = DataKind.ATTRIBUTE, reviews = \"DSR-1\")",
        "class Note {",
        "  @UserData(description = \"t\", purposes = \"account\", retention = \"P1Y\") String title;",
        "  @UserData(description = \"l\", purposes = \"experiment.layout\", retention = \"P30D\",",
        "      form = DataForm.AGGREGATED) String layout;",
        "}");
    Compilation c = compile(CATALOG, note);
    assertThat(c).hadErrorContaining("[datasafety:experiment-rule] Field 'layout' of test.Note serves the experiment"
        + " 'experiment.layout' but sits in test.Note beside data of other purposes (title: account). Keep experiment"
        + " data in a @UserData type of its own").inFile(note).onLineContaining("purposes = \"experiment.layout\"");
    assertThat(errorKeys(c)).containsExactly("experiment-rule");

    JavaFileObject trial = source("test.LayoutTrial",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"experiment.layout\", retention = \"P30D\",",
        "    form = DataForm.AGGREGATED)",
        "class LayoutTrial {",
        "  @UserData(description = \"l\") String layout;",
        "  @UserData(description = \"c\") int clicks;",
        "}");
    assertThat(compile(CATALOG, trial)).succeeded();
  }
}
