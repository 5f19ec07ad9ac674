package dev.datasafety.processor.collect;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Retention;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One datum of a holding type (declared by it, or inherited from a superclass that declares it),
 * with every element resolved (SPEC §3) and
 * the position each value came from. Lives for the final round only; across rounds the processor
 * keeps type names.
 */
public record DatumDeclaration(
    String id,
    TypeElement holder,
    TypeElement declaringType,
    Element member,
    AnnotationMirror annotation,
    String name,
    Resolved<String> description,
    Resolved<DataKind> kind,
    Resolved<List<Resolved<String>>> purposes,
    Resolved<String> retention,
    Resolved<Boolean> serverVisible,
    Resolved<Boolean> sensitive,
    Resolved<DataForm> form,
    Resolved<List<Resolved<String>>> reviews,
    Resolved<String> category,
    Resolved<List<Resolved<String>>> recipients,
    String group) {

  /**
   * How messages name the datum: {@code Field 'email' of com.acme.Account}, and for an inherited
   * one {@code Field 'firstName' of com.acme.Owner (declared in com.acme.Person)}.
   */
  public String describe() {
    String of = "Field '" + member.getSimpleName() + "' of " + holder.getQualifiedName();
    return isInherited() ? of + " (declared in " + declaringType.getQualifiedName() + ")" : of;
  }

  /** Whether the holder inherits it from a superclass. */
  public boolean isInherited() {
    return !holder.equals(declaringType);
  }

  public String memberName() {
    return member.getSimpleName().toString();
  }

  /**
   * The inventory's view of the datum, for one whose elements are all present (the rules check
   * that first; the metamodel skips others).
   *
   * @param isOptional whether a purpose id names a purpose the user can refuse
   */
  public DataItem toItem(Retention retention, Predicate<String> isOptional) {
    List<String> ids = purposeIds().stream().distinct().sorted().toList();
    return new DataItem(id, name, description.value(), kind.value(), form.value(), categoryId(), ids,
        recipientIds().stream().distinct().sorted().toList(), retention,
        serverVisible.value(), sensitive.value(), !ids.isEmpty() && ids.stream().allMatch(isOptional),
        reviews.value().stream().map(Resolved::value).toList(),
        new DataItem.Source(holder.getQualifiedName().toString(), memberName(), group));
  }

  public List<String> purposeIds() {
    return purposes.isPresent() ? purposes.value().stream().map(Resolved::value).toList() : List.of();
  }

  public List<String> recipientIds() {
    return recipients.value().stream().map(Resolved::value).toList();
  }

  /** The declared category id; empty when none is written at any level (or written empty). */
  public Optional<String> categoryId() {
    return category.isPresent() && !category.value().isBlank()
        ? Optional.of(category.value().strip())
        : Optional.empty();
  }
}
