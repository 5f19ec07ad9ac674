package dev.datasafety.processor;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.tools.DiagnosticListener;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.impl.CompilerOptions;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The Eclipse compiler as compile-testing can drive it. ECJ compiles the sources a processor
 * generates by reading them back from disk under the name their file object gives, which
 * compile-testing's in-memory files do not have: each generated source is also written to a
 * folder under {@code target/}, and named by its path there. Everything else is ECJ unchanged.
 */
final class EclipseCompilerHost implements JavaCompiler {
  /** ECJ's switch that silences "Unsupported @SuppressWarnings" (and unnecessary ones). */
  static final String IGNORE_FOREIGN_SUPPRESSION_TOKENS = "-warn:-warningToken";

  private final EclipseCompiler ecj = new EclipseCompiler();
  private final Path generated;

  EclipseCompilerHost(Path root) {
    try {
      generated = Files.createTempDirectory(Files.createDirectories(root), "generated");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public CompilationTask getTask(Writer out, JavaFileManager fileManager, DiagnosticListener<? super JavaFileObject> listener,
      Iterable<String> options, Iterable<String> classes, Iterable<? extends JavaFileObject> units) {
    List<String> all = new ArrayList<>();
    // ECJ targets its own latest Java by default; the tests load what it compiles into this JVM.
    String level = String.valueOf(Math.min(Runtime.version().feature(), Integer.parseInt(CompilerOptions.getLatestVersion())));
    all.addAll(List.of("-source", level, "-target", level));
    options.forEach(all::add);
    return ecj.getTask(out, new GeneratedSourcesOnDisk(fileManager), listener, all, classes, units);
  }

  @Override
  public StandardJavaFileManager getStandardFileManager(DiagnosticListener<? super JavaFileObject> listener,
      Locale locale, Charset charset) {
    return ecj.getStandardFileManager(listener, locale, charset);
  }

  @Override
  public int run(java.io.InputStream in, OutputStream out, OutputStream err, String... arguments) {
    return ecj.run(in, out, err, arguments);
  }

  @Override
  public Set<SourceVersion> getSourceVersions() {
    return ecj.getSourceVersions();
  }

  @Override
  public int isSupportedOption(String option) {
    return ecj.isSupportedOption(option);
  }

  private final class GeneratedSourcesOnDisk extends ForwardingJavaFileManager<JavaFileManager> {
    GeneratedSourcesOnDisk(JavaFileManager inMemory) {
      super(inMemory);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) throws IOException {
      JavaFileObject inMemory = super.getJavaFileForOutput(location, className, kind, sibling);
      return kind == JavaFileObject.Kind.SOURCE
          ? new AlsoOnDisk(inMemory, generated.resolve(className.replace('.', '/') + ".java"))
          : inMemory;
    }
  }

  /** A generated source written both where compile-testing reads it and where ECJ does. */
  private static final class AlsoOnDisk extends ForwardingJavaFileObject<JavaFileObject> {
    private final Path disk;

    AlsoOnDisk(JavaFileObject inMemory, Path disk) {
      super(inMemory);
      this.disk = disk;
    }

    @Override
    public String getName() {
      return disk.toString();
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      Files.createDirectories(disk.getParent());
      OutputStream copy = Files.newOutputStream(disk);
      return new FilterOutputStream(super.openOutputStream()) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          copy.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          copy.write(b);
        }

        @Override
        public void close() throws IOException {
          try (copy) {
            super.close();
          }
        }
      };
    }

    @Override
    public Writer openWriter() throws IOException {
      return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }
  }
}
