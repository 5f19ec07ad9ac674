package dev.datasafety.processor.validate;

import dev.datasafety.processor.collect.Annotations;
import dev.datasafety.processor.collect.TypeMembers;
import dev.datasafety.processor.collect.UserDataTypes;
import dev.datasafety.processor.detect.DataTypeMatch;
import dev.datasafety.processor.detect.FieldFacts;
import dev.datasafety.processor.detect.PersonalDataClassifier;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.options.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * {@code undeclared-personal-data} (SPEC §6): a non-static field outside {@code @UserData} types
 * whose name, type and class look like personal data. Fields already accounted for are skipped:
 * declared data, {@code @NotUserData} members and members of {@code @NotUserData} types (nested
 * types included), and fields whose type is itself a {@code @UserData} type. Members of {@code
 * @UserData} types are left to {@code undeclared-field}.
 */
public final class UndeclaredPersonalDataRule {
  private final PersonalDataClassifier classifier;
  private final UserDataTypes userDataTypes;
  private final Diagnostic.Kind severity;
  private final Reporter reporter;

  private UndeclaredPersonalDataRule(
      PersonalDataClassifier classifier, UserDataTypes userDataTypes, Diagnostic.Kind severity, Reporter reporter) {
    this.classifier = classifier;
    this.userDataTypes = userDataTypes;
    this.severity = severity;
    this.reporter = reporter;
  }

  /** Checks every type compiled (top-level names, in a stable order) and the types nested in them. */
  public static void check(
      Iterable<String> rootTypes,
      Elements elements,
      UserDataTypes userDataTypes,
      PersonalDataClassifier classifier,
      Severity configured,
      Reporter reporter) {
    if (configured == Severity.OFF) {
      return;
    }
    Diagnostic.Kind severity = configured == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    UndeclaredPersonalDataRule rule = new UndeclaredPersonalDataRule(classifier, userDataTypes, severity, reporter);
    for (String name : rootTypes) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        rule.checkType(type, List.of(), false);
      }
    }
  }

  /**
   * @param outer the simple names of the enclosing types, innermost first
   * @param insideUserData whether an enclosing type is a {@code @UserData} type (context only)
   */
  private void checkType(TypeElement type, List<String> outer, boolean insideUserData) {
    if (Annotations.has(type, Annotations.NOT_USER_DATA)) {
      return; // silences the detector for all its members, nested types included
    }
    boolean isUserData = Annotations.has(type, Annotations.USER_DATA);
    if (!isUserData) {
      for (TypeMembers.Member member : TypeMembers.of(type)) {
        checkMember(type, member, outer, insideUserData);
      }
    }
    List<String> nestedOuter = new ArrayList<>(outer.size() + 1);
    nestedOuter.add(type.getSimpleName().toString());
    nestedOuter.addAll(outer);
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      checkType(nested, List.copyOf(nestedOuter), insideUserData || isUserData);
    }
  }

  private void checkMember(TypeElement type, TypeMembers.Member member, List<String> outer, boolean insideUserData) {
    Element element = member.element();
    if (member.isStatic()
        || Annotations.has(element, Annotations.USER_DATA)
        || Annotations.has(element, Annotations.NOT_USER_DATA)
        || member.type().getKind() == TypeKind.ERROR
        || userDataTypes.holdsUserData(member.type())) {
      return;
    }
    if (Reporter.isSuppressed(element, Message.UNDECLARED_PERSONAL_DATA)) {
      return; // checked here too, so that suppression also holds at severity error
    }
    FieldFacts facts = new FieldFacts(
        member.name(),
        erasedName(member.type()),
        isEnum(member.type()),
        type.getSimpleName().toString(),
        insideUserData,
        outer);
    Optional<DataTypeMatch> match = classifier.classify(facts);
    match.ifPresent(m -> reporter.report(Message.UNDECLARED_PERSONAL_DATA, severity, Position.of(element),
        Optional.of(m.dataType()), describe(element, type), m.label()));
  }

  private static String describe(Element member, TypeElement type) {
    String kind = member.getKind() == ElementKind.RECORD_COMPONENT ? "Record component" : "Field";
    return kind + " '" + member.getSimpleName() + "' of " + type.getQualifiedName();
  }

  /**
   * The erasure as the classifier's vocabulary spells types: {@code java.util.List}, {@code
   * long[]}, {@code int}; type annotations never show.
   */
  static String erasedName(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        return erasedName(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED:
        Element element = ((DeclaredType) type).asElement();
        return element instanceof TypeElement t ? t.getQualifiedName().toString() : element.getSimpleName().toString();
      case TYPEVAR:
        return erasedName(((TypeVariable) type).getUpperBound());
      default:
        return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(java.util.Locale.ROOT) : "java.lang.Object";
    }
  }

  private static boolean isEnum(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
  }
}
