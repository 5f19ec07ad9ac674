package dev.datasafety.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.datasafety.Choice;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.DatumReader;
import dev.datasafety.processor.collect.DependencyInventories;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.RoundCollector;
import dev.datasafety.processor.collect.TypeLookup;
import dev.datasafety.processor.collect.TypeMembers;
import dev.datasafety.processor.collect.VisibleDeclarations;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.options.ProcessorOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Writes the generated sources, in the rounds before the last (sources generated then are not
 * compiled): the module's {@code DataSafetyInventory} in the first round that sees a declaration
 * or a dependency's inventory, and with {@code datasafety.metamodel=true} one {@code FooUserData}
 * per data-holding type, in the round its members' types are complete. Neither checks anything:
 * the last round does, once, and writes nothing when it reports an error; generated code holds no
 * logic that an invalid declaration could break.
 */
public final class CodeGenerator {
  private final ProcessingEnvironment env;
  private final ProcessorOptions options;
  private final Reporter reporter;
  private final Set<String> metamodelWritten = new TreeSet<>();
  private boolean inventoryAttempted;
  private Optional<ClassName> inventoryClass = Optional.empty();

  public CodeGenerator(ProcessingEnvironment env, ProcessorOptions options, Reporter reporter) {
    this.env = env;
    this.options = options;
    this.reporter = reporter;
  }

  /** Runs in every round but the last, after the collector recorded the round. */
  public void generate(RoundCollector collected, Supplier<DependencyInventories.Result> dependencies)
      throws IOException {
    if (!inventoryAttempted && (!collected.declarations().isEmpty() || !dependencies.get().dependencies().isEmpty())) {
      inventoryAttempted = true;
      writeInventoryClass(collected);
    }
    if (options.metamodel() && inventoryClass.isPresent()) {
      writeMetamodel(collected, dependencies.get());
    }
  }

  /** The generated inventory class, once written: the last round writes its table beside it. */
  public Optional<ClassName> inventoryClass() {
    return inventoryClass;
  }

  private void writeInventoryClass(RoundCollector collected) throws IOException {
    Elements elements = env.getElementUtils();
    TypeLookup lookup = TypeLookup.forRound(elements, collected);
    List<Element> originating = new ArrayList<>();
    collected.dataTypes().forEach(t -> Optional.ofNullable(lookup.find(t)).ifPresent(originating::add));
    collected.purposeTypes().forEach(t -> Optional.ofNullable(lookup.find(t)).ifPresent(originating::add));
    ClassName name = ClassName.get(InventoryPackage.choose(options.packageName(), collected, lookup, elements),
        GeneratedNames.INVENTORY_CLASS);
    try {
      List<Element> inModule = new ArrayList<>(originating);
      collected.rootTypes().stream().findFirst().map(lookup::find).ifPresent(inModule::add);
      write(InventoryClass.build(name, originating, canUseGenerated(inModule)));
      inventoryClass = Optional.of(name);
    } catch (FilerException taken) {
      reporter.report(Message.GENERATED_NAME_TAKEN, originating.isEmpty() ? Position.none() : Position.of(originating.get(0)),
          GeneratedNames.qualified(name), "the module's inventory", "-Adatasafety.package=...");
    }
  }

  private void writeMetamodel(RoundCollector collected, DependencyInventories.Result dependencies) throws IOException {
    Elements elements = env.getElementUtils();
    Map<String, Choice> choices = new HashMap<>();
    for (PurposeDeclaration p : VisibleDeclarations.fromSources(collected, elements).purposes()) {
      choices.putIfAbsent(p.info().id(), p.info().choice());
    }
    VisibleDeclarations.fromDependencies(dependencies).purposes()
        .forEach(p -> choices.putIfAbsent(p.info().id(), p.info().choice()));
    TypeLookup lookup = TypeLookup.forRound(elements, collected);
    for (String typeName : collected.dataTypes()) {
      TypeElement type = lookup.find(typeName);
      if (type == null || metamodelWritten.contains(typeName) || hasUnresolvedMemberTypes(type)) {
        continue; // another round may complete it
      }
      metamodelWritten.add(typeName);
      List<DatumDeclaration> data = DatumReader.dataOf(type, t -> collected.rootTypes().contains(t.getQualifiedName().toString()));
      List<DataItem> rows = data.stream()
          .map(d -> MetamodelRows.row(d, choices))
          .flatMap(Optional::stream)
          .toList();
      try {
        write(UserDataClass.build(type, rows, inventoryClass.get(), canUseGenerated(List.of(type))));
      } catch (FilerException taken) {
        reporter.report(Message.GENERATED_NAME_TAKEN, Position.of(type),
            GeneratedNames.qualified(GeneratedNames.userDataClass(type)), "the metamodel of " + typeName,
            "-Adatasafety.metamodel=false");
      }
    }
  }

  /** A member whose type javac cannot resolve yet may be generated by another processor later. */
  private static boolean hasUnresolvedMemberTypes(TypeElement type) {
    return TypeMembers.withInherited(type).stream().anyMatch(m -> m.member().type().getKind() == TypeKind.ERROR);
  }

  /**
   * {@code @Generated} lives in module java.compiler, which a named application module rarely
   * reads: only code of the unnamed module gets the annotation.
   */
  private boolean canUseGenerated(List<? extends Element> elements) {
    for (Element element : elements) {
      ModuleElement module = env.getElementUtils().getModuleOf(element);
      if (module != null && !module.isUnnamed()) {
        return false;
      }
    }
    return true;
  }

  private void write(JavaFile file) throws IOException {
    file.writeTo(env.getFiler());
  }
}
