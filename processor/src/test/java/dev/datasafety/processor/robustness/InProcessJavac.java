package dev.datasafety.processor.robustness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * javac in this JVM for thousands of small compilations: one compiler and one standard file
 * manager (its class path and JDK indexes are built once), a fresh in-memory output per
 * compilation. Unlike compile-testing, it also gives the generated files of a failed compilation,
 * which is where an adversarial program's half-written inventory would show.
 */
final class InProcessJavac {
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager standard;

  /** What one compilation produced. {@code success} is javac's verdict. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Map<String, byte[]> outputs, String otherOutput) {

    /** A file written to the class output, by its path ({@code META-INF/...}). */
    Optional<String> classOutput(String path) {
      byte[] bytes = outputs.get(CLASS_OUTPUT_PREFIX + path);
      return Optional.ofNullable(bytes).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The paths of the class output, relative to it. */
    List<String> classOutputPaths() {
      return outputs.keySet().stream().filter(k -> k.startsWith(CLASS_OUTPUT_PREFIX))
          .map(k -> k.substring(CLASS_OUTPUT_PREFIX.length())).toList();
    }

    /** Whether a diagnostic is about a file a processor generated (never one of the sources). */
    static boolean aboutGeneratedFile(Diagnostic<? extends JavaFileObject> diagnostic) {
      return diagnostic.getSource() != null
          && diagnostic.getSource().toUri().toString().startsWith("mem:///" + StandardLocation.SOURCE_OUTPUT.getName());
    }

    /**
     * A class loader over the class output: the compiled classes and the resources written beside
     * them. Its parent gives the annotations and the run-time package, as an application's would.
     */
    ClassLoader classLoader(ClassLoader parent) {
      return new MemoryClassLoader(parent, outputs);
    }
  }

  private static final String CLASS_OUTPUT_PREFIX = StandardLocation.CLASS_OUTPUT.getName() + "/";

  /** Defines classes and serves resources from a compilation's class output, kept in memory. */
  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> outputs;

    MemoryClassLoader(ClassLoader parent, Map<String, byte[]> outputs) {
      super("in-process-javac", parent);
      this.outputs = outputs;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = outputs.get(CLASS_OUTPUT_PREFIX + name.replace('.', '/') + ".class");
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      byte[] bytes = outputs.get(CLASS_OUTPUT_PREFIX + name);
      return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }
  }

  InProcessJavac(List<File> classPath) {
    standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      standard.setLocation(StandardLocation.CLASS_PATH, classPath);
      // Never written to (outputs stay in memory); set so that nothing could land in the working directory.
      File nowhere = Files.createTempDirectory("in-process-javac").toFile();
      nowhere.deleteOnExit();
      standard.setLocation(StandardLocation.CLASS_OUTPUT, List.of(nowhere));
      standard.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(nowhere));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** javac with the jar or folder holding {@code type} (the annotations) on the class path. */
  static InProcessJavac withClassPathOf(Class<?> type) {
    try {
      return new InProcessJavac(List.of(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI())));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JavaFileObject source(String path, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  /** Compiles; an exception thrown by a processor propagates (javac wraps it). */
  Result compile(List<JavaFileObject> sources, List<String> options, Processor processor) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    MemoryOutputs outputs = new MemoryOutputs(standard);
    StringWriter other = new StringWriter();
    JavaCompiler.CompilationTask task = javac.getTask(other, outputs, diagnostics, options, null, sources);
    task.setProcessors(List.of(processor));
    boolean success = task.call();
    return new Result(success, diagnostics.getDiagnostics(), outputs.contents(), other.toString());
  }

  /** Keeps every output file in memory, by "LOCATION/path". */
  private static final class MemoryOutputs extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, MemoryFile> files = new TreeMap<>();

    MemoryOutputs(StandardJavaFileManager standard) {
      super(standard);
    }

    Map<String, byte[]> contents() {
      Map<String, byte[]> out = new TreeMap<>();
      files.forEach((k, v) -> out.put(k, v.bytes.toByteArray()));
      return out;
    }

    private static boolean isOutput(JavaFileManager.Location location) {
      return location == StandardLocation.CLASS_OUTPUT || location == StandardLocation.SOURCE_OUTPUT;
    }

    @Override
    public boolean hasLocation(JavaFileManager.Location location) {
      return isOutput(location) || super.hasLocation(location);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location, String className,
        JavaFileObject.Kind kind, FileObject sibling) throws IOException {
      if (!isOutput(location)) {
        return super.getJavaFileForOutput(location, className, kind, sibling);
      }
      return create(location.getName() + "/" + className.replace('.', '/') + kind.extension, kind);
    }

    @Override
    public FileObject getFileForOutput(JavaFileManager.Location location, String packageName,
        String relativeName, FileObject sibling) throws IOException {
      if (!isOutput(location)) {
        return super.getFileForOutput(location, packageName, relativeName, sibling);
      }
      return create(key(location, packageName, relativeName), JavaFileObject.Kind.OTHER);
    }

    @Override
    public FileObject getFileForInput(JavaFileManager.Location location, String packageName, String relativeName)
        throws IOException {
      if (!isOutput(location)) {
        return super.getFileForInput(location, packageName, relativeName);
      }
      return files.get(key(location, packageName, relativeName));
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      if (a instanceof MemoryFile || b instanceof MemoryFile) {
        return a.toUri().equals(b.toUri());
      }
      return super.isSameFile(a, b);
    }

    @Override
    public String inferBinaryName(JavaFileManager.Location location, JavaFileObject file) {
      if (file instanceof MemoryFile memory) {
        String path = memory.key.substring(memory.key.indexOf('/') + 1);
        return path.substring(0, path.length() - memory.getKind().extension.length()).replace('/', '.');
      }
      return super.inferBinaryName(location, file);
    }

    private static String key(JavaFileManager.Location location, String packageName, String relativeName) {
      String pkg = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
      return location.getName() + "/" + pkg + relativeName;
    }

    private MemoryFile create(String key, JavaFileObject.Kind kind) {
      MemoryFile file = new MemoryFile(key, kind);
      files.put(key, file);
      return file;
    }
  }

  private static final class MemoryFile extends SimpleJavaFileObject {
    final String key;
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    MemoryFile(String key, JavaFileObject.Kind kind) {
      super(URI.create("mem:///" + key), kind);
      this.key = key;
    }

    @Override
    public OutputStream openOutputStream() {
      bytes.reset();
      return bytes;
    }

    @Override
    public java.io.Writer openWriter() {
      return new java.io.OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    public InputStream openInputStream() {
      return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
  }
}
