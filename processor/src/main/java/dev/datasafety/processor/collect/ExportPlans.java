package dev.datasafety.processor.collect;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the run-time export of each data-holding type reads (SPEC §8): its declared data and its
 * members holding {@code @UserData} values, inherited ones included, never static or
 * {@code @NotUserData} ones. Only names: the run-time resolves each to an accessor or the field
 * of the class as it is loaded, so the plan does not depend on which processor adds accessors.
 */
public final class ExportPlans {
  private ExportPlans() {}

  /** One exported member, with the binary name of the class declaring it. */
  public record Member(String name, String declaringClass, boolean recordComponent) {}

  /** The members one type exports, under the type's binary name ({@code Class.getName()}). */
  public record Plan(String type, List<Member> members) {}

  public static Plan of(TypeElement type, Elements elements, UserDataTypes userDataTypes) {
    List<Member> members = new ArrayList<>();
    for (TypeMembers.Declared declared : TypeMembers.withInherited(type)) {
      TypeMembers.Member member = declared.member();
      boolean exported = !Annotations.has(member.element(), Annotations.NOT_USER_DATA)
          && (Annotations.has(member.element(), Annotations.USER_DATA) || userDataTypes.holdsUserData(member.type()));
      if (exported) {
        members.add(new Member(member.name(), elements.getBinaryName(declared.declaringType()).toString(),
            member.element().getKind() == ElementKind.RECORD_COMPONENT));
      }
    }
    return new Plan(elements.getBinaryName(type).toString(), List.copyOf(members));
  }
}
