package dev.datasafety.processor.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The marker class a module's build writes so that modules depending on it find its inventory.
 * {@code Filer.getResource(CLASS_PATH, ...)} finds only the first jar holding a given resource
 * name, so each module writes its inventory under a unique name, and an empty class of the same
 * name in one well-known package points to it: listing that package finds every dependency.
 *
 * <p>The marker is written as a class file through {@code Filer.createResource} in the last round,
 * beside the inventory, not generated as a source: javac starts a new round for every generated
 * source or class file and re-enters all compilation units for it, which costs more than all the
 * processor's own work on a large module.
 */
public record ModuleMarker(String simpleName) {
  public static final String PACKAGE = "dev.datasafety.modules";
  /**
   * Beside the marker class, in a folder whose every name is a Java identifier: javac's
   * {@code Filer.getResource(CLASS_PATH, ...)} does not see files under {@code META-INF/} inside
   * jars, which is how dependencies usually arrive.
   */
  public static final String RESOURCE_FOLDER = PACKAGE.replace('.', '/') + "/";

  /** The marker's constant naming the module's generated inventory class. */
  public static final String INVENTORY_CLASS_FIELD = "INVENTORY_CLASS";

  private static final Pattern NAME = Pattern.compile("Inventory_[0-9a-f]{20}");

  /**
   * Names the marker after what the module declares, so that the name is the same in every build
   * of the same sources and differs between modules.
   */
  public static ModuleMarker forDeclarations(Collection<String> declarationNames) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      declarationNames.stream().sorted().distinct().forEach(n -> {
        sha.update(n.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      });
      return new ModuleMarker("Inventory_" + HexFormat.of().formatHex(sha.digest(), 0, 10));
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(impossible);
    }
  }

  /** The marker a class of {@link #PACKAGE} is, when its name has the form this processor writes. */
  public static Optional<ModuleMarker> of(TypeElement type) {
    String name = type.getSimpleName().toString();
    return NAME.matcher(name).matches() ? Optional.of(new ModuleMarker(name)) : Optional.empty();
  }

  public String qualifiedName() {
    return PACKAGE + "." + simpleName;
  }

  /** Where the module's own inventory is written in the class output: beside the marker, named like it. */
  public String resourcePath() {
    return RESOURCE_FOLDER + simpleName + ".json";
  }

  /**
   * Beside the marker: the module's declarations ({@code RoundCollector.declarations()}), one a
   * line, so that a later compilation of only some of the module's sources (Maven with
   * {@code useIncrementalCompilation=false}) finds the declarations of the sources it does not
   * recompile, in their class files.
   */
  public String declarationsPath() {
    return RESOURCE_FOLDER + simpleName + ".declarations";
  }

  /** The marker's file name in {@link #PACKAGE}. */
  public String classFileName() {
    return simpleName + ".class";
  }

  /**
   * The bytes of {@code public final class dev.datasafety.modules.Inventory_…} with one constant,
   * {@value #INVENTORY_CLASS_FIELD}: the module's generated inventory class, which the run-time
   * export of a depending module initialises to read this module's objects. Java 8 class file
   * version so that every JDK reads it. The same name and constant give the same bytes.
   */
  public byte[] classFile(String inventoryClass) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        qualifiedName().replace('.', '/'), null, "java/lang/Object", null);
    writer.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, INVENTORY_CLASS_FIELD,
        "Ljava/lang/String;", null, inventoryClass).visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
