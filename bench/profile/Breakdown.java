import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads async-profiler's collapsed stacks of one javac (cpu time, every thread) and prints where
 * the processor's samples go, by stage, and what share of the whole process the compiler and GC
 * threads take. The stages are named by the first processor frame, from the root, that matches.
 *
 *   java bench/profile/Breakdown.java STACKS
 */
public class Breakdown {
  // Checked in this order: the first stage a stack passes through counts it.
  private static final List<String[]> STAGES = List.of(
      new String[] {"vocabulary load (detector words)", "detect/Vocabulary.load"},
      new String[] {"checks of declared data (TypeRules)", "validate/TypeRules.check"},
      new String[] {"  of which reading @UserData values (DatumReader.dataOf)", "collect/DatumReader.dataOf"},
      new String[] {"  of which datum rules (DatumRules)", "validate/DatumRules.check"},
      new String[] {"  of which possibly-sensitive (classifier)", "validate/PossiblySensitiveRule.check"},
      new String[] {"export plans (ExportPlans)", "collect/ExportPlans.of"},
      new String[] {"detector on every type (UndeclaredPersonalDataRule)", "validate/UndeclaredPersonalDataRule.check"},
      new String[] {"catalog (purposes, recipients)", "validate/CatalogRules.check"},
      new String[] {"writing outputs (InventoryWriter)", "inventory/InventoryWriter.write"},
      new String[] {"  of which the JSON document", "format/InventoryJson.document"},
      new String[] {"  of which the marker class", "format/ModuleMarker.writeClassFile"},
      new String[] {"rounds: collecting declarations", "collect/RoundCollector.collect"},
      new String[] {"rounds: generating DataSafetyInventory", "generate/CodeGenerator.generate"});

  public static void main(String[] args) throws IOException {
    long total = 0;
    long otherThreads = 0;
    long processor = 0;
    Map<String, Long> byStage = new LinkedHashMap<>();
    STAGES.forEach(s -> byStage.put(s[0], 0L));
    byStage.put("other processor work", 0L);
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      int space = line.lastIndexOf(' ');
      long n = Long.parseLong(line.substring(space + 1));
      String stack = line.substring(0, space);
      total += n;
      if (stack.startsWith("start_thread")) {
        otherThreads += n; // threads the JVM starts natively: JIT compilers, GC, VM; javac's own starts at Main.main
      }
      if (!stack.contains("dev/datasafety/processor/")) {
        continue;
      }
      processor += n;
      Set<String> frames = new HashSet<>();
      for (String frame : stack.split(";")) {
        int annotation = frame.indexOf("_[");
        frames.add((annotation < 0 ? frame : frame.substring(0, annotation)).replace("dev/datasafety/processor/", ""));
      }
      boolean top = false;
      for (String[] stage : STAGES) {
        boolean sub = stage[0].startsWith("  ");
        // A stage's method anywhere on the stack, its own time (the last frame) included.
        if (frames.contains(stage[1])) {
          if (!sub && top) {
            continue;
          }
          byStage.merge(stage[0], n, Long::sum);
          if (!sub) {
            top = true;
          }
        }
      }
      if (!top) {
        byStage.merge("other processor work", n, Long::sum);
      }
    }
    System.out.printf("samples: %d in all, %d (%.0f %%) on JIT compiler, GC and VM threads, %d (%.1f %%) in the processor%n",
        total, otherThreads, 100.0 * otherThreads / total, processor, 100.0 * processor / total);
    System.out.printf("%-60s %8s %8s%n", "processor stage", "samples", "share");
    for (Map.Entry<String, Long> e : byStage.entrySet()) {
      System.out.printf("%-60s %8d %7.1f %%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, processor));
    }
  }
}
