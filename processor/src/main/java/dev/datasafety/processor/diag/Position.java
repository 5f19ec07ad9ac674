package dev.datasafety.processor.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where a message points: an element, optionally one of its annotations, optionally one value of
 * that annotation (down to the array entry). The most precise one available is used.
 */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {

  public static Position of(Element element) {
    return new Position(element, null, null);
  }

  public static Position of(Element element, AnnotationMirror annotation) {
    return new Position(element, annotation, null);
  }

  public static Position of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new Position(element, annotation, value);
  }

  /** Where a value is written in its annotation: the element's name, and the array index or -1 for the whole value. */
  private record Written(String element, int index, AnnotationValue whole) {}

  /**
   * Every place in the annotation where the value is written, found by identity (javac hands out
   * the same value objects on every read) or, when none is identical, by equality: ECJ makes new
   * value objects on every read, equal when their content is.
   */
  private List<Written> written() {
    List<Written> byIdentity = new ArrayList<>();
    List<Written> byContent = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
      String name = e.getKey().getSimpleName().toString();
      AnnotationValue whole = e.getValue();
      collect(whole, value, new Written(name, -1, whole), byIdentity, byContent);
      if (whole.getValue() instanceof List<?> entries) {
        for (int i = 0; i < entries.size(); i++) {
          collect(entries.get(i), value, new Written(name, i, whole), byIdentity, byContent);
        }
      }
    }
    return byIdentity.isEmpty() ? byContent : byIdentity;
  }

  private static void collect(Object candidate, AnnotationValue value, Written at, List<Written> byIdentity,
      List<Written> byContent) {
    if (candidate == value) {
      byIdentity.add(at);
    } else if (value.equals(candidate)) {
      byContent.add(at);
    }
  }

  /**
   * This position with an array entry replaced by the whole value of its annotation element
   * ({@code purposes = {...}}), for compilers whose Messager positions only whole element values:
   * ECJ places a message on an element's value, but on the annotation for an array entry.
   */
  Position atElementValue() {
    if (annotation == null || value == null) {
      return this;
    }
    List<Written> written = written();
    return written.isEmpty() || written.get(0).index() < 0 ? this : new Position(element, annotation, written.get(0).whole());
  }

  /**
   * What tells this position's value apart from the other values of its annotation: the element
   * name and array index it is written at. Empty without a value, or when equal values are
   * written at several places and the host's value objects cannot say which one this is (ECJ).
   */
  Optional<List<Object>> valueKey() {
    if (annotation == null || value == null) {
      return Optional.empty();
    }
    List<Written> written = written();
    return written.size() == 1
        ? Optional.of(List.of(written.get(0).element(), written.get(0).index()))
        : Optional.empty();
  }

  /** No source element: option errors and the like. */
  public static Position none() {
    return new Position(null, null, null);
  }
}
