import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the processor's SARIF report against the hand labels: a labeled field is "flagged" when
 * the report has an undeclared-personal-data result for it (properties.member = class#field).
 * Prints precision, recall and the confusion counts (ambiguous rows excluded), and the errors.
 *
 * <p>Usage: java -cp JACKSON ScoreSarif.java labels.tsv report.sarif [--quiet]
 */
public class ScoreSarif {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    JsonNode log = new ObjectMapper().readTree(Path.of(args[1]).toFile());
    boolean quiet = args.length > 2 && args[2].equals("--quiet");
    Map<String, String> flagged = new HashMap<>();
    int findings = 0;
    for (JsonNode result : log.path("runs").get(0).path("results")) {
      if (result.path("ruleId").asText().equals("undeclared-personal-data")) {
        findings++;
        flagged.put(result.path("properties").path("member").asText(), result.path("properties").path("dataType").asText());
      }
    }
    int tp = 0, fp = 0, fn = 0, tn = 0, ambiguous = 0;
    StringBuilder errors = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      String member = c[1] + "#" + c[2];
      String type = flagged.get(member);
      switch (c[5]) {
        case "personal" -> { if (type != null) tp++; else { fn++; errors.append("FN ").append(member).append('\n'); } }
        case "not-personal" -> { if (type != null) { fp++; errors.append("FP ").append(member).append(" -> ").append(type).append('\n'); } else tn++; }
        default -> ambiguous++;
      }
    }
    if (!quiet) System.out.print(errors);
    System.out.printf("undeclared-personal-data findings in the report: %d%n", findings);
    System.out.printf("labeled rows: personal %d, not-personal %d, ambiguous %d (excluded)%n", tp + fn, fp + tn, ambiguous);
    System.out.printf("confusion: TP %d  FP %d  FN %d  TN %d%n", tp, fp, fn, tn);
    System.out.printf("precision %.3f  recall %.3f%n", tp / (double) (tp + fp), tp / (double) (tp + fn));
  }
}
