package dev.datasafety.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.datasafety.processor.collect.Annotations;
import dev.datasafety.processor.collect.DependencyInventories;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.RoundCollector;
import dev.datasafety.processor.collect.TypeMembers;
import dev.datasafety.processor.collect.UserDataTypes;
import dev.datasafety.processor.collect.VisibleDeclarations;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.options.ProcessorOptions;
import dev.datasafety.processor.validate.Catalog;
import dev.datasafety.processor.validate.CatalogRules;
import dev.datasafety.processor.validate.TypeRules;
import java.io.IOException;
import javax.annotation.processing.FilerException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Generates the run-time code, in the rounds before the last one (sources generated in the last
 * round are not compiled): for each data-holding type, once, in the round it is first seen and
 * only when its declarations pass every check; and the application-level
 * {@code DataSafetyInventory} in the same round as the last per-type classes, as soon as no type
 * is pending. Usually that is the first round, so javac runs exactly three rounds (this one, one
 * compiling the generated sources, the last): every extra round re-enters all compilation units.
 *
 * <p>A data type or purpose that another processor generates after that round still gets its
 * per-type class, and is in {@code inventory.json} (hence {@code DataSafetyInventory.json()}),
 * which the last round writes; but not in the typed model {@code DataSafetyInventory.inventory()},
 * which covers what was known when the class was written (a generated source cannot be rewritten).
 *
 * <p>A type whose check fails is retried in later rounds (a purpose may be declared in a source
 * another processor generates); if it never passes, the last round reports why and nothing is
 * generated for it. Checks here are silent, so each message is printed once, by the last round.
 * Only {@code unreadable-member}, which only generation detects, is reported here.
 */
public final class CodeGenerator {
  private final ProcessingEnvironment env;
  private final ProcessorOptions options;
  private final Reporter reporter;
  private final String processorVersion;
  private final Set<String> pending = new TreeSet<>();
  private final Set<String> generated = new TreeSet<>();
  private final Set<String> unreadable = new TreeSet<>();
  private final Set<String> unreadableOnce = new TreeSet<>();
  private boolean inventoryClassWritten;

  public CodeGenerator(ProcessingEnvironment env, ProcessorOptions options, Reporter reporter, String processorVersion) {
    this.env = env;
    this.options = options;
    this.reporter = reporter;
    this.processorVersion = processorVersion;
  }

  /** One type ready to generate: its checked data and its exported members. */
  private record Ready(TypeElement type, List<DataItem> data, List<UserDataClass.ExportedMember> members,
      Set<TypeElement> nestedTypes) {}

