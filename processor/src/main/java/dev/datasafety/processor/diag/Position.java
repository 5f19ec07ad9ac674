package dev.datasafety.processor.diag;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

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

  /**
   * This position with an array entry replaced by the whole value of its annotation element
   * ({@code purposes = {...}}), for compilers whose Messager positions only values it handed out
   * itself: ECJ places a message on an element's value, but on the annotation for an array entry.
   * ECJ creates new value objects on every call, so entries are compared by equality there.
   */
  Position atElementValue() {
    if (annotation == null || value == null) {
      return this;
    }
    for (AnnotationValue written : annotation.getElementValues().values()) {
      if (written == value) {
        return this;
      }
    }
    for (AnnotationValue written : annotation.getElementValues().values()) {
      if (written.getValue() instanceof List<?> entries
          && (entries.stream().anyMatch(e -> e == value) || entries.contains(value))) {
        return new Position(element, annotation, written);
      }
    }
    return this;
  }

  /** No source element: option errors and the like. */
  public static Position none() {
    return new Position(null, null, null);
  }
}
