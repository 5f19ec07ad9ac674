package bench.warm;

import com.sun.source.util.JavacTask;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one code base several times in ONE JVM with the same processor classes, printing the
 * processor's own CPU time (its stats note) per run. The first run is what a build pays (cold JVM:
 * the processor's code interpreted, then JIT-compiled while it runs); the later runs show what the
 * same work costs once compiled. The difference is JVM warm-up, not the processor's algorithm.
 *
 * <p>Usage: java -cp PROCESSOR_JAR:ANNOTATIONS_JAR WarmRuns.java SOURCES_TXT ANNOTATIONS_JAR RUNS
 */
public final class WarmRuns {
  public static void main(String[] args) throws Exception {
    List<String> files = Files.readAllLines(Path.of(args[0]));
    String annotationsJar = args[1];
    int runs = Integer.parseInt(args[2]);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Class<?> processorClass = Class.forName("dev.datasafety.processor.DataSafetyProcessor");
    for (int run = 1; run <= runs; run++) {
      Path out = Files.createTempDirectory("warm-runs");
      StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null);
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      JavacTask task = (JavacTask) javac.getTask(new StringWriter(), fileManager, diagnostics,
          List.of("-Adatasafety.stats=true", "-encoding", "UTF-8", "-cp", annotationsJar, "-d", out.toString()),
          null, fileManager.getJavaFileObjectsFromStrings(files));
      task.setProcessors(List.of((Processor) processorClass.getDeclaredConstructor().newInstance()));
      long start = System.nanoTime();
      boolean ok = task.call();
      long wallMs = (System.nanoTime() - start) / 1_000_000;
      String stats = diagnostics.getDiagnostics().stream()
          .map(d -> d.getMessage(null))
          .filter(m -> m.contains("datasafety:stats"))
          .findFirst()
          .orElse("no stats note");
      System.out.println("run " + run + (ok ? "" : " (javac failed)") + ": javac " + wallMs + " ms; " + stats);
    }
  }
}