  /** Runs in every round but the last, after the collector recorded the round. */
  public void generate(RoundCollector collected, Supplier<DependencyInventories.Result> dependencies)
      throws IOException {
    Elements elements = env.getElementUtils();
    pending.addAll(collected.dataTypes());
    pending.removeAll(generated);
    pending.removeAll(unreadable);
    if (pending.isEmpty() && (inventoryClassWritten || generated.isEmpty())) {
      return;
    }
    DependencyInventories.Result deps = dependencies.get();
    Reporter silent = Reporter.silent(env, processorVersion);
    Catalog catalog = CatalogRules.check(VisibleDeclarations.fromSources(collected, elements),
        VisibleDeclarations.fromDependencies(deps), options.today(), silent);
    UserDataTypes userDataTypes = new UserDataTypes(elements, env.getTypeUtils());
    MemberReader reader = new MemberReader(elements, env.getTypeUtils());
    ExportExpressions exports = new ExportExpressions(elements, env.getTypeUtils(), userDataTypes);

    Map<String, Ready> ready = new TreeMap<>();
    for (String typeName : pending) {
      TypeElement type = elements.getTypeElement(typeName);
      if (type == null || hasUnresolvedMemberTypes(type)) {
        continue; // wait: another round may complete it; the last round reports what is left
      }
      int errorsBefore = silent.errorCount();
      List<DataItem> data = TypeRules.check(type, userDataTypes, catalog, options, silent, declared -> {}).stream()
          .map(TypeRules.CheckedDatum::item)
          .toList();
      if (silent.errorCount() > errorsBefore) {
        continue;
      }
      prepare(type, data, collected, userDataTypes, reader, exports).ifPresent(r -> ready.put(typeName, r));
    }
    dropThoseCallingMissingClasses(ready);

    for (Ready r : ready.values()) {
      String typeName = r.type().getQualifiedName().toString();
      try {
        write(UserDataClass.build(r.type(), r.data(), r.members(), canUseGenerated(r.type())));
      } catch (FilerException taken) {
        // A source of the compilation already has the generated class's name (or two types map to one name).
        String generatedName = GeneratedNames.qualified(GeneratedNames.userDataClass(r.type()));
        reportUnreadable(typeName, List.of(new Unreadable(Position.of(r.type()), new Object[] {"Type " + typeName,
            generatedName, "a class of that name is already part of this compilation (" + taken.getMessage() + ")",
            "Rename that class: the name is where datasafety generates the export of " + typeName + "."})));
        continue;
      }
      generated.add(typeName);
      pending.remove(typeName);
    }
    // Written in the same round as the last per-type classes, not one round later: every extra
    // round makes javac enter and annotate all compilation units again. A type still pending (a
    // getter Lombok adds after this processor ran, a purpose not yet generated) defers it.
    if (!inventoryClassWritten && pending.isEmpty() && !generated.isEmpty()) {
      writeInventoryClass(collected, catalog, deps);
    }
  }

  /** Why generated code cannot read a type or one of its members: the arguments of an unreadable-member message. */
  private record Unreadable(Position at, Object[] arguments) {}

  /**
   * Reads every exported member. An unreadable type is not reported at once but retried in the
   * next round: another processor may add accessors in this very round after this one ran
   * (Lombok's {@code @Getter} does). Reported the second time, or by {@link #finish} when no
   * round came after.
   */
  private Optional<Ready> prepare(TypeElement type, List<DataItem> data, RoundCollector collected,
      UserDataTypes userDataTypes, MemberReader reader, ExportExpressions exports) {
    String typeName = type.getQualifiedName().toString();
    List<Unreadable> problems = new ArrayList<>();
    Optional<Ready> ready = read(type, data, collected, userDataTypes, reader, exports, problems);
    if (problems.isEmpty()) {
      return ready;
    }
    if (unreadableOnce.add(typeName)) {
      return Optional.empty(); // still pending: retried next round
    }
    reportUnreadable(typeName, problems);
    return Optional.empty();
  }

  private void reportUnreadable(String typeName, List<Unreadable> problems) {
    unreadable.add(typeName);
    pending.remove(typeName);
    problems.forEach(p -> reporter.report(Message.UNREADABLE_MEMBER, p.at(), p.arguments()));
  }

  /**
   * Runs in the last round: reports the types found unreadable once and never retried, since no
   * round came after. Nothing is generated any more; the errors keep the inventory from being
   * written, as for any other error.
   */
  public void finish(RoundCollector collected) {
    Elements elements = env.getElementUtils();
    UserDataTypes userDataTypes = new UserDataTypes(elements, env.getTypeUtils());
    MemberReader reader = new MemberReader(elements, env.getTypeUtils());
    ExportExpressions exports = new ExportExpressions(elements, env.getTypeUtils(), userDataTypes);
    for (String typeName : unreadableOnce) {
      TypeElement type = elements.getTypeElement(typeName);
      if (type == null || unreadable.contains(typeName) || generated.contains(typeName)) {
        continue;
      }
      List<Unreadable> problems = new ArrayList<>();
      read(type, List.of(), collected, userDataTypes, reader, exports, problems);
      if (!problems.isEmpty()) {
        reportUnreadable(typeName, problems);
      }
    }
  }

