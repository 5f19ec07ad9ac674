package dev.datasafety.processor.collect;

import dev.datasafety.RecipientRole;
import dev.datasafety.processor.model.RecipientInfo;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** A recipient declared with {@code @Recipient}, in the sources being compiled or in a dependency's inventory. */
public record RecipientDeclaration(RecipientInfo info, Optional<DeclarationSite> source, String origin)
    implements Declaration<RecipientInfo> {

  @Override
  public String id() {
    return info.id();
  }

  public static RecipientDeclaration fromDependency(RecipientInfo info, String dependency) {
    return new RecipientDeclaration(info, Optional.empty(), Declaration.dependencyOrigin(dependency));
  }

  /** Every {@code @Recipient} written on a type or package. */
  public static List<RecipientDeclaration> readAll(Element holder) {
    return Annotations.repeated(holder, Annotations.RECIPIENT, Annotations.RECIPIENTS).stream()
        .map(mirror -> read(holder, mirror))
        .toList();
  }

  private static RecipientDeclaration read(Element holder, AnnotationMirror mirror) {
    // role has no default: javac reports it missing; the role that protects least stands in meanwhile.
    RecipientRole role = Annotations.written(mirror, "role")
        .flatMap(v -> Annotations.asEnum(v, RecipientRole.class))
        .orElse(RecipientRole.THIRD_PARTY);
    List<String> domains = Annotations.written(mirror, "domains")
        .flatMap(Annotations::asList)
        .map(values -> values.stream().flatMap(v -> Annotations.asString(v).stream()).toList())
        .orElse(List.of());
    RecipientInfo info = new RecipientInfo(
        Annotations.writtenString(mirror, "id").orElse(""),
        Annotations.writtenString(mirror, "name").orElse(""),
        role,
        Annotations.writtenString(mirror, "country").filter(c -> !c.isEmpty()),
        domains);
    DeclarationSite site = new DeclarationSite(holder, mirror);
    return new RecipientDeclaration(info, Optional.of(site), site.describe());
  }
}
