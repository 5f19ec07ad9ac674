package dev.datasafety.processor.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A type of the sources being compiled that holds data: annotated {@code @UserData}, or declaring
 * {@code @UserData} members. Lists every member with what accounts for it.
 */
public record TypeDeclaration(TypeElement type, Optional<AnnotationMirror> userData, List<MemberDeclaration> members) {

  /** A field or record component and the annotations or type that account for it. */
  public record MemberDeclaration(
      TypeMembers.Member member,
      Optional<AnnotationMirror> userData,
      Optional<AnnotationMirror> notUserData,
      boolean holdsUserDataType) {}

  public boolean isUserDataType() {
    return userData.isPresent();
  }

  public static TypeDeclaration read(TypeElement type, UserDataTypes userDataTypes) {
    List<MemberDeclaration> members = new ArrayList<>();
    for (TypeMembers.Member member : TypeMembers.of(type)) {
      members.add(new MemberDeclaration(
          member,
          Annotations.find(member.element(), Annotations.USER_DATA),
          Annotations.find(member.element(), Annotations.NOT_USER_DATA),
          userDataTypes.holdsUserData(member.type())));
    }
    return new TypeDeclaration(type, Annotations.find(type, Annotations.USER_DATA), List.copyOf(members));
  }
}