  private Optional<Ready> read(TypeElement type, List<DataItem> data, RoundCollector collected,
      UserDataTypes userDataTypes, MemberReader reader, ExportExpressions exports, List<Unreadable> problems) {
    String typeName = type.getQualifiedName().toString();
    String generatedName = GeneratedNames.userDataClass(type).simpleName();
    Optional<String> typeProblem = reader.typeProblem(type);
    if (typeProblem.isPresent()) {
      problems.add(new Unreadable(Position.of(type), new Object[] {"Type " + typeName, generatedName, typeProblem.get(),
          "Make it a package-private or wider member type, or a top-level type, so that its data can be exported."}));
      return Optional.empty();
    }
    List<UserDataClass.ExportedMember> members = new ArrayList<>();
    Set<TypeElement> nested = new LinkedHashSet<>();
    for (TypeMembers.Member member : TypeMembers.of(type)) {
      if (!isExported(member, userDataTypes)) {
        continue;
      }
      String described = "Member '" + member.name() + "' of " + typeName;
      MemberReader.Access access = reader.read(type, member, "value");
      if (access.expression().isEmpty()) {
        problems.add(new Unreadable(Position.of(member.element()), new Object[] {described, generatedName, access.problem(),
            "Add a getter get" + capitalize(member.name()) + "() that is not private, make the field package-private,"
                + " or mark it @NotUserData(\"...\") if it is not personal data."}));
        continue;
      }
      ExportExpressions.Expression value = exports.export(member.type(), access.expression().get());
      Optional<TypeElement> notExportable = value.nestedTypes().stream()
          .filter(t -> !collected.dataTypes().contains(t.getQualifiedName().toString()) && !hasGeneratedClass(t))
          .findFirst();
      if (notExportable.isPresent()) {
        String missing = GeneratedNames.userDataClass(notExportable.get()).simpleName();
        problems.add(new Unreadable(Position.of(member.element()), new Object[] {described, generatedName,
            "its @UserData type " + notExportable.get().getQualifiedName() + " was compiled without the datasafety"
                + " processor, so there is no " + missing + " to export it with",
            "Build the module that declares it with the datasafety processor, or mark this member"
                + " @NotUserData(\"...\") if it is not personal data."}));
        continue;
      }
      nested.addAll(value.nestedTypes());
      members.add(new UserDataClass.ExportedMember(member.name(), value.code()));
    }
    return problems.isEmpty() ? Optional.of(new Ready(type, data, members, nested)) : Optional.empty();
  }

  /** Declared data and members holding {@code @UserData} values; never static or {@code @NotUserData} ones. */
  private static boolean isExported(TypeMembers.Member member, UserDataTypes userDataTypes) {
    if (member.isStatic() || Annotations.has(member.element(), Annotations.NOT_USER_DATA)) {
      return false;
    }
    return Annotations.has(member.element(), Annotations.USER_DATA) || userDataTypes.holdsUserData(member.type());
  }

  private boolean hasGeneratedClass(TypeElement type) {
    return env.getElementUtils().getTypeElement(GeneratedNames.qualified(GeneratedNames.userDataClass(type))) != null;
  }

