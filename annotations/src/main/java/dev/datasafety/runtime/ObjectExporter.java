package dev.datasafety.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exports objects by the plans of one module's table, reading members through that module's own
 * lookup. Members are resolved once per class, when its first object is exported, so an export
 * depends on the classes as they run, not on which processor added an accessor when.
 */
final class ObjectExporter {
  /** What an object met again inside itself is exported as, so that cyclic graphs end. */
  static final String CYCLE = "(exported above)";

  private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

  /** One exported member: its name, the binary name of the class declaring it, and whether it is a record component. */
  record Member(String name, String declaringClass, boolean recordComponent) {}

  /** The members a data-holding type exports, inherited ones first. */
  record Plan(String type, List<Member> members) {}

  /** A plan bound to a loaded class: each member's reader. */
  private record Bound(List<String> names, List<MethodHandle> readers) {}

  private final MethodHandles.Lookup lookup;
  private final Map<String, Plan> plans;
  private final Supplier<List<ModuleInventory>> dependencySource;
  private volatile List<ModuleInventory> dependencies;
  private final ClassValue<Optional<Bound>> bound = new ClassValue<>() {
    @Override
    protected Optional<Bound> computeValue(Class<?> type) {
      return bind(type);
    }
  };

  ObjectExporter(MethodHandles.Lookup lookup, Map<String, Plan> plans, Supplier<List<ModuleInventory>> dependencies) {
    this.lookup = lookup;
    this.plans = Map.copyOf(plans);
    this.dependencySource = dependencies;
  }

  Map<String, Object> exportRoot(Object value) {
    Optional<Bound> plan = planFor(value.getClass());
    if (plan.isEmpty()) {
      throw new IllegalArgumentException(value.getClass().getName() + " holds no data declared with @UserData in "
          + lookup.lookupClass().getName().replaceFirst("\\.[^.]*$", "") + " or its dependencies built with datasafety");
    }
    return exportObject(value, plan.get(), new IdentityHashMap<>());
  }

  /** The bound plan of the class or its nearest superclass with one, here or in a dependency. */
  Optional<Bound> planFor(Class<?> type) {
    return bound.get(type);
  }

