package dev.datasafety.processor.collect;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Resolves the elements of one {@code @UserData} member (SPEC §3): the value written on the
 * member, else on the nearest type that writes it (the holding type, its superclasses, then the
 * holding type's outer types), else the annotation's default where it has one. "Written" means explicitly present in source.
 */
public final class DatumReader {
  private DatumReader() {}

  /**
   * The data a type holds (SPEC §3): its own {@code @UserData} members and, for a class that can
   * have instances, those it inherits, each identified by this type. An abstract class holds no
   * data of its own. Static members and members annotated both ways are not data (the member
   * rules report them).
   *
   * @param fromSource whether a type is compiled now: positions in other types' class files are
   *     re-anchored on the holder, where a message can be shown
   */
  public static List<DatumDeclaration> dataOf(TypeElement holder, Predicate<TypeElement> fromSource) {
    boolean concrete = !holder.getModifiers().contains(Modifier.ABSTRACT)
        && (holder.getKind() == ElementKind.CLASS || holder.getKind() == ElementKind.RECORD
            || holder.getKind() == ElementKind.ENUM);
    if (!concrete) {
      return List.of(); // its data are checked where a concrete class inherits them
    }
    List<DatumDeclaration> data = new ArrayList<>();
    Holder read = null; // read once for all the holder's data
    for (TypeMembers.Declared declared : TypeMembers.withInherited(holder)) {
      Element member = declared.member().element();
      Optional<AnnotationMirror> userData = Annotations.find(member, Annotations.USER_DATA);
      if (userData.isEmpty() || declared.member().isStatic() || Annotations.has(member, Annotations.NOT_USER_DATA)) {
        continue;
      }
      boolean anchorOnHolder = declared.isInherited(holder) && !fromSource.test(outermost(declared.declaringType()));
      if (read == null) {
        read = Holder.of(holder);
      }
      data.add(read(read, declared, userData.get(), anchorOnHolder));
    }
    return data;
  }

  /**
   * What every datum of one holder shares: the levels it resolves through after its member, where
   * a message about the holder points, and the group of its data.
   */
  private record Holder(TypeElement type, List<Level> chain, Position position, String group) {
    static Holder of(TypeElement holder) {
      Optional<AnnotationMirror> annotation = Annotations.find(holder, Annotations.USER_DATA);
      return new Holder(holder, holderChain(holder),
          annotation.map(a -> Position.of(holder, a)).orElseGet(() -> Position.of(holder)), groupOf(holder));
    }
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement outer = type;
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
      outer = t;
    }
    return outer;
  }

  private static DatumDeclaration read(Holder read, TypeMembers.Declared declared, AnnotationMirror annotation,
      boolean anchorOnHolder) {
    TypeElement holder = read.type();
    List<Level> holderChain = read.chain();
    Element member = declared.member().element();
    Position onHolder = read.position();
    // A datum inherited lacks what its holder must write: say so on the holder.
    Position onMember = declared.isInherited(holder) ? onHolder : Position.of(member, annotation);
    UnaryOperator<Position> anchor = anchorOnHolder ? p -> onHolder : UnaryOperator.identity();
    List<Level> chain = new ArrayList<>(holderChain.size() + 1);
    chain.add(new Level(member, annotation, Annotations.writtenValues(annotation)));
    chain.addAll(holderChain);
    String name = Optional.ofNullable(chain.get(0).values().get("name"))
        .flatMap(Annotations::asString)
        .filter(s -> !s.isBlank())
        .orElseGet(() -> Names.humanize(member.getSimpleName().toString()));
    // name and description describe this datum: never inherited.
    Resolved<String> description = resolve(List.of(chain.get(0)), "description", Annotations::asString, null, onMember,
        anchor);
    return new DatumDeclaration(
        DataItem.idOf(holder.getQualifiedName().toString(), member.getSimpleName().toString()),
        holder,
        declared.declaringType(),
        member,
        annotation,
        name,
        description,
        resolve(chain, "kind", v -> Annotations.asEnum(v, DataKind.class), null, onMember, anchor),
        resolveAt(chain, "purposes", DatumReader::stringEntries, null, onMember, anchor),
        resolve(chain, "retention", Annotations::asString, null, onMember, anchor),
        resolve(chain, "serverVisible", Annotations::asBoolean, true, onMember, anchor),
        resolve(chain, "sensitive", Annotations::asBoolean, false, onMember, anchor),
        resolve(chain, "form", v -> Annotations.asEnum(v, DataForm.class), DataForm.RAW, onMember, anchor),
        resolveAt(chain, "reviews", DatumReader::stringEntries, List.of(), onMember, anchor),
        resolve(chain, "category", Annotations::asString, null, onMember, anchor),
        resolveAt(chain, "recipients", DatumReader::stringEntries, List.of(), onMember, anchor),
        read.group());
  }

  /** The user-facing group of a type's data: its type-level name, else one derived from its simple name. */
  public static String groupOf(TypeElement type) {
    return Annotations.find(type, Annotations.USER_DATA)
        .flatMap(m -> Annotations.written(m, "name"))
        .flatMap(Annotations::asString)
        .filter(s -> !s.isBlank())
        .orElseGet(() -> Names.humanize(type.getSimpleName().toString()));
  }

  /** One level of the resolution chain: an element, its {@code @UserData} and the values written in it. */
  private record Level(Element element, AnnotationMirror annotation, Map<String, AnnotationValue> values) {}

  /** SPEC §3: after the member, the holding type, its superclasses, then the holding type's outer types. */
  private static List<Level> holderChain(TypeElement holder) {
    List<Level> chain = new ArrayList<>();
    for (TypeElement type = holder; type != null; type = TypeMembers.superclassOf(type)) {
      addLevel(chain, type);
    }
    for (Element e = holder.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        addLevel(chain, type);
      } else if (e instanceof PackageElement || e instanceof ModuleElement) {
        break;
      }
      // Methods and initializers enclosing a local class are passed through to its outer type.
    }
    return chain;
  }

  private static void addLevel(List<Level> chain, TypeElement type) {
    Annotations.find(type, Annotations.USER_DATA)
        .ifPresent(m -> chain.add(new Level(type, m, Annotations.writtenValues(m))));
  }

  /** Converts a written value; gets its level so that array entries can carry their own position. */
  private interface Converter<T> {
    Optional<T> convert(AnnotationValue value, Level level, UnaryOperator<Position> anchor);
  }

  private static <T> Resolved<T> resolve(List<Level> chain, String elementName,
      Function<AnnotationValue, Optional<T>> convert, T fallback, Position onMember, UnaryOperator<Position> anchor) {
    return resolveAt(chain, elementName, (value, level, a) -> convert.apply(value), fallback, onMember, anchor);
  }

  private static <T> Resolved<T> resolveAt(List<Level> chain, String elementName, Converter<T> convert, T fallback,
      Position onMember, UnaryOperator<Position> anchor) {
    for (Level level : chain) {
      Optional<AnnotationValue> value = Optional.ofNullable(level.values().get(elementName));
      if (value.isPresent()) {
        Optional<T> converted = convert.convert(value.get(), level, anchor);
        if (converted.isPresent()) {
          return Resolved.written(converted.get(),
              anchor.apply(Position.of(level.element(), level.annotation(), value.get())));
        }
      }
    }
    return Resolved.fallback(fallback, onMember);
  }

  /** Array entries with their own positions, so a message can point at the offending entry. */
  private static Optional<List<Resolved<String>>> stringEntries(AnnotationValue array, Level level,
      UnaryOperator<Position> anchor) {
    return Annotations.asList(array).map(values -> {
      List<Resolved<String>> entries = new ArrayList<>();
      for (AnnotationValue v : values) {
        Annotations.asString(v).ifPresent(
            s -> entries.add(Resolved.written(s, anchor.apply(Position.of(level.element(), level.annotation(), v)))));
      }
      return entries;
    });
  }
}
