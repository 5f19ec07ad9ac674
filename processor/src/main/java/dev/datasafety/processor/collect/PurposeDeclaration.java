package dev.datasafety.processor.collect;

import dev.datasafety.Choice;
import dev.datasafety.LegalBasis;
import dev.datasafety.PurposeCategory;
import dev.datasafety.processor.model.IsoDate;
import dev.datasafety.processor.model.Names;
import dev.datasafety.processor.model.PurposeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A purpose declared with {@code @Purpose}, either in the sources being compiled (with a source
 * position) or in a dependency's inventory (position empty; {@code origin} names the dependency).
 * {@code expiresText} is {@code expires} as written, so that a value that is not a date can be
 * reported; {@code info().expires()} holds it parsed.
 */
public record PurposeDeclaration(PurposeInfo info, Optional<DeclarationSite> source, String origin, String expiresText)
    implements Declaration<PurposeInfo> {

  @Override
  public String id() {
    return info.id();
  }

  public static PurposeDeclaration fromDependency(PurposeInfo info, String dependency) {
    return new PurposeDeclaration(info, Optional.empty(), Declaration.dependencyOrigin(dependency),
        info.expires().map(LocalDate::toString).orElse(""));
  }

  /** Every {@code @Purpose} written on a type or package. */
  public static List<PurposeDeclaration> readAll(Element holder) {
    return Annotations.repeated(holder, Annotations.PURPOSE, Annotations.PURPOSES).stream()
        .map(mirror -> read(holder, mirror))
        .toList();
  }

  private static PurposeDeclaration read(Element holder, AnnotationMirror mirror) {
    String id = Annotations.writtenString(mirror, "id").orElse("");
    String title = Annotations.writtenString(mirror, "title")
        .filter(t -> !t.isBlank())
        .orElseGet(() -> Names.humanize(id));
    Choice choice = Annotations.written(mirror, "choice")
        .flatMap(v -> Annotations.asEnum(v, Choice.class))
        .orElse(Choice.REQUIRED);
    boolean experimental = Annotations.written(mirror, "experimental").flatMap(Annotations::asBoolean).orElse(false);
    PurposeCategory category = Annotations.written(mirror, "category")
        .flatMap(v -> Annotations.asEnum(v, PurposeCategory.class))
        .orElse(PurposeCategory.UNSPECIFIED);
    LegalBasis legalBasis = Annotations.written(mirror, "legalBasis")
        .flatMap(v -> Annotations.asEnum(v, LegalBasis.class))
        .orElse(LegalBasis.UNSPECIFIED);
    String expires = Annotations.writtenString(mirror, "expires").orElse("");
    PurposeInfo info = new PurposeInfo(id, title, Annotations.writtenString(mirror, "description").orElse(""),
        Annotations.writtenString(mirror, "userBenefit").orElse(""), choice, experimental, category, legalBasis,
        IsoDate.parse(expires));
    DeclarationSite site = new DeclarationSite(holder, mirror);
    return new PurposeDeclaration(info, Optional.of(site), site.describe(), expires);
  }
}
