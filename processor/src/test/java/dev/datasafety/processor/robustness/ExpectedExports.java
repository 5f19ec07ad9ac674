package dev.datasafety.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.datasafety.processor.robustness.AdversarialPrograms.Shape;
import dev.datasafety.processor.robustness.ValidPrograms.Holder;
import dev.datasafety.processor.robustness.ValidPrograms.Member;
import dev.datasafety.processor.robustness.ValidPrograms.Model;
import dev.datasafety.runtime.ModuleInventory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a valid program must export and list, worked out from its model alone (what the program
 * declares and what its factories put in each object), never from the processor's output.
 */
final class ExpectedExports {
  private ExpectedExports() {}

  /** An object exported as it is (its class holds no declared data): only its class is known. */
  record AsItIs(String className) {}

  /** One declared member of a holder, with the holder that declares it. */
  record Declared(Holder declaringHolder, Member member, int index) {
    String fieldName() {
      return ValidPrograms.fieldName(member, declaringHolder.typeIndex(), index);
    }
  }

  /** Whether javac shows the holder to processors with data: annotated, and not a local class. */
  static boolean isDataType(Holder holder) {
    return holder.annotated() && holder.shape() != Shape.LOCAL;
  }

  /** The declared members of a holder, the inherited ones first (SPEC v2 §3). */
  static List<Declared> declaredWithInherited(Model model, Holder holder) {
    List<Declared> out = new ArrayList<>();
    holder.superclass().ifPresent(s -> out.addAll(declaredWithInherited(model, model.holder(s))));
    for (int k = 0; k < holder.members().size(); k++) {
      if (holder.members().get(k).declared()) {
        out.add(new Declared(holder, holder.members().get(k), k));
      }
    }
    return out;
  }

  /** The nearest class of the holder's superclass chain that holds data: the one whose plan exports it. */
  static Optional<Holder> planOwner(Model model, Holder holder) {
    for (Holder h = holder; h != null; h = h.superclass().map(model::holder).orElse(null)) {
      if (isDataType(h)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** Every datum of the program, by id: each data type's own and inherited declared members. */
  static Map<String, Member> data(Model model) {
    Map<String, Member> data = new LinkedHashMap<>();
    for (Holder holder : model.holders().values()) {
      if (isDataType(holder)) {
        for (Declared d : declaredWithInherited(model, holder)) {
          data.put(holder.canonicalName() + "#" + d.fieldName(), d.member());
        }
      }
    }
    return data;
  }

  /** The export of {@code holder.sample(depth)}: a map, or {@link AsItIs} for a class without data. */
  static Object export(Model model, Holder holder, int depth) {
    Optional<Holder> owner = planOwner(model, holder);
    if (owner.isEmpty()) {
      return new AsItIs(holder.binaryName());
    }
    int valueDepth = holder.shape() == Shape.ENUM ? 0 : depth;
    Map<String, Object> out = new LinkedHashMap<>();
    for (Declared d : declaredWithInherited(model, owner.get())) {
      out.put(d.fieldName(), value(model, d, valueDepth));
    }
    return out;
  }

  private static Object value(Model model, Declared d, int depth) {
    Member m = d.member();
    Holder self = d.declaringHolder();
    Holder target = model.holder(ValidPrograms.PACKAGE + "." + ValidPrograms.targetName(m, model.names()));
    int number = ValidPrograms.intValue(self.typeIndex(), d.index(), depth);
    switch (m.valueType()) {
      case STRING:
        return ValidPrograms.stringValue(m, depth);
      case INT:
        return number;
      case LONGS:
        return new long[] {number, -1L};
      case STRINGS:
        return List.of(ValidPrograms.stringValue(m, depth), "second");
      case SELF:
        if (depth > 0) {
          return export(model, self, depth - 1);
        }
        return self.shape() == Shape.RECORD ? null : ModuleInventory.CYCLE;
      case OTHER:
        return depth > 0 ? export(model, target, depth - 1) : null;
      case MAP_OF_OTHER: {
        Map<String, Object> map = new LinkedHashMap<>();
        if (depth > 0) {
          map.put("k", Arrays.asList(export(model, target, depth - 1), null));
        }
        return map;
      }
      case OPTIONAL_SELF:
        return depth > 0 ? export(model, self, depth - 1) : null;
      default:
        throw new AssertionError(m.valueType());
    }
  }

  /** Asserts that an export is the expected one, member by member, in order. */
  static void assertMatches(Object expected, Object actual, String path) {
    if (expected instanceof Map<?, ?> map) {
      Map<?, ?> actualMap = assertInstanceOf(Map.class, actual, path);
      assertEquals(List.copyOf(map.keySet()), List.copyOf(actualMap.keySet()), "the members exported at " + path);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        assertMatches(e.getValue(), actualMap.get(e.getKey()), path + "." + e.getKey());
      }
    } else if (expected instanceof List<?> list) {
      List<?> actualList = assertInstanceOf(List.class, actual, path);
      assertEquals(list.size(), actualList.size(), "the number of elements at " + path);
      for (int i = 0; i < list.size(); i++) {
        assertMatches(list.get(i), actualList.get(i), path + "[" + i + "]");
      }
    } else if (expected instanceof long[] longs) {
      assertArrayEquals(longs, assertInstanceOf(long[].class, actual, path), path);
    } else if (expected instanceof AsItIs asItIs) {
      assertEquals(asItIs.className(), actual == null ? null : actual.getClass().getName(), "the object at " + path);
    } else {
      assertEquals(expected, actual, path);
    }
  }
}
