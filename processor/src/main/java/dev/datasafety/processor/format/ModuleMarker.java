package dev.datasafety.processor.format;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
   * {@code contents}: {@link #writeClassFile} into an array.
   */
  public byte[] classFile(Contents contents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writeClassFile(contents, bytes);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Writes {@code public final class <package>.Inventory_…}, whose constants hold {@code contents},
   * each text split into constants below the class file's limit, to {@code target} as it goes. Java
   * 8 class file version so that every JDK reads it. The same name and contents give the same bytes.
   *
   * <p>Written by hand, not with a class-file library: the class has one shape (no methods, only
   * constant fields), and a library builds the whole constant pool in memory, a copy of the
   * inventory in its encoding beside the texts it was given, at the moment the compiler's heap is at
   * its fullest (the last round of a large module). Here only one constant's text at a time exists
   * beside the inventory.
   */
  public void writeClassFile(Contents contents, OutputStream target) throws IOException {
    writeClassFile(contents.inventoryClass(), contents.inventory(), contents.declarations(), target);
  }

  /**
   * {@link #writeClassFile(Contents, OutputStream)} of these contents, the inventory as any text
   * (the processor's {@link DocumentText}, never joined into one string).
   */
  public void writeClassFile(String inventoryClass, CharSequence inventory, List<String> declarations,
      OutputStream target) throws IOException {
    List<Constant> fields = new ArrayList<>();
    fields.add(new Constant(FORMAT_FIELD, FORMAT, 0, FORMAT.length()));
    fields.add(new Constant(INVENTORY_CLASS_FIELD, inventoryClass, 0, inventoryClass.length()));
    addParts(fields, INVENTORY_FIELD, inventory);
    addParts(fields, DECLARATIONS_FIELD, String.join("\n", declarations));

    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
    out.writeInt(0xCAFEBABE);
    out.writeShort(0); // minor version
    out.writeShort(52); // Java 8
    // The pool: the class and its superclass, the attribute name and the two field types, then per
    // field its name and its value (an Integer, or a String and the Utf8 entry it points at).
    int poolSize = FIXED_POOL_ENTRIES;
    for (Constant field : fields) {
      poolSize += field.text() == null ? 2 : 3;
    }
    out.writeShort(poolSize + 1);
    utf8(out, qualifiedName().replace('.', '/'));
    out.writeByte(CLASS_TAG);
    out.writeShort(THIS_NAME_INDEX);
    utf8(out, "java/lang/Object");
    out.writeByte(CLASS_TAG);
    out.writeShort(SUPER_NAME_INDEX);
    utf8(out, "ConstantValue");
    utf8(out, "Ljava/lang/String;");
    utf8(out, "I");
    int[] nameIndex = new int[fields.size()];
    int[] valueIndex = new int[fields.size()];
    int next = FIXED_POOL_ENTRIES + 1;
    for (int i = 0; i < fields.size(); i++) {
      Constant field = fields.get(i);
      utf8(out, field.name());
      nameIndex[i] = next++;
      if (field.text() == null) {
        out.writeByte(INTEGER_TAG);
        out.writeInt(field.count());
        valueIndex[i] = next++;
      } else {
        // One constant's text at a time: the substring is garbage once written.
        textConstant(out, field.text().subSequence(field.start(), field.end()).toString(), field.size());
        out.writeByte(STRING_TAG);
        out.writeShort(next);
        valueIndex[i] = next + 1;
        next += 2;
      }
    }
    out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
    out.writeShort(THIS_CLASS_INDEX);
    out.writeShort(SUPER_CLASS_INDEX);
    out.writeShort(0); // interfaces
    out.writeShort(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      out.writeShort(ACC_PUBLIC | ACC_STATIC | ACC_FINAL);
      out.writeShort(nameIndex[i]);
      out.writeShort(fields.get(i).text() == null ? INT_DESCRIPTOR_INDEX : STRING_DESCRIPTOR_INDEX);
      out.writeShort(1); // attributes: ConstantValue
      out.writeShort(CONSTANT_VALUE_INDEX);
      out.writeInt(2);
      out.writeShort(valueIndex[i]);
    }
    out.writeShort(0); // methods
    out.writeShort(0); // attributes
    out.flush();
  }

  /**
   * A constant field: a part of a text ({@code text}, {@code start}, {@code end}, its {@code size}
   * in modified UTF-8 when known, else -1) or a count.
   */
  private record Constant(String name, CharSequence text, int start, int end, int size, int count) {
    Constant(String name, CharSequence text, int start, int end) {
      this(name, text, start, end, -1, 0);
    }

    static Constant count(String name, int count) {
      return new Constant(name, null, 0, 0, -1, count);
    }
  }

  private static void addParts(List<Constant> fields, String field, CharSequence text) {
    Parts parts = parts(text);
    int[] starts = parts.starts();
    fields.add(Constant.count(field + "_PARTS", starts.length));
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : text.length();
      fields.add(new Constant(field + "_" + i, text, starts[i], end, parts.sizes()[i], 0));
    }
  }

  /** A CONSTANT_Utf8 entry: its tag, then the two-byte length and modified UTF-8 that writeUTF writes. */
  private static void utf8(DataOutputStream out, String text) throws IOException {
    out.writeByte(UTF8_TAG);
    out.writeUTF(text);
  }

  /**
   * {@link #utf8} of a part whose modified UTF-8 takes {@code size} bytes. Where its UTF-8 takes as
   * many, the two encodings are the same bytes (they differ only for NUL, supplementary chars and
   * unpaired surrogates, each of which changes the length): the JDK's UTF-8 encoder, a vectorised
   * copy for ASCII, instead of {@code writeUTF}'s two calls of {@code charAt} per char, over an
   * inventory of millions of chars in code the JIT has not compiled yet.
   */
  private static void textConstant(DataOutputStream out, String part, int size) throws IOException {
    byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
    if (utf8.length != size) {
      utf8(out, part);
      return;
    }
    out.writeByte(UTF8_TAG);
    out.writeShort(size);
    out.write(utf8);
  }

  private static final int UTF8_TAG = 1;
  private static final int INTEGER_TAG = 3;
  private static final int CLASS_TAG = 7;
  private static final int STRING_TAG = 8;
  private static final int ACC_PUBLIC = 0x0001;
  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_FINAL = 0x0010;
  private static final int ACC_SUPER = 0x0020;
  // The fixed head of the constant pool, in the order writeClassFile writes it.
  private static final int THIS_NAME_INDEX = 1;
  private static final int THIS_CLASS_INDEX = 2;
  private static final int SUPER_NAME_INDEX = 3;
  private static final int SUPER_CLASS_INDEX = 4;
  private static final int CONSTANT_VALUE_INDEX = 5;
  private static final int STRING_DESCRIPTOR_INDEX = 6;
  private static final int INT_DESCRIPTOR_INDEX = 7;
  private static final int FIXED_POOL_ENTRIES = 7;

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
    int[] starts = parts(text).starts();
    List<String> parts = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      parts.add(text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length()));
    }
    return parts;
  }

  /** Where each of {@link #split}'s parts starts, and how many bytes of modified UTF-8 it takes. */
  private record Parts(int[] starts, int[] sizes) {}

  /** Chars read at a time: a text is scanned by segments, never cut between a surrogate pair's halves. */
  private static final int SEGMENT_CHARS = 1 << 14;

  /** {@link #split}'s parts, without copying them out. */
  private static Parts parts(CharSequence text) {
    // The text is read by segments. A segment of ASCII chars other than NUL (the inventory, nearly
    // always) is one byte a char, which the JDK checks with a vectorised loop; other segments are
    // read char by char from an array. This runs once over the whole inventory, in code the JIT
    // has not compiled yet, where String.charAt costs three calls and a bounds check per char.
    PartsBuilder parts = new PartsBuilder();
    int length = text.length();
    char[] chars = new char[Math.min(length, SEGMENT_CHARS)];
    int start = 0;
    int bytes = 0;
    for (int at = 0; at < length; ) {
      int end = Math.min(length, at + SEGMENT_CHARS);
      if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // the pair goes to the next segment whole
      }
      int count = end - at;
      getChars(text, at, end, chars);
      if (oneByteEach(chars, count)) {
        for (int i = 0; i < count; ) {
          if (bytes == MAX_CONSTANT_BYTES) {
            parts.add(start, bytes);
            start = at + i;
            bytes = 0;
          }
          int take = Math.min(MAX_CONSTANT_BYTES - bytes, count - i);
          bytes += take;
          i += take;
        }
      } else {
        for (int i = 0; i < count; ) {
          char c = chars[i];
          int width = 1;
          int size;
          if (c != 0 && c < 0x80) {
            size = 1;
          } else if (c < 0x800) {
            size = 2; // NUL too: modified UTF-8 writes it in two bytes
          } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(chars[i + 1])) {
            width = 2;
            size = 6; // each half in three bytes, never split apart
          } else {
            size = 3;
          }
          if (bytes + size > MAX_CONSTANT_BYTES) {
            parts.add(start, bytes);
            start = at + i;
            bytes = 0;
          }
          bytes += size;
          i += width;
        }
      }
      at = end;
    }
    if (start < length) {
      parts.add(start, bytes);
    }
    return parts.build();
  }

  private static final class PartsBuilder {
    private int[] starts = new int[8];
    private int[] sizes = new int[8];
    private int count;

    void add(int start, int size) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        sizes = Arrays.copyOf(sizes, count * 2);
      }
      starts[count] = start;
      sizes[count++] = size;
    }

    Parts build() {
      return new Parts(Arrays.copyOf(starts, count), Arrays.copyOf(sizes, count));
    }
  }

  /** Whether each of the first {@code count} chars is ASCII but NUL, one byte of modified UTF-8. */
  private static boolean oneByteEach(char[] chars, int count) {
    String segment = new String(chars, 0, count);
    // Both vectorised in the JDK: the UTF-8 of an ASCII string is a copy of its bytes.
    return segment.getBytes(StandardCharsets.UTF_8).length == count && segment.indexOf(0) < 0;
  }

  private static void getChars(CharSequence text, int from, int to, char[] target) {
    if (text instanceof String string) {
      string.getChars(from, to, target, 0);
    } else if (text instanceof DocumentText document) {
      document.getChars(from, to, target, 0);
    } else {
      for (int i = from; i < to; i++) {
        target[i - from] = text.charAt(i);
      }
    }
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
