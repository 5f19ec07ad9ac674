package dev.datasafety.processor.collect;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides whether a member's type is a {@code @UserData} type: directly, or as the element of an
 * array, a {@code Collection}, a {@code Map} value or an {@code Optional}, at any depth.
 */
public final class UserDataTypes {
  /** Deep enough for any real type; bounds the walk on adversarial generics. */
  private static final int MAX_DEPTH = 32;

  private final Types types;
  private final TypeMirror collection;
  private final TypeMirror map;
  private final TypeMirror optional;

  public UserDataTypes(Elements elements, Types types) {
    this.types = types;
    this.collection = erasureOf(elements, types, "java.util.Collection");
    this.map = erasureOf(elements, types, "java.util.Map");
    this.optional = erasureOf(elements, types, "java.util.Optional");
  }

  private static TypeMirror erasureOf(Elements elements, Types types, String name) {
    TypeElement element = elements.getTypeElement(name);
    return element == null ? null : types.erasure(element.asType());
  }

  /** Whether the type is, or contains as described above, a type annotated {@code @UserData}. */
  public boolean holdsUserData(TypeMirror type) {
    return holdsUserData(type, 0);
  }

  private boolean holdsUserData(TypeMirror type, int depth) {
    if (type == null || depth > MAX_DEPTH) {
      return false;
    }
    switch (type.getKind()) {
      case ARRAY:
        return holdsUserData(((ArrayType) type).getComponentType(), depth + 1);
      case TYPEVAR:
        return holdsUserData(((TypeVariable) type).getUpperBound(), depth + 1);
      case WILDCARD:
        return holdsUserData(((WildcardType) type).getExtendsBound(), depth + 1);
      case DECLARED:
        return declaredHoldsUserData((DeclaredType) type, depth);
      default:
        return false;
    }
  }

  private boolean declaredHoldsUserData(DeclaredType type, int depth) {
    Element element = type.asElement();
    if (Annotations.has(element, Annotations.USER_DATA)) {
      return true;
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (args.isEmpty()) {
      return false;
    }
    TypeMirror erased = types.erasure(type);
    if (isSubtype(erased, collection) || isSubtype(erased, optional)) {
      return holdsUserData(args.get(0), depth + 1);
    }
    if (isSubtype(erased, map) && args.size() == 2) {
      return holdsUserData(args.get(1), depth + 1);
    }
    return false;
  }

  private boolean isSubtype(TypeMirror type, TypeMirror target) {
    return target != null && type.getKind() != TypeKind.ERROR && types.isSubtype(type, target);
  }
}
