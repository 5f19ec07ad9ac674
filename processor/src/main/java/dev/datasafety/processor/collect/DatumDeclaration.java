package dev.datasafety.processor.collect;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Retention;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
    // Loops, not streams: this runs once per datum of the module, mostly before the JIT has warmed up.
    List<String> ids = sortedDistinct(purposes.isPresent() ? purposes.value() : List.of());
    boolean optional = !ids.isEmpty();
    for (String purpose : ids) {
      if (!isOptional.test(purpose)) {
        optional = false;
        break;
      }
    }
    return new DataItem(id, name, description.value(), kind.value(), form.value(), categoryId(), ids,
        sortedDistinct(recipients.value()), retention, serverVisible.value(), sensitive.value(), optional,
        values(reviews.value()), new DataItem.Source(holder.getQualifiedName().toString(), memberName(), group));
  }

  public List<String> purposeIds() {
    return purposes.isPresent() ? values(purposes.value()) : List.of();
  }

  public List<String> recipientIds() {
    return values(recipients.value());
  }

  private static List<String> values(List<Resolved<String>> entries) {
    String[] values = new String[entries.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = entries.get(i).value();
    }
    return List.of(values);
  }

  private static List<String> sortedDistinct(List<Resolved<String>> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    if (entries.size() == 1) {
      return List.of(entries.get(0).value()); // most data name one purpose: no set to build
    }
    TreeSet<String> values = new TreeSet<>();
    for (Resolved<String> entry : entries) {
      values.add(entry.value());
    }
    return List.copyOf(values);
  }

  /** The declared category id; empty when none is written at any level (or written empty). */
  public Optional<String> categoryId() {
    return category.isPresent() && !category.value().isBlank()
        ? Optional.of(category.value().strip())
        : Optional.empty();
  }
}
