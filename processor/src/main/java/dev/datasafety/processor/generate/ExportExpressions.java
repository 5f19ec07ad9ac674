package dev.datasafety.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.datasafety.processor.collect.Annotations;
import dev.datasafety.processor.collect.UserDataTypes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a member's value into its exported form. Values of {@code @UserData} types go through
 * their generated {@code export}; arrays, collections, map values and optionals of them through
 * {@code Exports}; anything else is exported as it is (raw). Follows the same shapes as
 * {@link UserDataTypes}, so what the checks accept as nested data is what export walks.
 */
final class ExportExpressions {
  private final Types types;
  private final UserDataTypes userDataTypes;
  private final TypeMirror collection;
  private final TypeMirror map;
  private final TypeMirror optional;

  ExportExpressions(Elements elements, Types types, UserDataTypes userDataTypes) {
    this.types = types;
    this.userDataTypes = userDataTypes;
    this.collection = erasure(elements, "java.util.Collection");
    this.map = erasure(elements, "java.util.Map");
    this.optional = erasure(elements, "java.util.Optional");
  }

  private TypeMirror erasure(Elements elements, String name) {
    TypeElement element = elements.getTypeElement(name);
    return element == null ? null : types.erasure(element.asType());
  }

  /** The export expression and the {@code @UserData} types whose generated classes it calls. */
  record Expression(CodeBlock code, Set<TypeElement> nestedTypes) {}

  Expression export(TypeMirror type, CodeBlock value) {
    Set<TypeElement> nested = new LinkedHashSet<>();
    return new Expression(convert(type, value, 0, nested), nested);
  }

  private CodeBlock convert(TypeMirror type, CodeBlock value, int depth, Set<TypeElement> nested) {
    if (!userDataTypes.holdsUserData(type)) {
      return value;
    }
    switch (type.getKind()) {
      case ARRAY:
        return each("array", value, ((ArrayType) type).getComponentType(), depth, nested);
      case TYPEVAR:
        return convert(((TypeVariable) type).getUpperBound(), value, depth, nested);
      case WILDCARD:
        return convert(((WildcardType) type).getExtendsBound(), value, depth, nested);
      case DECLARED:
        return declared((DeclaredType) type, value, depth, nested);
      default:
        return value;
    }
  }

  private CodeBlock declared(DeclaredType type, CodeBlock value, int depth, Set<TypeElement> nested) {
    TypeElement element = (TypeElement) type.asElement();
    if (Annotations.has(element, Annotations.USER_DATA)) {
      nested.add(element);
      return CodeBlock.of("$T.nested($L, $T::export)", RuntimeLiterals.EXPORTS, value, GeneratedNames.userDataClass(element));
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    TypeMirror erased = types.erasure(type);
    if (types.isSubtype(erased, optional)) {
      return each("optional", value, args.get(0), depth, nested);
    }
    if (types.isSubtype(erased, collection)) {
      return each("list", value, args.get(0), depth, nested);
    }
    return each("map", value, args.get(1), depth, nested);
  }

  /** {@code Exports.list(value, e0 -> ...)}: one lambda level per nesting depth, names never clash. */
  private CodeBlock each(String helper, CodeBlock value, TypeMirror elementType, int depth, Set<TypeElement> nested) {
    String parameter = "e" + depth;
    CodeBlock inner = convert(elementType, CodeBlock.of("$N", parameter), depth + 1, nested);
    return CodeBlock.of("$T.$N($L, $N -> $L)", RuntimeLiterals.EXPORTS, helper, value, parameter, inner);
  }
}
