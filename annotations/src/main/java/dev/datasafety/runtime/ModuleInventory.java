package dev.datasafety.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a module's generated {@code DataSafetyInventory} delegates to: the module's inventory
 * and the export of its objects' declared data. Generated code is data: the class only hands
 * over its own {@link MethodHandles.Lookup} and the table the processor wrote beside it, so every
 * behaviour lives, and is tested, here.
 *
 * <p>The table ({@code DataSafetyInventory.data}, a resource in the generated class's package)
 * is written by the processor's last round, after every other processor ran: it holds the
 * inventory document exactly as {@code META-INF/datasafety/inventory.json}, which members each
 * data-holding type exports, and the inventory classes of the dependencies built with datasafety.
 * A resource beside the class is found by the class itself in a plain, shaded or Spring Boot jar
 * and in a named module, where resources of other packages or jars are not.
 */
public final class ModuleInventory {
  /**
   * The encoding of the table and of the generated class this run-time reads. The processor
   * writes the same number into both; a mismatch means the annotations jar on the run-time class
   * path is not the one the processor was built with.
   */
  public static final int ENCODING = 1;

  /** What an object met again inside itself is exported as, so that cyclic object graphs end. */
  public static final String CYCLE = ObjectExporter.CYCLE;

  /** The first field of every table: its format and encoding. */
  public static final String TABLE_FORMAT = "datasafety-module/" + ENCODING;

  /** Every module inventory initialised in this JVM, by the generated class that owns it. */
  private static final Map<Class<?>, ModuleInventory> LOADED = new ConcurrentHashMap<>();

  private final MethodHandles.Lookup lookup;
  private final Supplier<InputStream> tableResource;
  private volatile Table table;

  private ModuleInventory(MethodHandles.Lookup lookup, Supplier<InputStream> tableResource) {
    this.lookup = lookup;
    this.tableResource = tableResource;
  }

  /**
   * Called once, from the static initialiser of a generated {@code DataSafetyInventory}.
   *
   * @param lookup the generated class's own {@code MethodHandles.lookup()}: it reads the module's
   *     members, private or not, without {@code opens}
   * @param encoding the encoding the processor generated the class for
   * @param tableResource opens the table beside the generated class (the class opens it itself,
   *     since a named module shows its resources to its own code only)
   * @throws IllegalStateException when this run-time cannot read that encoding
   */
  public static ModuleInventory load(MethodHandles.Lookup lookup, int encoding, Supplier<InputStream> tableResource) {
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(tableResource, "tableResource");
    if (encoding != ENCODING) {
      throw new IllegalStateException(lookup.lookupClass().getName() + " was generated for datasafety encoding "
          + encoding + ", but the datasafety-annotations run-time on the class path reads encoding " + ENCODING
          + ". Use the datasafety-annotations version that matches the datasafety-processor the module was built"
          + " with, and rebuild.");
    }
    ModuleInventory module = new ModuleInventory(lookup, tableResource);
    LOADED.put(lookup.lookupClass(), module);
    return module;
  }

  /** The inventory: the module's and its dependencies' purposes and data, as the document has them. */
  public DataInventory inventory() {
    return table().inventory;
  }

  /** The inventory document, byte for byte {@code META-INF/datasafety/inventory.json}. */
  public String json() {
    return table().json;
  }

  /**
   * The declared data of one object of this module or of a dependency built with datasafety, in
   * raw form: member name to value, inherited data first, in declaration order. Nested
   * {@code @UserData} values are exported the same way, also inside arrays, collections, map values
   * and optionals (collections become lists, in iteration order, so lazy ones are loaded); other
   * values are returned as they are. Members are read through their accessor where one exists
   * (record accessor, {@code getX()}, {@code isX()}, {@code x()}), so proxies load, else through the
   * field. An object met again inside itself is exported as {@link #CYCLE}.
   *
   * @return a new map, insertion-ordered; empty for {@code null}
   * @throws IllegalArgumentException when the object's class holds no declared data known here
   */
  public Map<String, Object> export(Object value) {
    if (value == null) {
      return new LinkedHashMap<>();
    }
    return exporter().exportRoot(value);
  }

  /** Whether this module, or a dependency of it, declares data of this class or a superclass. */
  public boolean exports(Class<?> type) {
    return exporter().planFor(type).isPresent();
  }

  /** Also a dependency's exporter, asked by a depending module for the plans of its own types. */
  ObjectExporter exporter() {
    return table().exporter;
  }

  private Table table() {
    Table read = table;
    if (read == null) {
      synchronized (this) {
        read = table;
        if (read == null) {
          read = readTable();
          table = read;
        }
      }
    }
    return read;
  }

  private Table readTable() {
    String name = lookup.lookupClass().getName();
    String text;
    try (InputStream in = tableResource.get()) {
      if (in == null) {
        throw new IllegalStateException("The datasafety table of " + name + " (DataSafetyInventory.data beside it) is"
            + " missing: package the class output of the datasafety processor, resources included.");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("The datasafety table of " + name + " cannot be read", unreadable);
    }
    Fields fields = new Fields(text, "datasafety module table");
    String format = fields.next();
    if (!format.equals(TABLE_FORMAT)) {
      throw new IllegalStateException("The datasafety table of " + name + " has format " + format + ", but this"
          + " run-time reads " + TABLE_FORMAT + ". Use the datasafety-annotations version that matches the"
          + " datasafety-processor the module was built with, and rebuild.");
    }
    String json = fields.next();
    Map<String, ObjectExporter.Plan> plans = new LinkedHashMap<>();
    int types = fields.number();
    for (int t = 0; t < types; t++) {
      String type = fields.next();
      int members = fields.number();
      List<ObjectExporter.Member> list = new ArrayList<>(members);
      for (int m = 0; m < members; m++) {
        list.add(new ObjectExporter.Member(fields.next(), fields.next(), fields.bool()));
      }
      plans.put(type, new ObjectExporter.Plan(type, List.copyOf(list)));
    }
    List<String> dependencies = fields.list();
    if (fields.hasMore()) {
      throw fields.malformed("text after the last field");
    }
    ObjectExporter exporter = new ObjectExporter(lookup, plans, () -> dependencies(dependencies));
    return new Table(json, DataInventory.parse(json), exporter);
  }

  /**
   * The dependencies' module inventories: initialising a dependency's generated class registers
   * its own, with the lookup that reads its members.
   */
  private List<ModuleInventory> dependencies(List<String> classNames) {
    List<ModuleInventory> modules = new ArrayList<>();
    ClassLoader loader = lookup.lookupClass().getClassLoader();
    for (String className : classNames) {
      try {
        Class<?> owner = Class.forName(className, true, loader);
        Optional.ofNullable(LOADED.get(owner)).ifPresent(modules::add);
      } catch (ClassNotFoundException | LinkageError absent) {
        // A dependency not deployed with the application: its objects cannot be met either.
      }
    }
    return modules;
  }

  /** The table read once: the document, the model parsed from it, and the exporter. */
  private record Table(String json, DataInventory inventory, ObjectExporter exporter) {}
}
