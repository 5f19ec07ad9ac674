import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the processor's SARIF report against the hand labels: a labelled field is "flagged" when
 * the report has an undeclared-personal-data result for it (properties.member = class#field, or
 * class#getField for a getter of a getters-only type). Prints, per code base and in total, the
 * confusion counts, precision and recall (ambiguous rows excluded), separately for the code bases
 * used for tuning and for those held out (codebases.tsv).
 *
 * <p>While tuning, only the tuning code bases are scored and only their errors printed: the
 * held-out figures are printed with --final, and their errors with --final --explain, once the
 * detector is frozen, to say why a held-out figure misses its target. A code base whose errors
 * were read and then tuned on is a tuning code base from then on (codebases.tsv).
 *
 * <p>Usage: java -cp JACKSON ScoreSarif.java labels.tsv codebases.tsv report.sarif [--quiet] [--final [--explain]]
 */
public class ScoreSarif {
  static final class Counts {
    int tp, fp, fn, tn, ambiguous;

    void add(Counts o) {
      tp += o.tp; fp += o.fp; fn += o.fn; tn += o.tn; ambiguous += o.ambiguous;
    }

    String row(String name) {
      return String.format("| %s | %d | %d | %d | %d | %d | %s | %s |", name, tp + fn, fp + tn, tp, fp, fn,
          ratio(tp, tp + fp), ratio(tp, tp + fn));
    }

    static String ratio(int a, int b) {
      return b == 0 ? "n/a" : String.format("%.3f", a / (double) b);
    }
  }

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    Map<String, String[]> codeBases = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[1])).subList(1, Files.readAllLines(Path.of(args[1])).size())) {
      String[] c = line.split("\t");
      codeBases.put(c[0], c);
    }
    JsonNode log = new ObjectMapper().readTree(Path.of(args[2]).toFile());
    List<String> flags = List.of(args).subList(3, args.length);
    boolean quiet = flags.contains("--quiet");
    boolean fin = flags.contains("--final");
    boolean explain = fin && flags.contains("--explain");
    Map<String, String> flagged = new HashMap<>();
    int findings = 0;
    for (JsonNode result : log.path("runs").get(0).path("results")) {
      if (result.path("ruleId").asText().equals("undeclared-personal-data")) {
        findings++;
        String member = result.path("properties").path("member").asText();
        flagged.put(property(member), result.path("properties").path("category").asText());
      }
    }
    Map<String, Counts> perCodeBase = new LinkedHashMap<>();
    codeBases.keySet().forEach(a -> perCodeBase.put(a, new Counts()));
    StringBuilder errors = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      String[] codeBase = codeBases.get(c[0]);
      if (codeBase == null) {
        throw new IllegalArgumentException("code base " + c[0] + " is not in " + args[1]);
      }
      boolean tuning = codeBase[3].equals("tuning");
      if (!tuning && !fin) {
        continue;
      }
      Counts counts = perCodeBase.get(c[0]);
      String member = c[1] + "#" + c[2];
      String category = flagged.get(member);
      switch (c[5]) {
        case "personal" -> {
          if (category != null) counts.tp++;
          else { counts.fn++; if (tuning || explain) errors.append("FN ").append(member).append(" : ").append(c[3]).append('\n'); }
        }
        case "not-personal" -> {
          if (category != null) { counts.fp++; if (tuning || explain) errors.append("FP ").append(member).append(" -> ").append(category).append('\n'); }
          else counts.tn++;
        }
        case "ambiguous" -> counts.ambiguous++;
        default -> throw new IllegalArgumentException("unknown label " + c[5] + " in " + line);
      }
    }
    if (!quiet) System.out.print(errors);
    System.out.printf("undeclared-personal-data findings in the report: %d%n%n", findings);
    System.out.println("| code base | domain | role | personal | not personal | ambiguous (excluded) | TP | FP | FN | precision | recall |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    Map<String, Counts> totals = new LinkedHashMap<>();
    for (Map.Entry<String, Counts> e : perCodeBase.entrySet()) {
      String[] cb = codeBases.get(e.getKey());
      if (!cb[3].equals("tuning") && !fin) continue;
      Counts k = e.getValue();
      System.out.println(k.row(cb[1] + " | " + cb[2] + " | " + cb[3]).replaceFirst("\\| (\\d+) \\| (\\d+) \\|",
          "| $1 | $2 | " + k.ambiguous + " |"));
      totals.computeIfAbsent(cb[3], r -> new Counts()).add(k);
    }
    for (Map.Entry<String, Counts> e : totals.entrySet()) {
      Counts k = e.getValue();
      System.out.println(k.row("**all " + e.getKey() + "** | | ").replaceFirst("\\| (\\d+) \\| (\\d+) \\|",
          "| $1 | $2 | " + k.ambiguous + " |"));
    }
  }

  /** {@code a.B#getEmail} and {@code a.B#isActive} as the property the labels name. */
  static String property(String member) {
    int hash = member.indexOf('#');
    String name = member.substring(hash + 1);
    for (String prefix : new String[] {"get", "is"}) {
      if (name.length() > prefix.length() && name.startsWith(prefix) && Character.isUpperCase(name.charAt(prefix.length()))) {
        return member.substring(0, hash + 1) + Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
      }
    }
    return member;
  }
}
