package dev.datasafety.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.UserData;
import dev.datasafety.processor.DataSafetyProcessor;
import dev.datasafety.processor.diag.InternalErrors;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.PurposeInfo;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Any text a user may write survives javac and the run-time, byte for byte (SPEC §8): a purpose's
 * title, description and benefit, a group's name, a datum's name and description, holding any
 * Unicode (line and paragraph separators, NEL, NUL, BOM, bidi controls, emoji, unpaired
 * surrogates), quotes, backslashes, {@code *}{@code /}, and texts up to javac's limit of 65,535
 * bytes per constant. Each program is compiled in full with the metamodel and run: the texts come
 * back unchanged from {@code inventory()}, from {@code json()} read by Jackson, and from the
 * {@code DatumInfo} constant of the type's {@code FooUserData}.
 */
class TextRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final InProcessJavac JAVAC = InProcessJavac.withClassPathOf(UserData.class);
  /** javac stores a string constant in modified UTF-8, at most 65,535 bytes; a char takes at most 3. */
  private static final int LONGEST = 65_535 / 3 - 8;

  @BeforeTry
  void clearSwallowedExceptions() {
    InternalErrors.clear();
  }

  /**
   * Any chars, the hard ones weighted up, and very long texts. Each text starts with a letter, so
   * that none is blank (a blank text is an error, checked elsewhere), and goes on with anything.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> hard = Arbitraries.of('\u2028', '\u2029', '\u0085', '\u0000', '\ufeff', '\u202e', '\u202d',
        '\u200f', '\u2066', '\u2069', '"', '\\', '\'', '*', '/', '\n', '\r', '\t', '\u001b', '\u007f',
        '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '$', '{', '}', '%', '<', '>', '&');
    Arbitrary<String> mixed = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.chars().all().map(String::valueOf)),
            Tuple.of(3, hard.map(String::valueOf)),
            Tuple.of(1, Arbitraries.of("*/", "/*", "\\u0041", "\\u000a", "🔒", "👩‍👩‍👧", "𝔘", "e\u0301", "\r\n", "${x}",
                "%s", "$L", "$S", "$$")))
        .list().ofMaxSize(40).map(parts -> String.join("", parts));
    Arbitrary<String> longText = Arbitraries.integers().between(1_000, LONGEST)
        .map(length -> "Ω\u2028*/\\\"".repeat(length / 6 + 1).substring(0, length));
    return Arbitraries.frequencyOf(Tuple.of(12, mixed), Tuple.of(1, longText)).map(text -> "x" + text);
  }

  @Property(tries = 150, seed = "20261201", shrinking = ShrinkingMode.BOUNDED)
  void everyTextComesBackUnchanged(@ForAll("texts") String title, @ForAll("texts") String purposeDescription,
      @ForAll("texts") String benefit, @ForAll("texts") String group, @ForAll("texts") String name,
      @ForAll("texts") String description) throws Exception {
    String literal = "@Purpose(id = \"account\", title = %s, description = %s, userBenefit = %s)\npackage q;\n\n"
        + "import dev.datasafety.Purpose;\n";
    String holder = "package p;\n\nimport dev.datasafety.*;\n\n"
        + "@UserData(name = %s, description = \"The group.\", kind = DataKind.ATTRIBUTE, purposes = \"account\","
        + " retention = \"P30D\", reviews = \"DSR-1\")\n"
        + "public class Holder {\n  @UserData(name = %s, description = %s) private String email = \"e\";\n}\n";
    List<JavaFileObject> sources = List.of(
        InProcessJavac.source("q/package-info.java", literal.formatted(AdversarialPrograms.javaLiteral(title),
            AdversarialPrograms.javaLiteral(purposeDescription), AdversarialPrograms.javaLiteral(benefit))),
        InProcessJavac.source("p/Holder.java", holder.formatted(AdversarialPrograms.javaLiteral(group),
            AdversarialPrograms.javaLiteral(name), AdversarialPrograms.javaLiteral(description))));
    InProcessJavac.Result compilation = JAVAC.compile(sources,
        List.of("-Xlint:none", "-nowarn", "-Adatasafety.metamodel=true", "-Adatasafety.undeclaredPersonalData=off"),
        new DataSafetyProcessor());

    assertEquals(List.of(), InternalErrors.caught(), "the processor swallowed exceptions");
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.toString());
      }
    }
    assertEquals(List.of(), errors, "the program did not compile");

    ClassLoader loader = compilation.classLoader(getClass().getClassLoader());
    Class<?> inventoryClass = loader.loadClass(ProgramRun.inventoryClass(compilation));
    DataInventory inventory = (DataInventory) ProgramRun.invoke(inventoryClass.getMethod("inventory"));
    PurposeInfo purpose = inventory.purpose("account").orElseThrow();
    assertEquals(List.of(title, purposeDescription, benefit),
        List.of(purpose.title(), purpose.description(), purpose.userBenefit()), "the purpose of inventory()");
    DatumInfo datum = inventory.datum("p.Holder#email").orElseThrow();
    assertEquals(List.of(name, description, group), List.of(datum.name(), datum.description(), datum.group()),
        "the datum of inventory()");

    String json = (String) ProgramRun.invoke(inventoryClass.getMethod("json"));
    assertEquals(compilation.classOutput("META-INF/datasafety/inventory.json").orElseThrow(), json,
        "json() is not the document written");
    JsonNode document = JSON.readTree(json.getBytes(StandardCharsets.UTF_8));
    JsonNode jsonPurpose = document.get("purposes").get(0);
    assertEquals(List.of(title, purposeDescription, benefit), List.of(jsonPurpose.get("title").asText(),
        jsonPurpose.get("description").asText(), jsonPurpose.get("userBenefit").asText()), "the purpose of json()");
    JsonNode jsonDatum = document.get("data").get(0);
    assertEquals(List.of(name, description, group), List.of(jsonDatum.get("name").asText(),
        jsonDatum.get("description").asText(), jsonDatum.get("source").get("group").asText()), "the datum of json()");

    Class<?> metamodel = loader.loadClass("p.HolderUserData");
    List<DatumInfo> constants = new ArrayList<>();
    for (java.lang.reflect.Field f : metamodel.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == DatumInfo.class) {
        constants.add((DatumInfo) f.get(null));
      }
    }
    assertEquals(1, constants.size(), "DatumInfo constants of HolderUserData");
    DatumInfo constant = constants.get(0);
    assertEquals(List.of(name, description, group), List.of(constant.name(), constant.description(), constant.group()),
        "the DatumInfo constant of HolderUserData");
    assertEquals(datum, constant, "the metamodel's datum and the inventory's");
  }
}
