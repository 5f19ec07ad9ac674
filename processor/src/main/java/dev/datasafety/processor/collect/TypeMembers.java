package dev.datasafety.processor.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The members that can hold data in a type, in declaration order: record components for records
 * (never again through their field, accessor or constructor parameter), fields for other types.
 * {@link #of} lists the members a type declares; {@link #withInherited} adds those of its
 * superclasses (SPEC §3: a superclass field is a datum of each data-holding class inheriting it).
 */
public final class TypeMembers {
  private TypeMembers() {}

  /** A field or record component. */
  public record Member(Element element, TypeMirror type, boolean isStatic) {
    public String name() {
      return element.getSimpleName().toString();
    }
  }

  /** A member and the type that declares it: the type itself or one of its superclasses. */
  public record Declared(Member member, TypeElement declaringType) {
    public boolean isInherited(TypeElement holder) {
      return !declaringType.equals(holder);
    }
  }

  /**
   * The instance members of the type and of its superclasses, the topmost superclass's first, as
   * an object lays them out; a field hidden by one of a subclass is listed once, the subclass's.
   */
  public static List<Declared> withInherited(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclassOf(t)) {
      chain.add(0, t);
    }
    Map<String, Declared> byName = new LinkedHashMap<>();
    for (TypeElement t : chain) {
      for (Member member : of(t)) {
        if (!member.isStatic()) {
          byName.remove(member.name());
          byName.put(member.name(), new Declared(member, t));
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** The superclass, or null for {@code Object}, interfaces and superclasses javac cannot resolve. */
  public static TypeElement superclassOf(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
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
