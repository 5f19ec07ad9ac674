package dev.datasafety.processor.collect;

import dev.datasafety.Choice;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.model.Names;
import dev.datasafety.processor.model.PurposeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * A purpose declared with {@code @Purpose}, either in the sources being compiled (with a source
 * position) or in a dependency's inventory (position empty; {@code origin} names the dependency).
 */
public record PurposeDeclaration(PurposeInfo info, Optional<Source> source, String origin) {

  /** Where a purpose is written in the sources being compiled. */
  public record Source(Element holder, AnnotationMirror annotation) {}

  public String id() {
    return info.id();
  }

  /** The position of one of the annotation's values, else of the annotation; none for dependencies. */
  public Position at(String elementName) {
    if (source.isEmpty()) {
      return Position.none();
    }
    Source s = source.get();
    return Annotations.written(s.annotation(), elementName)
        .map(v -> Position.of(s.holder(), s.annotation(), v))
        .orElseGet(() -> Position.of(s.holder(), s.annotation()));
  }

  public static PurposeDeclaration fromDependency(PurposeInfo info, String dependency) {
    return new PurposeDeclaration(info, Optional.empty(), "the dependency inventory " + dependency);
  }

  /** Every {@code @Purpose} written on a type or package. */
  public static List<PurposeDeclaration> readAll(Element holder) {
    List<PurposeDeclaration> declarations = new ArrayList<>();
    for (AnnotationMirror mirror : Annotations.purposes(holder)) {
      declarations.add(read(holder, mirror));
    }
    return declarations;
  }

  private static PurposeDeclaration read(Element holder, AnnotationMirror mirror) {
    String id = string(mirror, "id").orElse("");
    String title = string(mirror, "title").filter(t -> !t.isBlank()).orElseGet(() -> Names.humanize(id));
    Choice choice = Annotations.written(mirror, "choice")
        .flatMap(v -> Annotations.asEnum(v, Choice.class))
        .orElse(Choice.REQUIRED);
    boolean experimental = Annotations.written(mirror, "experimental").flatMap(Annotations::asBoolean).orElse(false);
    PurposeInfo info = new PurposeInfo(
        id, title, string(mirror, "description").orElse(""), string(mirror, "userBenefit").orElse(""), choice, experimental);
    return new PurposeDeclaration(info, Optional.of(new Source(holder, mirror)), describe(holder));
  }

  private static Optional<String> string(AnnotationMirror mirror, String name) {
    return Annotations.written(mirror, name).flatMap(Annotations::asString);
  }

  /** Whether an element was written at all (javac reports a missing required element itself). */
  public boolean written(String elementName) {
    return source.isEmpty() || source.get().annotation().getElementValues().keySet().stream()
        .anyMatch(e -> e.getSimpleName().contentEquals(elementName));
  }

  static String describe(Element holder) {
    if (holder instanceof PackageElement p) {
      return "package " + p.getQualifiedName();
    }
    if (holder instanceof TypeElement t) {
      return t.getQualifiedName().toString();
    }
    return holder.getSimpleName().toString();
  }

}
