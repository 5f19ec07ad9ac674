package dev.datasafety.processor.collect;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One datum declared in the sources being compiled, with every element resolved (SPEC §3) and
 * the position each value came from. Lives for the final round only; across rounds the processor
 * keeps type names.
 */
public record DatumDeclaration(
    String id,
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

  /** How messages name the datum: {@code Field 'email' of com.acme.Account}. */
  public String describe() {
    return "Field '" + member.getSimpleName() + "' of " + declaringType.getQualifiedName();
  }

  public String memberName() {
    return member.getSimpleName().toString();
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