  /**
   * A type's export calls the generated classes of its nested types: keep it only when each one
   * exists or is generated in this round, so generated code never refers to a missing class.
   * Types of other compilations without a generated class are reported: they were compiled
   * without the processor. Repeats until stable, since dropping one type can strand another.
   */
  private void dropThoseCallingMissingClasses(Map<String, Ready> ready) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (var it = ready.values().iterator(); it.hasNext(); ) {
        Ready r = it.next();
        for (TypeElement nested : r.nestedTypes()) {
          String nestedName = nested.getQualifiedName().toString();
          boolean available = ready.containsKey(nestedName) || generated.contains(nestedName) || hasGeneratedClass(nested);
          if (!available) {
            it.remove();
            changed = true;
            break;
          }
        }
      }
    }
  }

  private void writeInventoryClass(RoundCollector collected, Catalog catalog, DependencyInventories.Result deps)
      throws IOException {
    Elements elements = env.getElementUtils();
    List<Element> originating = new ArrayList<>();
    List<ClassName> ownTypes = new ArrayList<>();
    Set<String> ownIds = new TreeSet<>();
    List<String> packages = new ArrayList<>();
    for (String typeName : generated) {
      TypeElement type = elements.getTypeElement(typeName);
      originating.add(type);
      ownTypes.add(GeneratedNames.userDataClass(type));
      packages.add(elements.getPackageOf(type).getQualifiedName().toString());
      TypeMembers.of(type).forEach(m -> ownIds.add(typeName + "#" + m.name()));
    }
    collected.purposeTypes().forEach(t -> Optional.ofNullable(elements.getTypeElement(t))
        .ifPresent(type -> packages.add(elements.getPackageOf(type).getQualifiedName().toString())));
    packages.addAll(collected.purposePackages());
    Map<String, DataItem> dependencyData = new LinkedHashMap<>();
    for (DependencyInventories.Dependency dependency : deps.dependencies()) {
      dependency.inventory().data().stream()
          .filter(d -> !ownIds.contains(d.id()))
          .forEach(d -> dependencyData.putIfAbsent(d.id(), d));
    }
    InventoryClass.Content content = new InventoryClass.Content(
        options.application(),
        catalog.purposes().all().stream().map(PurposeDeclaration::info).sorted(Comparator.comparing(p -> p.id())).toList(),
        ownTypes,
        dependencyData.values().stream().sorted(Comparator.comparing(DataItem::id)).toList(),
        catalog.recipients().all().stream().map(r -> r.info()).sorted(Comparator.comparing(r -> r.id())).toList(),
        catalog.controller().map(c -> c.info()));
    ClassName name = ClassName.get(commonPackage(packages), GeneratedNames.INVENTORY_CLASS);
    inventoryClassWritten = true;
    try {
      write(InventoryClass.build(name, content, originating, canUseGenerated(env, originating)));
    } catch (FilerException taken) {
      reporter.report(Message.UNREADABLE_MEMBER, Position.of(originating.get(0)), "The inventory of this module",
          GeneratedNames.qualified(name), "a class of that name is already part of this compilation",
          "Rename that class: the name is where datasafety generates the application's inventory.");
    }
  }

  /** The longest package prefix shared by all the names: where the application-level class goes. */
  static String commonPackage(List<String> packages) {
    if (packages.isEmpty()) {
      return "";
    }
    String[] common = packages.get(0).split("\\.");
    int length = common.length;
    for (String pkg : packages) {
      String[] parts = pkg.split("\\.");
      int i = 0;
      while (i < length && i < parts.length && parts[i].equals(common[i])) {
        i++;
      }
      length = i;
    }
    return String.join(".", Arrays.asList(common).subList(0, length));
  }

  /** A member whose type javac cannot resolve yet may be generated by another processor later. */
  private static boolean hasUnresolvedMemberTypes(TypeElement type) {
    return TypeMembers.of(type).stream().anyMatch(m -> m.type().getKind() == TypeKind.ERROR);
  }

  /**
   * {@code @Generated} lives in module java.compiler, which a named application module rarely
   * reads: only code of the unnamed module gets the annotation.
   */
  private boolean canUseGenerated(TypeElement type) {
    return canUseGenerated(env, List.of(type));
  }

  /** Whether code generated for these elements may carry {@code @Generated}: all in the unnamed module. */
  private static boolean canUseGenerated(ProcessingEnvironment env, List<? extends Element> elements) {
    for (Element element : elements) {
      javax.lang.model.element.ModuleElement module = env.getElementUtils().getModuleOf(element);
      if (module != null && !module.isUnnamed()) {
        return false;
      }
    }
    return true;
  }

  private void write(JavaFile file) throws IOException {
    file.writeTo(env.getFiler());
  }

  private static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
