package dev.datasafety.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transparency page in a real browser: headless chromium renders it, the test reads the DOM. */
class PrivacyPageBrowserTest {
  @TempDir Path work;

  @Test
  void everyDeclaredDatumIsShownInTheRenderedPage() throws Exception {
    DataInventory inventory = DataSafetyInventory.inventory();
    try (RunningApp app = new RunningApp(work.resolve("data"), inventory)) {
      String dom = HeadlessChromium.dumpDom(app.uri("/privacy"), work);
      assertTrue(dom.contains("<h1>What we keep about you, and why</h1>"), dom);
      for (DatumInfo d : inventory.data()) {
        for (String purpose : d.purposes()) {
          assertTrue(rowShown(dom, d, purpose), d.id() + " is not shown under " + purpose);
        }
      }
      HeadlessChromium.screenshot(app.uri("/privacy"), Path.of("target/privacy.png"), work);
    }
  }

  /** The row of the datum inside the section of the purpose, with its name as the row header. */
  private static boolean rowShown(String dom, DatumInfo d, String purpose) {
    String sectionId = "purpose-" + purpose.replaceAll("[^a-z0-9-]", "-");
    int section = dom.indexOf("aria-labelledby=\"" + sectionId + "\"");
    int end = dom.indexOf("</section>", section);
    if (section < 0 || end < 0) {
      return false;
    }
    String html = dom.substring(section, end);
    Matcher row = Pattern.compile("<tr data-datum=\"" + Pattern.quote(d.id()) + "\"><th scope=\"row\">([^<]*)<").matcher(html);
    return row.find() && row.group(1).equals(escape(d.name()));
  }

  @Test
  void markupInTheInventoryIsShownAsTextAndCreatesNoElement() throws Exception {
    // The test build's inventory: the product's data plus a fixture whose texts carry markup.
    DataInventory hostile = dev.datasafety.sample.hostile.DataSafetyInventory.inventory();
    DatumInfo fixture = hostile.datum("dev.datasafety.sample.hostile.HostileFixture#text").orElseThrow();
    assertTrue(fixture.description().contains("<script>"));
    try (RunningApp app = new RunningApp(work.resolve("data"), hostile)) {
      String dom = HeadlessChromium.dumpDom(app.uri("/privacy"), work);
      assertTrue(dom.contains(escape(fixture.description())), "the description is shown as text");
      assertTrue(dom.contains(escape(fixture.name())), "the name is shown as text");
      assertFalse(dom.contains("<script"), "no script element was created");
      assertFalse(dom.contains("<img"), "no image element was created");
      assertFalse(dom.contains("<b>name</b>") || dom.contains("<i>group</i>"), "no formatting element was created");
      assertEquals(1, count(dom, "<title>"), "one title: the script setting another never ran");
      assertTrue(dom.contains("<title>Your data at Acme Notes</title>"));
      HeadlessChromium.screenshot(app.uri("/privacy"), Path.of("target/privacy-hostile.png"), work);
    }
  }

  /** How chromium serializes text: &amp;, &lt; and &gt; escaped; quotes as they are. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
