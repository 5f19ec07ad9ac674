package dev.datasafety.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints messages from the {@link Message} catalog on the most precise position, applies warning
 * suppression, and keeps every finding for the report file and the error count.
 */
public final class Reporter {
  private static final String SUPPRESS_ALL = "datasafety";

  private final Messager messager;
  private final JavacTrees trees;
  private final String processorVersion;
  private final boolean locateFindings;
  private final List<Finding> findings = new ArrayList<>();
  private Set<String> baselined = Set.of();
  private int silencedByBaseline;
  private final Set<List<Object>> reported = new HashSet<>();
  private final Map<Message, Integer> errorsByMessage = new EnumMap<>(Message.class);
  private int errors;

  /**
   * @param locateFindings whether findings carry file, line and column: only the report file
   *     needs them, and finding a tree costs a scan of its compilation unit, so a build without
   *     a report does not pay for it on every warning
   */
  public Reporter(ProcessingEnvironment env, String processorVersion, boolean locateFindings) {
    this.messager = env.getMessager();
    this.trees = JavacTrees.create(env);
    this.processorVersion = processorVersion;
    this.locateFindings = locateFindings;
  }

  public void report(Message message, Position at, Object... args) {
    report(message, message.kind(), at, Optional.empty(), args);
  }

  /**
   * Detector findings whose fingerprint ({@link Finding#fingerprint}) is in this set are not
   * reported, at any severity: they were in the earlier report given as {@code
   * datasafety.findingsBaseline}.
   */
  public void silenceBaselined(Set<String> fingerprints) {
    baselined = Set.copyOf(fingerprints);
  }

  /** How many detector findings the findings baseline silenced. */
  public int silencedByBaseline() {
    return silencedByBaseline;
  }

  /**
   * Reports with an explicit severity (configurable checks) and, for detector findings, what was
   * recognised. Suppressed warnings and baselined detector findings are dropped here, so callers
   * need not check.
   */
  public void report(
      Message message, Diagnostic.Kind severity, Position at, Optional<Finding.Detection> detection, Object... args) {
    if (severity == Diagnostic.Kind.WARNING && message.suppressible() && isSuppressed(at.element(), message)) {
      return;
    }
    if (detection.isPresent() && !baselined.isEmpty() && at.element() != null
        && baselined.contains(Finding.fingerprint(message.key(), describe(at.element()), detection.get().category()))) {
      silencedByBaseline++;
      return;
    }
    String text = message.format(args);
    if (!reported.add(identity(message, at, text))) {
      return; // one problem, reported once: a value inherited by several data is wrong once
    }
    if (severity == Diagnostic.Kind.ERROR) {
      errors++;
      errorsByMessage.merge(message, 1, Integer::sum);
    }
    at = RecordComponentAnchor.anchor(at);
    print(severity, text, at);
    if (severity == Diagnostic.Kind.NOTE || severity == Diagnostic.Kind.OTHER) {
      return; // notes say how the build went; the report holds findings (errors and warnings)
    }
    Optional<Finding.SourceLocation> location = locateFindings ? trees.locate(at) : Optional.empty();
    findings.add(new Finding(message.key(), severity, text, location, describe(at.element()), detection));
  }

  /** Turns a bug into one diagnostic with its stack trace, and records it for the test hook. */
  public void internalError(Throwable t) {
    InternalErrors.record(t);
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    report(Message.INTERNAL_ERROR, Position.none(), processorVersion, trace);
  }

  /**
   * What makes two reports one problem: the same message about the same written value (whichever
   * datum inherits it), or the same text at the same place. A value is named by where it is
   * written in its annotation, not by the value object: ECJ's values compare by content, so
   * {@code serverVisible = true} and {@code sensitive = true} would otherwise be one.
   */
  private static List<Object> identity(Message message, Position at, String text) {
    Optional<List<Object>> value = at.valueKey();
    return Arrays.asList(message, at.element(), at.annotation(), value.orElse(null), value.isPresent() ? null : text);
  }

  public int errorCount() {
    return errors;
  }

  /** The errors reported with this message. */
  public int errorCount(Message message) {
    return errorsByMessage.getOrDefault(message, 0);
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * Whether {@code @SuppressWarnings("datasafety:KEY")} or {@code @SuppressWarnings("datasafety")}
   * is on the element or any element enclosing it.
   */
  public static boolean isSuppressed(Element element, Message message) {
    String specific = SUPPRESS_ALL + ":" + message.key();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      // The mirrors, not getAnnotation(SuppressWarnings.class): its proxy class is a start-up cost.
      for (AnnotationMirror annotation : e.getAnnotationMirrors()) {
        if (isSuppressWarnings(annotation) && suppresses(annotation, specific)) {
          return true;
        }
      }
      if (e.getKind() == ElementKind.PACKAGE) {
        break;
      }
    }
    return false;
  }

  private static boolean isSuppressWarnings(AnnotationMirror annotation) {
    return annotation.getAnnotationType().asElement() instanceof TypeElement type
        && type.getQualifiedName().contentEquals("java.lang.SuppressWarnings");
  }

  /** Whether the annotation's value names all of datasafety or {@code specific}, in array or single form. */
  private static boolean suppresses(AnnotationMirror suppressWarnings, String specific) {
    for (AnnotationValue value : suppressWarnings.getElementValues().values()) {
      List<?> names = value.getValue() instanceof List<?> list ? list : List.of(value);
      for (Object name : names) {
        Object text = name instanceof AnnotationValue v ? v.getValue() : name;
        if (SUPPRESS_ALL.equals(text) || specific.equals(text)) {
          return true;
        }
      }
    }
    return false;
  }

  private void print(Diagnostic.Kind severity, String text, Position at) {
    if (!trees.available()) {
      // javac finds an array entry's tree; other hosts (ECJ) only the element value's.
      at = at.atElementValue();
    }
    Element element = at.element();
    AnnotationMirror annotation = at.annotation();
    AnnotationValue value = at.value();
    if (element == null) {
      messager.printMessage(severity, text);
    } else if (trees.printOnRepeatedAnnotation(severity, text, at)) {
      return;
    } else if (annotation == null) {
      messager.printMessage(severity, text, element);
    } else if (value == null) {
      messager.printMessage(severity, text, element, annotation);
    } else {
      messager.printMessage(severity, text, element, annotation, value);
    }
  }

  /** {@code com.acme.Account#email} for members, the qualified name for types. */
  static String describe(Element element) {
    if (element == null) {
      return "";
    }
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    Element owner = element.getEnclosingElement();
    if (owner instanceof TypeElement type) {
      return type.getQualifiedName() + "#" + element.getSimpleName();
    }
    return element.getSimpleName().toString();
  }
}
