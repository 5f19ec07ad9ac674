package dev.datasafety.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.datasafety.processor.collect.TypeMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds how code generated in a type's package reads one of its members: the record accessor,
 * else a getter ({@code getX()}, {@code isX()} for booleans, {@code x()}) returning the member's
 * type, else the field itself; each only when accessible from that package.
 */
final class MemberReader {
  private final Elements elements;
  private final Types types;

  MemberReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** How to read a member from {@code target}, or why it cannot be read. */
  record Access(Optional<CodeBlock> expression, String problem) {
    static Access of(CodeBlock expression) {
      return new Access(Optional.of(expression), "");
    }

    static Access unreadable(String problem) {
      return new Access(Optional.empty(), problem);
    }
  }

  /** Why generated code cannot name the type at all (private, local or anonymous), if so. */
  Optional<String> typeProblem(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return Optional.of("it is declared inside a method, so no other class can name it");
      }
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(t.equals(type) ? "it is private" : "its enclosing type " + t.getSimpleName() + " is private");
      }
    }
    return Optional.empty();
  }

  Access read(TypeElement type, TypeMembers.Member member, String target) {
    Element element = member.element();
    if (element instanceof RecordComponentElement component) {
      ExecutableElement accessor = component.getAccessor();
      String name = accessor == null ? member.name() : accessor.getSimpleName().toString();
      return Access.of(CodeBlock.of("$L.$N()", target, name));
    }
    for (String getter : getterNames(member)) {
      if (hasAccessibleGetter(type, getter, member.type())) {
        return Access.of(CodeBlock.of("$L.$N()", target, getter));
      }
    }
    if (!element.getModifiers().contains(Modifier.PRIVATE)) {
      return Access.of(CodeBlock.of("$L.$N", target, member.name()));
    }
    return Access.unreadable("the field is private and has no accessible getter returning "
        + member.type() + " (tried " + String.join("(), ", getterNames(member)) + "())");
  }

  private static List<String> getterNames(TypeMembers.Member member) {
    String name = member.name();
    String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    List<String> names = new ArrayList<>();
    if (isBoolean(member.type())) {
      names.add("is" + capitalized);
    }
    names.add("get" + capitalized);
    names.add(name);
    return names;
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
  }

  private boolean hasAccessibleGetter(TypeElement type, String name, TypeMirror memberType) {
    DeclaredType owner = (DeclaredType) type.asType();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getSimpleName().contentEquals(name)
          || !method.getParameters().isEmpty()
          || method.getModifiers().contains(Modifier.STATIC)
          || !accessibleFrom(method, packageOf(type))) {
        continue;
      }
      TypeMirror returned = ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, method)).getReturnType();
      if (types.isSameType(returned, memberType)) {
        return true;
      }
    }
    return false;
  }

  /** Public, or not private and declared in the same package (protected included: same package). */
  private boolean accessibleFrom(ExecutableElement method, PackageElement pkg) {
    Element declaring = method.getEnclosingElement();
    if (method.getModifiers().contains(Modifier.PRIVATE) || !(declaring instanceof TypeElement t)) {
      return false;
    }
    return method.getModifiers().contains(Modifier.PUBLIC) ? true : packageOf(t).equals(pkg);
  }

  private PackageElement packageOf(Element element) {
    return elements.getPackageOf(element);
  }
}
