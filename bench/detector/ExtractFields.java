import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Lists the non-static fields of the given classes (qualified names, nested with '$' or '.'),
 * parsing the sources without compiling them, as rows of the labels file with an empty label:
 * artifact, class, field, type (erasure, qualified as far as imports tell), enum, label, note.
 *
 * <p>Usage: java ExtractFields.java ARTIFACT SOURCE_DIR CLASS... > rows.tsv (CLASS may end with
 * ".*" for every top-level class of a package, or be "Outer" to include nested classes).
 */
public class ExtractFields {
  public static void main(String[] args) throws IOException {
    String artifact = args[0];
    Path root = Path.of(args[1]);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
    List<Path> sources = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (args[i].endsWith("/")) { // a package folder: every source file under it
        try (Stream<Path> walk = Files.walk(root.resolve(args[i]))) {
          walk.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
              .sorted().forEach(sources::add);
        }
        continue;
      }
      String top = args[i].split("\\$")[0];
      sources.add(root.resolve(top.replace('.', '/') + ".java"));
    }
    JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
        files.getJavaFileObjectsFromPaths(sources));
    for (CompilationUnitTree unit : task.parse()) {
      String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
      Map<String, String> imports = new HashMap<>();
      for (ImportTree imp : unit.getImports()) {
        String name = imp.getQualifiedIdentifier().toString();
        imports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
      new TreePathScanner<Void, String>() {
        @Override public Void visitClass(ClassTree c, String outer) {
          String name = outer == null ? pkg + "." + c.getSimpleName() : outer + "." + c.getSimpleName();
          for (Tree member : c.getMembers()) {
            if (member instanceof VariableTree v
                && !v.getModifiers().getFlags().contains(Modifier.STATIC)
                && c.getKind() != Tree.Kind.INTERFACE && c.getKind() != Tree.Kind.ENUM) {
              String type = qualify(erase(v.getType().toString()), imports, pkg);
              System.out.println(String.join("\t", artifact, name, v.getName().toString(),
                  type, Boolean.toString(isEnum(root, type)), "", ""));
            } else if (member instanceof MethodTree m && c.getKind() == Tree.Kind.INTERFACE
                && m.getBody() == null && m.getParameters().isEmpty()
                && !m.getModifiers().getFlags().contains(Modifier.STATIC)
                && !m.getModifiers().getFlags().contains(Modifier.DEFAULT)
                && property(m.getName().toString()) != null && !m.getReturnType().toString().equals("void")) {
              // A getters-only type (an API interface): each getter is a property.
              String type = qualify(erase(m.getReturnType().toString()), imports, pkg);
              System.out.println(String.join("\t", artifact, name, property(m.getName().toString()),
                  type, Boolean.toString(isEnum(root, type)), "", ""));
            } else if (member instanceof ClassTree nested) {
              visitClass(nested, name);
            }
          }
          return null;
        }
      }.scan(unit, null);
    }
  }

  /** The property a getter reads ({@code getEmail} gives email, {@code isActive} active), or null. */
  static String property(String method) {
    String rest = method.startsWith("get") ? method.substring(3) : method.startsWith("is") ? method.substring(2) : "";
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return null;
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /** Whether the type's source file (a top-level or nested class of the artifact) declares it an enum. */
  static boolean isEnum(Path root, String qualified) {
    String type = qualified.replace("[]", "");
    String simple = type.substring(type.lastIndexOf('.') + 1);
    for (String top = type; top.contains("."); top = top.substring(0, top.lastIndexOf('.'))) {
      Path file = root.resolve(top.replace('.', '/') + ".java");
      if (Files.isRegularFile(file)) {
        try {
          return java.util.regex.Pattern.compile("\\benum\\s+" + simple + "\\b").matcher(Files.readString(file)).find();
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }

  static String erase(String type) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char ch : type.toCharArray()) {
      if (ch == '<') depth++;
      else if (ch == '>') depth--;
      else if (depth == 0 && !Character.isWhitespace(ch) && ch != '@') out.append(ch);
    }
    return out.toString();
  }

  static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "short", "int", "long", "float", "double", "char");
  static final Set<String> JAVA_LANG = Set.of("String", "Boolean", "Byte", "Short", "Integer", "Long",
      "Float", "Double", "Character", "Object", "Number", "CharSequence", "StringBuilder");

  static String qualify(String type, Map<String, String> imports, String pkg) {
    String arrays = type.substring(type.replace("[]", "").length());
    String base = type.replace("[]", "");
    if (PRIMITIVES.contains(base)) return type;
    if (base.contains(".") && Character.isLowerCase(base.charAt(0))) return type;
    String head = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
    String rest = base.substring(head.length());
    if (imports.containsKey(head)) return imports.get(head) + rest + arrays;
    if (JAVA_LANG.contains(head)) return "java.lang." + head + rest + arrays;
    return pkg + "." + base + arrays; // same package or nested: good enough for a label file
  }
}
