package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.Annotations;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.DatumReader;
import dev.datasafety.processor.collect.TypeDeclaration;
import dev.datasafety.processor.collect.TypeDeclaration.MemberDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Checks how members of data-holding types are accounted for (undeclared-field, and the
 * contradictions of {@code @NotUserData}) and reads the declared data.
 */
public final class MemberRules {
  private MemberRules() {}

  /**
   * Checks the members the type declares and returns the data it holds, inherited ones included
   * ({@link DatumReader#dataOf}); members with contradicting annotations are not data.
   */
  public static List<DatumDeclaration> check(TypeDeclaration type, Predicate<TypeElement> fromSource, Reporter reporter) {
    Annotations.find(type.type(), Annotations.NOT_USER_DATA)
        .ifPresent(notUserData -> checkReason(type.type(), notUserData, reporter));
    if (type.isUserDataType() && Annotations.has(type.type(), Annotations.NOT_USER_DATA)) {
      reporter.report(Message.CONTRADICTION_TYPE_BOTH, Position.of(type.type(), type.userData().get()),
          type.type().getQualifiedName());
    }
    for (MemberDeclaration m : type.members()) {
      Element element = m.member().element();
      m.notUserData().ifPresent(notUserData -> checkReason(element, notUserData, reporter));
      if (m.userData().isPresent()) {
        AnnotationMirror userData = m.userData().get();
        if (m.notUserData().isPresent()) {
          reporter.report(Message.CONTRADICTION_MEMBER_BOTH, Position.of(element, userData), kindName(element),
              element.getSimpleName());
        } else if (m.member().isStatic()) {
          reporter.report(Message.CONTRADICTION_STATIC_FIELD, Position.of(element, userData), element.getSimpleName());
        }
        continue;
      }
      boolean accounted = m.member().isStatic()
          || m.notUserData().isPresent()
          || m.holdsUserDataType()
          // javac reports the unknown type itself; whether it holds user data cannot be known.
          || m.member().type().getKind() == TypeKind.ERROR;
      if (type.isUserDataType() && !accounted) {
        reporter.report(Message.UNDECLARED_FIELD, Position.of(element), kindName(element), element.getSimpleName(),
            type.type().getQualifiedName());
      }
    }
    return DatumReader.dataOf(type.type(), fromSource);
  }

  private static void checkReason(Element element, AnnotationMirror notUserData, Reporter reporter) {
    boolean blank = Annotations.written(notUserData, "value")
        .flatMap(Annotations::asString)
        .map(String::isBlank)
        .orElse(false);
    if (blank) {
      Position at = Annotations.written(notUserData, "value")
          .map(v -> Position.of(element, notUserData, v))
          .orElseGet(() -> Position.of(element, notUserData));
      reporter.report(Message.CONTRADICTION_BLANK_REASON, at, element.getSimpleName());
    }
  }

  private static String kindName(Element element) {
    return element.getKind() == ElementKind.RECORD_COMPONENT ? "Record component" : "Field";
  }
}
