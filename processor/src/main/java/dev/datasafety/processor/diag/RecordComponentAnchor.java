package dev.datasafety.processor.diag;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * javac (17 at least) has no source position for a record component, but the record's private
 * field is built from the same declaration and carries the same annotations. This moves a
 * position from a component to that field, down to the same annotation value and array entry.
 */
final class RecordComponentAnchor {
  private RecordComponentAnchor() {}

  static Position anchor(Position at) {
    Element element = at.element();
    if (element == null || element.getKind() != ElementKind.RECORD_COMPONENT) {
      return at;
    }
    Optional<VariableElement> field = ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())
        .stream()
        .filter(f -> f.getSimpleName().contentEquals(element.getSimpleName()))
        .findFirst();
    if (field.isEmpty()) {
      return at;
    }
    if (at.annotation() == null) {
      return Position.of(field.get());
    }
    Optional<AnnotationMirror> fieldAnnotation = field.get().getAnnotationMirrors().stream()
        .filter(m -> m.getAnnotationType().toString().equals(at.annotation().getAnnotationType().toString()))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
    if (fieldAnnotation.isEmpty()) {
      return Position.of(field.get());
    }
    if (at.value() == null) {
      return Position.of(field.get(), fieldAnnotation.get());
    }
    return Position.of(field.get(), fieldAnnotation.get(),
        sameValue(at.annotation(), at.value(), fieldAnnotation.get()).orElse(null));
  }

  /** The value of {@code target} at the same element name (and array index) as {@code value} in {@code source}. */
  private static Optional<AnnotationValue> sameValue(AnnotationMirror source, AnnotationValue value, AnnotationMirror target) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : source.getElementValues().entrySet()) {
      Optional<AnnotationValue> targetValue = valueOf(target, e.getKey());
      if (targetValue.isEmpty()) {
        continue;
      }
      if (e.getValue() == value) {
        return targetValue;
      }
      if (e.getValue().getValue() instanceof List<?> entries && targetValue.get().getValue() instanceof List<?> targets) {
        int index = indexOf(entries, value);
        if (index >= 0 && index < targets.size()) {
          return Optional.of((AnnotationValue) targets.get(index));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<AnnotationValue> valueOf(AnnotationMirror mirror, ExecutableElement key) {
    return mirror.getElementValues().entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals(key.getSimpleName()))
        .map(e -> (AnnotationValue) e.getValue())
        .findFirst();
  }

  private static int indexOf(List<?> entries, Object value) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == value) {
        return i;
      }
    }
    return -1;
  }
}
