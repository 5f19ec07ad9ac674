package dev.datasafety.processor.diag;

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

  /** No source element: option errors and the like. */
  public static Position none() {
    return new Position(null, null, null);
  }
}
