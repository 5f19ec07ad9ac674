package dev.datasafety.processor.export;

/**
 * A fact an export needs and the inventory does not hold, on the datum, purpose or recipient with
 * that id, or on the application (no {@code @DataController}; the id is empty).
 *
 * @param element the annotation element that would hold it ({@code category}), where the error points;
 *     empty for a fact no element holds
 * @param fact what is missing, as a phrase ("a category")
 * @param fix how to declare it, as a sentence
 */
public record MissingFact(Subject subject, String id, String element, String fact, String fix) {

  /** What lacks the fact; the processor positions the error on its declaration. */
  public enum Subject { DATUM, PURPOSE, RECIPIENT, APPLICATION }

  public static MissingFact datum(String id, String element, String fact, String fix) {
    return new MissingFact(Subject.DATUM, id, element, fact, fix);
  }

  public static MissingFact purpose(String id, String element, String fact, String fix) {
    return new MissingFact(Subject.PURPOSE, id, element, fact, fix);
  }

  public static MissingFact recipient(String id, String element, String fact, String fix) {
    return new MissingFact(Subject.RECIPIENT, id, element, fact, fix);
  }

  public static MissingFact application(String fact, String fix) {
    return new MissingFact(Subject.APPLICATION, "", "", fact, fix);
  }
}