  private Optional<Bound> bind(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Plan plan = plans.get(c.getName());
      if (plan != null) {
        return Optional.of(bind(c, plan));
      }
      for (ModuleInventory dependency : dependencies()) {
        Optional<Bound> theirs = dependency.exporter().planHere(c);
        if (theirs.isPresent()) {
          return theirs;
        }
      }
    }
    return Optional.empty();
  }

  /** The plan of exactly this class, from this module's own table only. */
  private Optional<Bound> planHere(Class<?> c) {
    Plan plan = plans.get(c.getName());
    return plan == null ? Optional.empty() : bound.get(c);
  }

  private List<ModuleInventory> dependencies() {
    List<ModuleInventory> read = dependencies;
    if (read == null) {
      read = List.copyOf(dependencySource.get());
      dependencies = read;
    }
    return read;
  }

  private Bound bind(Class<?> type, Plan plan) {
    List<String> names = new ArrayList<>();
    List<MethodHandle> readers = new ArrayList<>();
    for (Member member : plan.members()) {
      names.add(member.name());
      readers.add(reader(type, member).asType(READER));
    }
    return new Bound(List.copyOf(names), List.copyOf(readers));
  }

  private Map<String, Object> exportObject(Object value, Bound plan, IdentityHashMap<Object, Boolean> path) {
    path.put(value, Boolean.TRUE);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < plan.names().size(); i++) {
      out.put(plan.names().get(i), exportValue(read(plan.readers().get(i), value, plan.names().get(i)), path));
    }
    path.remove(value);
    return out;
  }

  private Object exportValue(Object value, IdentityHashMap<Object, Boolean> path) {
    if (value == null) {
      return null;
    }
    if (path.containsKey(value)) {
      return CYCLE;
    }
    Optional<Bound> plan = planFor(value.getClass());
    if (plan.isPresent()) {
      return exportObject(value, plan.get(), path);
    }
    if (value instanceof Collection<?> values) {
      path.put(value, Boolean.TRUE);
      List<Object> out = new ArrayList<>(values.size());
      for (Object element : values) {
        out.add(exportValue(element, path));
      }
      path.remove(value);
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      path.put(value, Boolean.TRUE);
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(e.getKey(), exportValue(e.getValue(), path));
      }
      path.remove(value);
      return out;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? exportValue(optional.get(), path) : null;
    }
    if (value instanceof Object[] array) {
      return exportValue(Arrays.asList(array), path);
    }
    if (value.getClass().isArray()) {
      return copyOf(value); // a primitive array, raw: a copy, so the export never aliases the object
    }
    return value;
  }

  private static Object copyOf(Object primitiveArray) {
    int length = Array.getLength(primitiveArray);
    Object copy = Array.newInstance(primitiveArray.getClass().getComponentType(), length);
    System.arraycopy(primitiveArray, 0, copy, 0, length);
    return copy;
  }

  private static Object read(MethodHandle reader, Object value, String member) {
    try {
      return reader.invokeExact(value);
    } catch (RuntimeException | Error passThrough) {
      throw passThrough;
    } catch (Throwable checked) {
      throw new IllegalStateException("reading " + member + " of " + value.getClass().getName() + " failed", checked);
    }
  }

  /** The accessor where one exists, so proxies and lazy values load; else the field, private or not. */
  private MethodHandle reader(Class<?> type, Member member) {
    Optional<Method> accessor = accessor(type, member);
    if (accessor.isPresent()) {
      Optional<MethodHandle> handle = unreflect(accessor.get());
      if (handle.isPresent()) {
        return handle.get();
      }
    }
    Field field = field(type, member);
    try {
      return MethodHandles.privateLookupIn(field.getDeclaringClass(), lookup).unreflectGetter(field);
    } catch (IllegalAccessException | SecurityException closed) {
      throw new IllegalStateException("datasafety cannot read " + member.name() + " of " + type.getName() + " from "
          + lookup.lookupClass().getName() + ": " + closed.getMessage() + ". Its package must be open to the module"
          + " that declares the data (opens " + field.getDeclaringClass().getPackageName() + " to "
          + lookup.lookupClass().getModule().getName() + "), or give it a getter.", closed);
    }
  }

  private Optional<MethodHandle> unreflect(Method method) {
    try {
      return Optional.of(MethodHandles.privateLookupIn(method.getDeclaringClass(), lookup).unreflect(method));
    } catch (IllegalAccessException | SecurityException closed) {
      try {
        return Optional.of(MethodHandles.publicLookup().unreflect(method));
      } catch (IllegalAccessException notPublic) {
        return Optional.empty();
      }
    }
  }

  private static Optional<Method> accessor(Class<?> type, Member member) {
    if (member.recordComponent() && type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.getName().equals(member.name())) {
          return Optional.of(component.getAccessor());
        }
      }
    }
    String capitalized = Character.toUpperCase(member.name().charAt(0)) + member.name().substring(1);
    List<String> names = List.of("get" + capitalized, "is" + capitalized, member.name());
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (String name : names) {
        Method found = null;
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(name) && m.getParameterCount() == 0 && m.getReturnType() != void.class
              && !Modifier.isStatic(m.getModifiers()) && (found == null || found.isBridge())) {
            found = m;
          }
        }
        if (found != null) {
          return Optional.of(found);
        }
      }
    }
    return Optional.empty();
  }

  private static Field field(Class<?> type, Member member) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(member.declaringClass())) {
        try {
          return c.getDeclaredField(member.name());
        } catch (NoSuchFieldException gone) {
          break;
        }
      }
    }
    throw new IllegalStateException("datasafety cannot find the field " + member.declaringClass() + "."
        + member.name() + " exported for " + type.getName() + ": the classes at run time differ from the ones the"
        + " module was compiled with. Rebuild it.");
  }
}
