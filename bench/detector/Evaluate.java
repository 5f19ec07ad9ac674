import dev.datasafety.processor.detect.DataTypeMatch;
import dev.datasafety.processor.detect.FieldFacts;
import dev.datasafety.processor.detect.PersonalDataClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs the personal-data classifier over the hand-labeled fields of labels.tsv and prints
 * precision, recall and the confusion counts (ambiguous rows excluded), then every false
 * positive and false negative so that the vocabulary can be tuned on principles, not on rows.
 *
 * <p>Usage (see evaluate.sh): java -cp PROCESSOR_CLASSES:JACKSON Evaluate.java labels.tsv [--quiet]
 */
public class Evaluate {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    boolean quiet = args.length > 1 && args[1].equals("--quiet");
    PersonalDataClassifier classifier = PersonalDataClassifier.load();
    int tp = 0, fp = 0, fn = 0, tn = 0, ambiguousFlagged = 0, ambiguous = 0;
    StringBuilder errors = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      String qualified = c[1];
      // Nested classes: the segments after the package, which start with a capital.
      List<String> classes = new java.util.ArrayList<>();
      for (String segment : qualified.split("\\.")) {
        if (Character.isUpperCase(segment.charAt(0))) classes.add(0, segment);
      }
      FieldFacts facts = new FieldFacts(c[2], c[3], Boolean.parseBoolean(c[4]), classes.get(0), false,
          classes.subList(1, classes.size()));
      Optional<DataTypeMatch> match = classifier.classify(facts);
      String label = c[5];
      String what = qualified + "#" + c[2] + " : " + c[3] + match.map(m -> "  -> " + m.dataType()).orElse("");
      switch (label) {
        case "personal" -> {
          if (match.isPresent()) tp++; else { fn++; errors.append("FN ").append(what).append('\n'); }
        }
        case "not-personal" -> {
          if (match.isPresent()) { fp++; errors.append("FP ").append(what).append('\n'); } else tn++;
        }
        case "ambiguous" -> { ambiguous++; if (match.isPresent()) ambiguousFlagged++; }
        default -> throw new IllegalArgumentException("unknown label " + label + " in " + line);
      }
    }
    if (!quiet) System.out.print(errors);
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    System.out.printf("rows %d: personal %d, not-personal %d, ambiguous %d (excluded; %d of them flagged)%n",
        lines.size() - 1, tp + fn, fp + tn, ambiguous, ambiguousFlagged);
    System.out.printf("confusion: TP %d  FP %d  FN %d  TN %d%n", tp, fp, fn, tn);
    System.out.printf("precision %.3f  recall %.3f%n", precision, recall);
  }
}
