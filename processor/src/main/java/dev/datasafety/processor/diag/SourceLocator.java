package dev.datasafety.processor.diag;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Resolves a {@link Position} to file, line and column through javac's tree API, for the report
 * file. Compilers without that API (or elements from class files) simply give no location.
 */
final class SourceLocator {
  private final Trees trees;

  private SourceLocator(Trees trees) {
    this.trees = trees;
  }

  static SourceLocator create(ProcessingEnvironment env) {
    try {
      return new SourceLocator(Trees.instance(env));
    } catch (RuntimeException | LinkageError notJavac) {
      return new SourceLocator(null);
    }
  }

  Optional<Finding.SourceLocation> locate(Position at) {
    if (trees == null || at.element() == null) {
      return Optional.empty();
    }
    try {
      TreePath path = at.annotation() == null
          ? trees.getPath(at.element())
          : at.value() == null
              ? trees.getPath(at.element(), at.annotation())
              : trees.getPath(at.element(), at.annotation(), at.value());
      if (path == null && at.annotation() != null) {
        path = trees.getPath(at.element());
      }
      if (path == null) {
        return Optional.empty();
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      SourcePositions positions = trees.getSourcePositions();
      long start = positions.getStartPosition(unit, path.getLeaf());
      if (start < 0) {
        return Optional.empty();
      }
      LineMap lines = unit.getLineMap();
      return Optional.of(new Finding.SourceLocation(
          unit.getSourceFile().toUri().toString(), lines.getLineNumber(start), lines.getColumnNumber(start)));
    } catch (RuntimeException treeApiFailure) {
      return Optional.empty();
    }
  }
}
