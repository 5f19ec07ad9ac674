package dev.datasafety.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * What the processor needs from javac's tree API: the file, line and column of a position (for
 * the report file), and positions javac's Messager cannot find by itself — the values of a
 * repeated annotation, which javac wraps in a container that has no tree of its own. Compilers
 * without the tree API (ECJ) simply give no location; the Messager positions messages itself.
 */
final class JavacTrees {
  private final Trees trees;
  private final Map<Element, CompilationUnitTree> units = new HashMap<>();
  private final Map<CompilationUnitTree, String> sources = new HashMap<>();

  private JavacTrees(Trees trees) {
    this.trees = trees;
  }

  static JavacTrees create(ProcessingEnvironment env) {
    try {
      return new JavacTrees(HostEnvironment.trees(env).orElse(null));
    } catch (LinkageError noTreeApi) {
      // A runtime without the jdk.compiler module (ECJ on a bare JRE).
      return new JavacTrees(null);
    }
  }

  /** Whether javac's tree API answers: false under ECJ, or behind a wrapper that hides javac. */
  boolean available() {
    return trees != null;
  }

  /** A tree and the file it is in. */
  record Located(Tree tree, CompilationUnitTree unit) {}

  /** Prints on a tree found by {@link #inRepeatedAnnotation}; false when there is none. */
  boolean printOnRepeatedAnnotation(Diagnostic.Kind kind, String text, Position at) {
    Optional<Located> located = inRepeatedAnnotation(at);
    located.ifPresent(l -> trees.printMessage(kind, text, l.tree(), l.unit()));
    return located.isPresent();
  }

  Optional<Finding.SourceLocation> locate(Position at) {
    if (trees == null || at.element() == null) {
      return Optional.empty();
    }
    try {
      Optional<Located> located = inRepeatedAnnotation(at).or(() -> viaJavac(at));
      if (located.isEmpty()) {
        return Optional.empty();
      }
      CompilationUnitTree unit = located.get().unit();
      long position = diagnosticPosition(unit, located.get().tree());
      if (position < 0) {
        return Optional.empty();
      }
      LineMap lines = unit.getLineMap();
      long line = lines.getLineNumber(position);
      // javac's Diagnostic counts a tab as one column; LineMap.getColumnNumber expands tabs to 8.
      long column = position - lines.getStartPosition(line) + 1;
      return Optional.of(new Finding.SourceLocation(unit.getSourceFile().toUri().toString(), line, column));
    } catch (RuntimeException | java.io.IOException treeApiFailure) {
      return Optional.empty();
    }
  }

  /**
   * Where javac itself reports a diagnostic on this tree: the name of a declared variable, method
   * or class (after its annotations, modifiers and type), else the start of the tree. The
   * position javac prefers is not public API, so the name is found in the source text after the
   * end of what precedes it.
   */
  private long diagnosticPosition(CompilationUnitTree unit, Tree tree) throws java.io.IOException {
    long start = trees.getSourcePositions().getStartPosition(unit, tree);
    String name;
    Tree before;
    if (tree instanceof VariableTree variable) {
      name = variable.getName().toString();
      before = variable.getType() != null ? variable.getType() : variable.getModifiers();
    } else if (tree instanceof MethodTree method) {
      name = method.getName().toString();
      before = method.getReturnType() != null ? method.getReturnType() : method.getModifiers();
    } else if (tree instanceof ClassTree type) {
      name = type.getSimpleName().toString();
      before = type.getModifiers();
    } else {
      return start;
    }
    long from = before == null ? -1 : trees.getSourcePositions().getEndPosition(unit, before);
    if (name.isEmpty() || start < 0) {
      return start;
    }
    int found = indexOfWord(sourceOf(unit), name, (int) Math.max(from, start));
    return found < 0 ? start : found;
  }

  /** The text of a file, once per file (a large file may hold hundreds of findings). */
  private String sourceOf(CompilationUnitTree unit) throws java.io.IOException {
    String text = sources.get(unit);
    if (text == null) {
      text = unit.getSourceFile().getCharContent(true).toString();
      sources.put(unit, text);
    }
    return text;
  }

