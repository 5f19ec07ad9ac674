package dev.datasafety.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datasafety.processor.robustness.ValidPrograms.Holder;
import dev.datasafety.processor.robustness.ValidPrograms.Member;
import dev.datasafety.processor.robustness.ValidPrograms.Model;
import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.runtime.PurposeInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs what a compiled program generated: loads its classes, reads its {@code DataSafetyInventory}
 * and, for a valid program, exports a sample object of each of its classes.
 */
final class ProgramRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProgramRun() {}

  /** The generated inventory class: exactly one per module, in a named package. */
  static String inventoryClass(InProcessJavac.Result compilation) {
    List<String> found = compilation.classOutputPaths().stream()
        .filter(p -> p.endsWith("/DataSafetyInventory.class"))
        .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
        .toList();
    assertEquals(1, found.size(), "DataSafetyInventory classes written: " + found);
    return found.get(0);
  }

  static void check(InProcessJavac.Result compilation, String document, Optional<Model> valid) throws Exception {
    ClassLoader loader = compilation.classLoader(ProgramRun.class.getClassLoader());
    Class<?> inventoryClass = loader.loadClass(inventoryClass(compilation));
    assertEquals(document, invoke(inventoryClass.getMethod("json")), "json() is not the inventory document");
    DataInventory inventory = (DataInventory) invoke(inventoryClass.getMethod("inventory"));
    assertSameContent(JSON.readTree(document), inventory);
    if (valid.isPresent()) {
      assertDeclared(valid.get(), inventory);
      Method export = inventoryClass.getMethod("export", Object.class);
      for (Holder holder : valid.get().holders().values()) {
        assertExports(valid.get(), loader, export, holder, inventory);
      }
    }
  }

  /** The typed model holds exactly what the document holds: the same purposes and data, field by field. */
  static void assertSameContent(JsonNode document, DataInventory inventory) {
    assertEquals(Optional.ofNullable(document.get("application")).map(JsonNode::asText), inventory.application(),
        "application");
    List<String> purposes = new ArrayList<>();
    for (JsonNode p : document.get("purposes")) {
      purposes.add(String.join("|", p.get("id").asText(), p.get("title").asText(), p.get("description").asText(),
          p.get("userBenefit").asText(), p.get("choice").asText(), p.get("experimental").asText()));
    }
    assertEquals(purposes, inventory.purposes().stream().map(ProgramRun::row).toList(), "purposes of inventory()");
    List<String> data = new ArrayList<>();
    for (JsonNode d : document.get("data")) {
      List<String> ids = new ArrayList<>();
      d.get("purposes").forEach(id -> ids.add(id.asText()));
      List<String> reviews = new ArrayList<>();
      d.get("reviews").forEach(r -> reviews.add(r.asText()));
      data.add(String.join("|", d.get("id").asText(), d.get("name").asText(), d.get("description").asText(),
          d.get("kind").asText(), d.get("form").asText(), String.join(",", ids),
          d.get("retention").get("value").asText(), d.get("retention").get("text").asText(),
          d.get("serverVisible").asText(), d.get("sensitive").asText(), d.get("optional").asText(),
          String.join(",", reviews), d.get("source").get("type").asText(), d.get("source").get("member").asText(),
          d.get("source").get("group").asText()));
    }
    assertEquals(data, inventory.data().stream().map(ProgramRun::row).toList(), "data of inventory()");
  }

  private static String row(PurposeInfo p) {
    return String.join("|", p.id(), p.title(), p.description(), p.userBenefit(), lower(p.choice()),
        Boolean.toString(p.experimental()));
  }

  static String row(DatumInfo d) {
    return String.join("|", d.id(), d.name(), d.description(), lower(d.kind()), lower(d.form()),
        String.join(",", d.purposes()), d.retention().value(), d.retention().text(), Boolean.toString(d.serverVisible()),
        Boolean.toString(d.sensitive()), Boolean.toString(d.optional()), String.join(",", d.reviews()), d.type(),
        d.member(), d.group());
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The inventory holds exactly the program's declarations, with their texts as written. */
  private static void assertDeclared(Model model, DataInventory inventory) {
    Map<String, Member> expected = ExpectedExports.data(model);
    assertEquals(expected.keySet().stream().sorted().toList(), inventory.data().stream().map(DatumInfo::id).toList(),
        "the data ids of the inventory");
    for (DatumInfo datum : inventory.data()) {
      Member m = expected.get(datum.id());
      assertEquals(m.description(), datum.description(), "description of " + datum.id());
      if (!m.displayName().isEmpty()) {
        assertEquals(m.displayName(), datum.name(), "name of " + datum.id());
      }
      assertEquals(m.retention(), datum.retention().value(), "retention of " + datum.id());
      assertEquals(m.purposes().stream().sorted().toList(), datum.purposes(), "purposes of " + datum.id());
    }
    assertEquals(ValidPrograms.PURPOSE_IDS.stream().sorted().toList(),
        inventory.purposes().stream().map(PurposeInfo::id).toList(), "the purposes of the inventory");
  }

  private static void assertExports(Model model, ClassLoader loader, Method export, Holder holder,
      DataInventory inventory) throws Exception {
    Class<?> type = loader.loadClass(holder.binaryName());
    Object sample = invoke(type.getMethod("sample", int.class), ValidPrograms.ROOT_DEPTH);
    Object expected = ExpectedExports.export(model, holder, ValidPrograms.ROOT_DEPTH);
    if (expected instanceof ExpectedExports.AsItIs) {
      assertThrows(IllegalArgumentException.class, () -> invoke(export, sample),
          "export of " + holder.binaryName() + ", which holds no declared data");
      return;
    }
    Object actual = invoke(export, sample);
    ExpectedExports.assertMatches(expected, actual, holder.binaryName());
    if (model.metamodel() && ExpectedExports.isDataType(holder)) {
      assertMetamodel(loader, type, holder, sample, actual, inventory);
    }
  }

  /** {@code FooUserData}: the holder's data in declaration order, a constant per datum, the same export. */
  private static void assertMetamodel(ClassLoader loader, Class<?> type, Holder holder, Object sample, Object exported,
      DataInventory inventory) throws Exception {
    String name = ValidPrograms.PACKAGE + "." + holder.sourceName().replace('.', '_') + "UserData";
    List<String> ids = inventory.data().stream().map(DatumInfo::id)
        .filter(id -> id.startsWith(holder.canonicalName() + "#")).sorted().toList();
    Class<?> metamodel = loader.loadClass(name);
    List<?> data = (List<?>) invoke(metamodel.getMethod("data"));
    assertEquals(ids, data.stream().map(d -> ((DatumInfo) d).id()).sorted().toList(), name + ".data()");
    for (Object datum : data) {
      assertTrue(inventory.data().contains(datum), name + " lists a datum the inventory has not: " + datum);
    }
    List<Object> constants = new ArrayList<>();
    for (java.lang.reflect.Field f : metamodel.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == DatumInfo.class) {
        constants.add(f.get(null));
      }
    }
    assertEquals(ids, constants.stream().map(d -> ((DatumInfo) d).id()).sorted().toList(), name + "'s DatumInfo constants");
    ExpectedExports.assertMatches(exported, invoke(metamodel.getMethod("export", type), sample), name + ".export");
  }

  static Object invoke(Method method, Object... arguments) throws Exception {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
