package dev.datasafety.processor.collect;

import dev.datasafety.processor.model.ControllerInfo;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** The {@code @DataController} of a type or package of the sources, or of a dependency's inventory. */
public record ControllerDeclaration(ControllerInfo info, Optional<DeclarationSite> source, String origin)
    implements Declaration<ControllerInfo> {

  /** There is one controller per application; the name identifies it in messages. */
  @Override
  public String id() {
    return info.name();
  }

  public static ControllerDeclaration fromDependency(ControllerInfo info, String dependency) {
    return new ControllerDeclaration(info, Optional.empty(), Declaration.dependencyOrigin(dependency));
  }

  public static Optional<ControllerDeclaration> read(Element holder) {
    return Annotations.find(holder, Annotations.DATA_CONTROLLER).map(mirror -> {
      ControllerInfo info = new ControllerInfo(
          Annotations.writtenString(mirror, "name").orElse(""),
          Annotations.writtenString(mirror, "contact").orElse(""),
          nonEmpty(mirror, "dpo"),
          nonEmpty(mirror, "privacyPolicyUrl"),
          nonEmpty(mirror, "accountDeletionUrl"),
          nonEmpty(mirror, "dataDeletionUrl"),
          Annotations.written(mirror, "encryptedInTransit").flatMap(Annotations::asBoolean).orElse(true));
      DeclarationSite site = new DeclarationSite(holder, mirror);
      return new ControllerDeclaration(info, Optional.of(site), site.describe());
    });
  }

  private static Optional<String> nonEmpty(AnnotationMirror mirror, String name) {
    return Annotations.writtenString(mirror, name).filter(s -> !s.isBlank());
  }
}
