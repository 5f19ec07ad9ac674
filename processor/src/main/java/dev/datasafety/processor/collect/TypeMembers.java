package dev.datasafety.processor.collect;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The members that can hold data in a type, in declaration order: record components for records
 * (never again through their field, accessor or constructor parameter), fields for other types.
 * Only members the type declares: inherited fields belong to the class that declares them.
 */
public final class TypeMembers {
  private TypeMembers() {}

  /** A field or record component. */
  public record Member(Element element, TypeMirror type, boolean isStatic) {
    public String name() {
      return element.getSimpleName().toString();
    }
  }

  public static List<Member> of(TypeElement type) {
    List<Member> members = new ArrayList<>();
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    if (isRecord) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        members.add(new Member(component, component.asType(), false));
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
      // A record's instance fields are its components, already listed.
      if (isRecord && !isStatic) {
        continue;
      }
      members.add(new Member(field, field.asType(), isStatic));
    }
    return members;
  }
}