  private static int indexOfWord(String text, String word, int from) {
    for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
      boolean startsWord = i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1));
      int end = i + word.length();
      boolean endsWord = end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
      if (startsWord && endsWord) {
        return i;
      }
    }
    return -1;
  }

  private Optional<Located> viaJavac(Position at) {
    Tree tree = at.annotation() == null
        ? trees.getTree(at.element())
        : at.value() == null
            ? trees.getTree(at.element(), at.annotation())
            : trees.getTree(at.element(), at.annotation(), at.value());
    if (tree == null && at.annotation() != null) {
      tree = trees.getTree(at.element());
    }
    CompilationUnitTree unit = tree == null ? null : unitOf(at.element());
    return unit == null ? Optional.empty() : Optional.of(new Located(tree, unit));
  }

  /**
   * The file of an element, through its top-level type (or package, or module), once per file:
   * {@code Trees.getPath} scans a file from its root to the element, which for each of hundreds
   * of findings in a large file cost more than all the detector's other work (stripe-java).
   */
  private CompilationUnitTree unitOf(Element element) {
    Element top = element;
    while (!(top instanceof PackageElement) && top.getEnclosingElement() != null
        && !(top.getEnclosingElement() instanceof PackageElement)) {
      top = top.getEnclosingElement();
    }
    return units.computeIfAbsent(top, t -> {
      TreePath path = trees.getPath(t);
      return path == null ? null : path.getCompilationUnit();
    });
  }

  /**
   * For an annotation that is not on the element itself but inside a container javac made for
   * repeated annotations: the k-th written annotation of its type, or its value's expression.
   */
  Optional<Located> inRepeatedAnnotation(Position at) {
    if (trees == null || at.element() == null || at.annotation() == null
        || at.element().getAnnotationMirrors().contains(at.annotation())) {
      return Optional.empty();
    }
    try {
      int index = indexInContainer(at.element(), at.annotation());
      TreePath path = trees.getPath(at.element());
      if (index < 0 || path == null) {
        return Optional.empty();
      }
      String typeName = ((TypeElement) at.annotation().getAnnotationType().asElement()).getSimpleName().toString();
      List<? extends AnnotationTree> written = annotationsOf(path.getLeaf()).stream()
          .filter(a -> simpleName(a.getAnnotationType()).equals(typeName))
          .toList();
      if (index >= written.size()) {
        return Optional.empty();
      }
      AnnotationTree annotation = written.get(index);
      Tree target = at.value() == null ? annotation : valueTree(annotation, at.annotation(), at.value()).orElse(annotation);
      return Optional.of(new Located(target, path.getCompilationUnit()));
    } catch (RuntimeException treeApiFailure) {
      return Optional.empty();
    }
  }

  private static int indexInContainer(Element element, AnnotationMirror inner) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue value : container.getElementValues().values()) {
        if (value.getValue() instanceof List<?> entries) {
          for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof AnnotationValue v && v.getValue() == inner) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static List<? extends AnnotationTree> annotationsOf(Tree tree) {
    if (tree instanceof ClassTree c) {
      return c.getModifiers().getAnnotations();
    }
    if (tree instanceof PackageTree p) {
      return p.getAnnotations();
    }
    if (tree instanceof VariableTree v) {
      return v.getModifiers().getAnnotations();
    }
    if (tree instanceof MethodTree m) {
      return m.getModifiers().getAnnotations();
    }
    if (tree instanceof CompilationUnitTree u && u.getPackage() != null) {
      return u.getPackage().getAnnotations();
    }
    return List.of();
  }

  /** The expression written for {@code value}, down to the array entry. */
  private static Optional<Tree> valueTree(AnnotationTree annotation, AnnotationMirror mirror, AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      Optional<ExpressionTree> expression = argument(annotation, e.getKey().getSimpleName().toString());
      if (expression.isEmpty()) {
        continue;
      }
      if (e.getValue() == value) {
        return Optional.of(expression.get());
      }
      if (e.getValue().getValue() instanceof List<?> entries && expression.get() instanceof NewArrayTree array
          && array.getInitializers() != null) {
        for (int i = 0; i < entries.size() && i < array.getInitializers().size(); i++) {
          if (entries.get(i) == value) {
            return Optional.of(array.getInitializers().get(i));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ExpressionTree> argument(AnnotationTree annotation, String name) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree id
          && id.getName().contentEquals(name)) {
        return Optional.of(assignment.getExpression());
      }
    }
    return Optional.empty();
  }

  private static String simpleName(Tree type) {
    String name = type.toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
