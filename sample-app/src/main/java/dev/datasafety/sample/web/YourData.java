package dev.datasafety.sample.web;

import dev.datasafety.runtime.DataInventory;
import dev.datasafety.runtime.DatumInfo;
import dev.datasafety.sample.DataSafetyInventory;
import dev.datasafety.sample.account.Account;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything kept about one person, from the generated export, and each exported value
 * matched to its declared datum in the inventory. This is the only class that calls the
 * generated export, so that a change of the generated API changes one line.
 *
 * @param export the generated export of the account: member name to raw value, nested data as maps and lists
 * @param values every exported value of each datum, by datum id, in export order (a note title per note)
 * @param groups what is kept of each group of data (one account, three notes, ...), in export order
 */
record YourData(Map<String, Object> export, Map<String, List<Object>> values, Map<String, Kept> groups) {

  /** How many records of one group are kept, and the names of the data in them. */
  record Kept(int records, Set<String> data) {
    Kept plusOne() {
      return new Kept(records + 1, data);
    }
  }

  static YourData of(Account account, DataInventory inventory) {
    Map<String, Object> export = DataSafetyInventory.export(account);
    YourData data = new YourData(export, new LinkedHashMap<>(), new LinkedHashMap<>());
    data.walk(Account.class, export, inventory);
    return data;
  }

  /** The values kept for one datum; empty when none is kept now. */
  List<Object> valuesOf(DatumInfo datum) {
    return values.getOrDefault(datum.id(), List.of());
  }

  private void walk(Class<?> type, Map<?, ?> exported, DataInventory inventory) {
    boolean counted = false;
    for (Map.Entry<?, ?> e : exported.entrySet()) {
      String member = String.valueOf(e.getKey());
      Optional<DatumInfo> datum = inventory.datum(type.getCanonicalName() + "#" + member);
      if (datum.isPresent()) {
        Kept kept = groups.computeIfAbsent(datum.get().group(), g -> new Kept(0, new LinkedHashSet<>()));
        if (!counted) {
          groups.put(datum.get().group(), kept.plusOne());
          counted = true;
        }
        kept.data().add(datum.get().name());
        if (e.getValue() != null) {
          values.computeIfAbsent(datum.get().id(), id -> new ArrayList<>()).add(e.getValue());
        }
      } else {
        nested(elementType(type, member), e.getValue(), inventory);
      }
    }
  }

  /** A nested {@code @UserData} value: one map, or a list of them (collections, arrays, optionals, map values). */
  private void nested(Class<?> type, Object value, DataInventory inventory) {
    if (value instanceof Map<?, ?> one) {
      walk(type, one, inventory);
    } else if (value instanceof Collection<?> many) {
      for (Object element : many) {
        nested(type, element, inventory);
      }
    }
  }

  /** The {@code @UserData} type held by a member: the element of a list, array, optional or map. */
  private static Class<?> elementType(Class<?> owner, String member) {
    try {
      Field field = owner.getDeclaredField(member);
      return element(field.getGenericType());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the export of " + owner.getName() + " has a member it does not declare: " + member, e);
    }
  }

  private static Class<?> element(Type type) {
    if (type instanceof Class<?> c) {
      return c.isArray() ? c.getComponentType() : c;
    }
    if (type instanceof GenericArrayType array) {
      return element(array.getGenericComponentType());
    }
    if (type instanceof ParameterizedType p) {
      Type[] arguments = p.getActualTypeArguments();
      return element(arguments[arguments.length - 1]);
    }
    throw new IllegalStateException("not a type of data: " + type);
  }
}
