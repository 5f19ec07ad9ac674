package dev.datasafety.processor.collect;

import dev.datasafety.DataController;
import dev.datasafety.NotUserData;
import dev.datasafety.Purpose;
import dev.datasafety.Purposes;
import dev.datasafety.Recipient;
import dev.datasafety.Recipients;
import dev.datasafety.UserData;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Reads the datasafety annotations through mirrors, never through reflection, so that values stay
 * attached to their source positions and broken code (missing types, non-constant values) reads
 * as "not written" instead of throwing.
 */
public final class Annotations {
  public static final String USER_DATA = UserData.class.getCanonicalName();
  public static final String NOT_USER_DATA = NotUserData.class.getCanonicalName();
  public static final String PURPOSE = Purpose.class.getCanonicalName();
  public static final String PURPOSES = Purposes.class.getCanonicalName();
  public static final String RECIPIENT = Recipient.class.getCanonicalName();
  public static final String RECIPIENTS = Recipients.class.getCanonicalName();
  public static final String DATA_CONTROLLER = DataController.class.getCanonicalName();

  private Annotations() {}

  public static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (isNamed(mirror, annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Compared as a Name: the check runs on every member of the compilation, and toString() copies. */
  private static boolean isNamed(AnnotationMirror mirror, String annotationName) {
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement t && t.getQualifiedName().contentEquals(annotationName);
  }

  public static boolean has(Element element, String annotationName) {
    return find(element, annotationName).isPresent();
  }

  /**
   * Every annotation of a repeatable type on the element, written directly or inside its container
   * ({@code @Purpose} and {@code @Purposes}, {@code @Recipient} and {@code @Recipients}).
   */
  public static List<AnnotationMirror> repeated(Element element, String annotationName, String containerName) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (name.equals(annotationName)) {
        found.add(mirror);
      } else if (name.equals(containerName)) {
        written(mirror, "value").flatMap(Annotations::asList).ifPresent(values -> {
          for (AnnotationValue v : values) {
            asAnnotation(v).ifPresent(found::add);
          }
        });
      }
    }
    return found;
  }

  /** The value of an element only when it is explicitly written in source, never its default. */
  /**
   * Every value written in the annotation, by element name, in one pass: javac builds a new map
   * for each {@code getElementValues()} call, so a reader of several elements asks once.
   */
  public static Map<String, AnnotationValue> writtenValues(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getValue() != null) {
        values.put(e.getKey().getSimpleName().toString(), e.getValue());
      }
    }
    return values;
  }

  public static Optional<AnnotationValue> written(AnnotationMirror mirror, String elementName) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(elementName)) {
        return Optional.ofNullable(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** A string element's value when written explicitly. */
  public static Optional<String> writtenString(AnnotationMirror mirror, String elementName) {
    return written(mirror, elementName).flatMap(Annotations::asString);
  }

  static String nameOf(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement t ? t.getQualifiedName().toString() : "";
  }

  public static Optional<String> asString(AnnotationValue value) {
    return Optional.ofNullable(value.accept(new SimpleAnnotationValueVisitor14<String, Void>() {
      @Override
      public String visitString(String s, Void unused) {
        return s;
      }
    }, null));
  }

  public static Optional<Boolean> asBoolean(AnnotationValue value) {
    return Optional.ofNullable(value.accept(new SimpleAnnotationValueVisitor14<Boolean, Void>() {
      @Override
      public Boolean visitBoolean(boolean b, Void unused) {
        return b;
      }
    }, null));
  }

  /** An enum constant by name, when the value is a constant of that enum. */
  public static <E extends Enum<E>> Optional<E> asEnum(AnnotationValue value, Class<E> type) {
    VariableElement constant = value.accept(new SimpleAnnotationValueVisitor14<VariableElement, Void>() {
      @Override
      public VariableElement visitEnumConstant(VariableElement c, Void unused) {
        return c;
      }
    }, null);
    if (constant == null) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (constant.getSimpleName().contentEquals(e.name())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The entries of an array value; a single value written without braces reads as one entry. */
  public static Optional<List<AnnotationValue>> asList(AnnotationValue value) {
    List<AnnotationValue> list = value.accept(new SimpleAnnotationValueVisitor14<List<AnnotationValue>, Void>() {
      @Override
      public List<AnnotationValue> visitArray(List<? extends AnnotationValue> values, Void unused) {
        return List.copyOf(values);
      }
    }, null);
    return Optional.ofNullable(list);
  }

  public static Optional<AnnotationMirror> asAnnotation(AnnotationValue value) {
    return Optional.ofNullable(value.accept(new SimpleAnnotationValueVisitor14<AnnotationMirror, Void>() {
      @Override
      public AnnotationMirror visitAnnotation(AnnotationMirror a, Void unused) {
        return a;
      }
    }, null));
  }
}
