package dev.datasafety.processor.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The marker class a module's build writes so that modules depending on it find its inventory.
 * The class itself carries what they need, as constants that any compiler reads from the class
 * file ({@code VariableElement.getConstantValue()}), on the class path and on the module path
 * alike: the module's own part of the inventory, its declarations, and its generated inventory
 * class. No resource lookup is needed, so nothing depends on which locations a compiler's
 * {@code Filer} searches.
 *
 * <p>Where it lives is what dependants can list without scanning every package:
 *
 * <ul>
 *   <li>a module compiled on the class path (the unnamed module) writes it into the one shared
 *       package {@value #SHARED_PACKAGE}: listing that package finds the marker of every
 *       dependency on the class path, as a class path merges packages;
 *   <li>a named module writes it into a package of its own, {@value #SHARED_PACKAGE} followed by
 *       the module name ({@link #packageFor}): module names are unique on a module path, so no two
 *       modules hold one package (a split package stops the JVM at launch), and a dependant finds
 *       it with one look-up per module it reads.
 * </ul>
 *
 * <p>The marker is written as a class file through {@code Filer.createResource} in the last round,
 * beside the inventory, not generated as a source: javac starts a new round for every generated
 * source or class file and re-enters all compilation units for it, which costs more than all the
 * processor's own work on a large module. The run-time never loads it.
 */
public record ModuleMarker(String packageName, String simpleName) {
  /** The markers' package on the class path, where a class path merges every jar's classes. */
  public static final String SHARED_PACKAGE = "dev.datasafety.modules";

  /**
   * A named module's name, as a resource every named module writes under one fixed name. A build on
   * the class path cannot find a named module's marker without its name (it can list one package
   * by name, not the packages of its jars), but it can read one resource by name: the first jar's
   * holding it. That tells it of one named module whose declarations it does not read.
   *
   * <p>At the root of the jar: a resource in a folder that is a valid package name would add that
   * package to the module (a split package between two modules on the module path), and javac
   * does not look into a jar's folders whose names are not identifiers ({@code META-INF}) for the
   * class path. The root is the unnamed package, which a module's resources may use.
   */
  public static final String MODULE_NAME_RESOURCE = "datasafety-module-name.txt";

  /** The constant naming the module's generated inventory class (empty when it has none). */
  public static final String INVENTORY_CLASS_FIELD = "INVENTORY_CLASS";

  /** The constant holding the marker's encoding; markers of earlier versions have none. */
  public static final String FORMAT_FIELD = "FORMAT";

  /** The encoding this processor writes and reads. */
  public static final String FORMAT = "datasafety-marker/1";

  /** The module's own part of the inventory: {@code INVENTORY_PARTS} constants {@code INVENTORY_0} … */
  static final String INVENTORY_FIELD = "INVENTORY";

  /** The module's declarations, one a line, in {@code DECLARATIONS_PARTS} constants {@code DECLARATIONS_0} … */
  static final String DECLARATIONS_FIELD = "DECLARATIONS";

  /**
   * The most bytes of one string constant: the class file stores it in modified UTF-8 with a
   * two-byte length (JVMS §4.4.7).
   */
  static final int MAX_CONSTANT_BYTES = 65535;

  private static final Pattern NAME = Pattern.compile("Inventory_[0-9a-f]{20}");

  /** What a marker carries for the modules that depend on its module. */
  public record Contents(String inventoryClass, String inventory, List<String> declarations) {
    public Contents {
      declarations = List.copyOf(declarations);
    }
  }

  /** A marker that does not hold what this processor's markers hold. */
  public static final class InvalidMarkerException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidMarkerException(String message) {
      super(message);
    }
  }

  /**
   * Names the marker after what the module declares, so that the name is the same in every build
   * of the same sources and differs between modules; in the package of {@code moduleName} (a named
   * module) or the shared one (the class path).
   */
  public static ModuleMarker forDeclarations(Optional<String> moduleName, Collection<String> declarationNames) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      declarationNames.stream().sorted().distinct().forEach(n -> {
        sha.update(n.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      });
      String simpleName = "Inventory_" + HexFormat.of().formatHex(sha.digest(), 0, 10);
      return new ModuleMarker(moduleName.map(ModuleMarker::packageFor).orElse(SHARED_PACKAGE), simpleName);
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * The package of a named module's marker. A module name is a qualified name whose parts are
   * identifiers, so this is always a valid package name.
   */
  public static String packageFor(String moduleName) {
    return SHARED_PACKAGE + "." + moduleName;
  }

  /** The marker a class is, when its simple name has the form this processor writes. */
  public static Optional<ModuleMarker> of(String packageName, String simpleName) {
    return NAME.matcher(simpleName).matches() ? Optional.of(new ModuleMarker(packageName, simpleName)) : Optional.empty();
  }

  /** The name of the named module this marker belongs to; empty for the class path's shared package. */
  public Optional<String> moduleName() {
    return packageName.startsWith(SHARED_PACKAGE + ".")
        ? Optional.of(packageName.substring(SHARED_PACKAGE.length() + 1))
        : Optional.empty();
  }

  public String qualifiedName() {
    return packageName + "." + simpleName;
  }

  /** The marker's file name in its package. */
  public String classFileName() {
    return simpleName + ".class";
  }

  /**
   * Where markers of earlier versions, which carried only {@value #INVENTORY_CLASS_FIELD}, kept the
   * module's own inventory: beside the class, named like it.
   */
  public String legacyInventoryPath() {
    return packageName.replace('.', '/') + "/" + simpleName + ".json";
  }

  /** Where markers of earlier versions kept the module's declarations, read from the module's own class output. */
  public String legacyDeclarationsPath() {
    return packageName.replace('.', '/') + "/" + simpleName + ".declarations";
  }

  /**
   * The bytes of {@code public final class <package>.Inventory_…} whose constants hold
   * {@code contents}, each text split into constants below the class file's limit. Java 8 class
   * file version so that every JDK reads it. The same name and contents give the same bytes.
   */
  public byte[] classFile(Contents contents) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        qualifiedName().replace('.', '/'), null, "java/lang/Object", null);
    constant(writer, FORMAT_FIELD, FORMAT);
    constant(writer, INVENTORY_CLASS_FIELD, contents.inventoryClass());
    parts(writer, INVENTORY_FIELD, contents.inventory());
    parts(writer, DECLARATIONS_FIELD, String.join("\n", contents.declarations()));
    writer.visitEnd();
    return writer.toByteArray();
  }

  /**
   * What a marker carries, from its constants by name; empty for a marker of an earlier version
   * (no {@value #FORMAT_FIELD}), whose inventory is a resource beside it ({@link #legacyInventoryPath}).
   *
   * @throws InvalidMarkerException when it has another format or misses a part
   */
  public static Optional<Contents> read(Map<String, Object> constants) throws InvalidMarkerException {
    Object format = constants.get(FORMAT_FIELD);
    if (format == null) {
      return Optional.empty();
    }
    if (!FORMAT.equals(format)) {
      throw new InvalidMarkerException("it has format " + format + ", but this processor reads " + FORMAT);
    }
    String declarations = joined(constants, DECLARATIONS_FIELD);
    return Optional.of(new Contents(text(constants, INVENTORY_CLASS_FIELD), joined(constants, INVENTORY_FIELD),
        declarations.isEmpty() ? List.of() : List.of(declarations.split("\n", -1))));
  }

  /**
   * Splits {@code text} into the fewest strings that each fit one constant, never between the two
   * halves of a surrogate pair; none for the empty text.
   */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int width = Character.isSurrogatePair(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : 0) ? 2 : 1;
      int size = 0;
      for (int k = i; k < i + width; k++) {
        size += modifiedUtf8Length(text.charAt(k));
      }
      if (bytes + size > MAX_CONSTANT_BYTES) {
        parts.add(text.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
      i += width;
    }
    if (start < text.length()) {
      parts.add(text.substring(start));
    }
    return parts;
  }

  /** The bytes of one char in a class file's modified UTF-8: NUL takes two, surrogates three each. */
  private static int modifiedUtf8Length(char c) {
    if (c != 0 && c < 0x80) {
      return 1;
    }
    return c < 0x800 ? 2 : 3;
  }

  private static void parts(ClassWriter writer, String field, String text) {
    List<String> parts = split(text);
    constant(writer, field + "_PARTS", parts.size());
    for (int i = 0; i < parts.size(); i++) {
      constant(writer, field + "_" + i, parts.get(i));
    }
  }

  private static void constant(ClassWriter writer, String name, Object value) {
    String descriptor = value instanceof Integer ? "I" : "Ljava/lang/String;";
    writer.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, name, descriptor, null, value)
        .visitEnd();
  }

  private static String joined(Map<String, Object> constants, String field) throws InvalidMarkerException {
    Object count = constants.get(field + "_PARTS");
    if (!(count instanceof Integer parts) || parts < 0) {
      throw new InvalidMarkerException("its constant " + field + "_PARTS is missing");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      text.append(text(constants, field + "_" + i));
    }
    return text.toString();
  }

  private static String text(Map<String, Object> constants, String name) throws InvalidMarkerException {
    if (constants.get(name) instanceof String value) {
      return value;
    }
    throw new InvalidMarkerException("its constant " + name + " is missing");
  }
}
