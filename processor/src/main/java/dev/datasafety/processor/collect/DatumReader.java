package dev.datasafety.processor.collect;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Resolves the elements of one {@code @UserData} member (SPEC §3): the value written on the
 * member, else on the nearest enclosing type that writes it (declaring type, then outer types),
 * else the annotation's default where it has one. "Written" means explicitly present in source.
 */
public final class DatumReader {
  private DatumReader() {}

  public static DatumDeclaration read(TypeElement declaringType, Element member, AnnotationMirror annotation) {
    List<Level> chain = chain(member, annotation, declaringType);
    Position onMember = Position.of(member, annotation);
    String name = written(annotation, "name")
        .flatMap(Annotations::asString)
        .filter(s -> !s.isBlank())
        .orElseGet(() -> Names.humanize(member.getSimpleName().toString()));
    // name and description describe this datum: never inherited.
    Resolved<String> description = resolve(List.of(chain.get(0)), "description", Annotations::asString, null, onMember);
    return new DatumDeclaration(
        DataItem.idOf(declaringType.getQualifiedName().toString(), member.getSimpleName().toString()),
        declaringType,
        member,
        annotation,
        name,
        description,
        resolve(chain, "kind", v -> Annotations.asEnum(v, DataKind.class), null, onMember),
        resolveAt(chain, "purposes", DatumReader::stringEntries, null, onMember),
        resolve(chain, "retention", Annotations::asString, null, onMember),
        resolve(chain, "serverVisible", Annotations::asBoolean, true, onMember),
        resolve(chain, "sensitive", Annotations::asBoolean, false, onMember),
        resolve(chain, "form", v -> Annotations.asEnum(v, DataForm.class), DataForm.RAW, onMember),
        resolveAt(chain, "reviews", DatumReader::stringEntries, List.of(), onMember),
        resolve(chain, "category", Annotations::asString, null, onMember),
        resolveAt(chain, "recipients", DatumReader::stringEntries, List.of(), onMember),
        groupOf(declaringType));
  }

  /** The user-facing group of a type's data: its type-level name, else one derived from its simple name. */
  public static String groupOf(TypeElement type) {
    return Annotations.find(type, Annotations.USER_DATA)
        .flatMap(m -> written(m, "name"))
        .flatMap(Annotations::asString)
        .filter(s -> !s.isBlank())
        .orElseGet(() -> Names.humanize(type.getSimpleName().toString()));
  }

  /** One level of the resolution chain: an element and its {@code @UserData}. */
  private record Level(Element element, AnnotationMirror annotation) {}

  private static List<Level> chain(Element member, AnnotationMirror annotation, TypeElement declaringType) {
    List<Level> chain = new ArrayList<>();
    chain.add(new Level(member, annotation));
    for (Element e = declaringType; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        Annotations.find(type, Annotations.USER_DATA).ifPresent(m -> chain.add(new Level(type, m)));
      } else if (e instanceof PackageElement || e instanceof ModuleElement) {
        break;
      }
      // Methods and initializers enclosing a local class are passed through to its outer type.
    }
    return chain;
  }

  /** Converts a written value; gets its level so that array entries can carry their own position. */
  private interface Converter<T> {
    Optional<T> convert(AnnotationValue value, Level level);
  }

  private static <T> Resolved<T> resolve(
      List<Level> chain, String elementName, Function<AnnotationValue, Optional<T>> convert, T fallback, Position onMember) {
    return resolveAt(chain, elementName, (value, level) -> convert.apply(value), fallback, onMember);
  }

  private static <T> Resolved<T> resolveAt(
      List<Level> chain, String elementName, Converter<T> convert, T fallback, Position onMember) {
    for (Level level : chain) {
      Optional<AnnotationValue> value = written(level.annotation(), elementName);
      if (value.isPresent()) {
        Optional<T> converted = convert.convert(value.get(), level);
        if (converted.isPresent()) {
          return Resolved.written(converted.get(), Position.of(level.element(), level.annotation(), value.get()));
        }
      }
    }
    return Resolved.fallback(fallback, onMember);
  }

  private static Optional<AnnotationValue> written(AnnotationMirror mirror, String name) {
    return Annotations.written(mirror, name);
  }

  /** Array entries with their own positions, so a message can point at the offending entry. */
  private static Optional<List<Resolved<String>>> stringEntries(AnnotationValue array, Level level) {
    return Annotations.asList(array).map(values -> {
      List<Resolved<String>> entries = new ArrayList<>();
      for (AnnotationValue v : values) {
        Annotations.asString(v).ifPresent(
            s -> entries.add(Resolved.written(s, Position.of(level.element(), level.annotation(), v))));
      }
      return entries;
    });
  }
}
