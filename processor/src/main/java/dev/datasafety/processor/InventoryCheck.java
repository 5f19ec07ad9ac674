package dev.datasafety.processor;

import dev.datasafety.processor.collect.ControllerDeclaration;
import dev.datasafety.processor.collect.DatumDeclaration;
import dev.datasafety.processor.collect.Declaration;
import dev.datasafety.processor.collect.DependencyInventories;
import dev.datasafety.processor.collect.ExportPlans;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.collect.RecipientDeclaration;
import dev.datasafety.processor.collect.RoundCollector;
import dev.datasafety.processor.collect.TypeLookup;
import dev.datasafety.processor.collect.UserDataTypes;
import dev.datasafety.processor.collect.VisibleDeclarations;
import dev.datasafety.processor.detect.PersonalDataClassifier;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.export.ExportFile;
import dev.datasafety.processor.export.ExportFormat;
import dev.datasafety.processor.format.ModuleMarker;
import dev.datasafety.processor.model.ControllerInfo;
import dev.datasafety.processor.model.DataItem;
import dev.datasafety.processor.model.Inventory;
import dev.datasafety.processor.model.PurposeInfo;
import dev.datasafety.processor.model.RecipientInfo;
import dev.datasafety.processor.options.Option;
import dev.datasafety.processor.options.ProcessorOptions;
import dev.datasafety.processor.validate.BaselineRule;
import dev.datasafety.processor.validate.Catalog;
import dev.datasafety.processor.validate.CatalogRules;
import dev.datasafety.processor.validate.PossiblySensitiveRule;
import dev.datasafety.processor.validate.Registry;
import dev.datasafety.processor.validate.TypeRules;
import dev.datasafety.processor.validate.UndeclaredPersonalDataRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The last round's work: collect every declaration the rounds named, run every check, and
 * assemble the inventory. Nothing here writes files; the processor writes only a clean result.
 */
final class InventoryCheck {

  /**
   * The outcome: this module's own part, the full inventory including dependencies, what the
   * run-time export of each data-holding type reads, and how many fields the detector found.
   */
  record Result(Inventory own, Inventory full, List<ExportPlans.Plan> plans, int data, int detectorFindings,
      Map<ExportFormat, List<ExportFile>> exports) {}

  private final ProcessingEnvironment env;
  private final ProcessorOptions options;
  private final Optional<BaselineRule> baseline;
  private final Reporter reporter;
  private final PersonalDataClassifier classifier;

  InventoryCheck(ProcessingEnvironment env, ProcessorOptions options, Optional<BaselineRule> baseline, Reporter reporter,
      PersonalDataClassifier classifier) {
    this.env = env;
    this.options = options;
    this.baseline = baseline;
    this.reporter = reporter;
    this.classifier = classifier;
  }

  /**
   * Whether a named-module dependency may hold declarations this class-path build does not read:
   * one was found unlisted, or the build lists some (the class path shows only one such module,
   * so another may hide behind a listed one). A build that never met a named module is not told
   * about them.
   */
  private boolean mayMissNamedModules(RoundCollector collected, DependencyInventories.Result dependencies) {
    return collected.namedModule().isEmpty()
        && (dependencies.unlistedModule().isPresent() || !options.dependencyModules().isEmpty());
  }

  Result run(RoundCollector collected, DependencyInventories.Result dependencies) {
    Elements elements = env.getElementUtils();

    for (DependencyInventories.Problem problem : dependencies.problems()) {
      reporter.report(Message.UNREADABLE_DEPENDENCY, Position.none(), problem.marker(), problem.reason());
    }
    for (String module : dependencies.unfoundModules()) {
      reporter.report(Message.INVALID_OPTION, Position.none(), Option.DEPENDENCY_MODULES.key(),
          String.join(",", options.dependencyModules()), "no dependency of this build is a module " + module
              + " built with datasafety (its jar would hold " + ModuleMarker.packageFor(module).replace('.', '/')
              + "/Inventory_….class); name only modules that this build depends on and that declare something");
    }
    dependencies.unlistedModule().ifPresent(module -> reporter.report(Message.UNLISTED_DEPENDENCY_MODULE,
        Position.none(), module, Stream.concat(options.dependencyModules().stream(), Stream.of(module))
            .collect(Collectors.joining(","))));
    Catalog catalog = CatalogRules.check(VisibleDeclarations.fromSources(collected, elements),
        VisibleDeclarations.fromDependencies(dependencies), options.today(),
        mayMissNamedModules(collected, dependencies), reporter);

    UserDataTypes userDataTypes = new UserDataTypes(elements, env.getTypeUtils());
    Predicate<TypeElement> fromSource = t -> collected.rootTypes().contains(t.getQualifiedName().toString());
    List<DataItem> own = new ArrayList<>();
    Map<String, DatumDeclaration> ownDeclarations = new LinkedHashMap<>();
    List<ExportPlans.Plan> plans = new ArrayList<>();
    TypeLookup lookup = TypeLookup.forRound(elements, collected);
    for (String typeName : collected.dataTypes()) {
      TypeElement type = lookup.find(typeName);
      if (type == null) {
        continue; // javac reports why the type is gone
      }
      for (TypeRules.CheckedDatum datum : TypeRules.check(type, userDataTypes, fromSource, catalog, options, reporter,
          declared -> PossiblySensitiveRule.check(declared, classifier, reporter))) {
        baseline.ifPresent(rule -> rule.check(datum.item(), datum.declaration(), catalog, reporter));
        own.add(datum.item());
        ownDeclarations.put(datum.item().id(), datum.declaration());
      }
      plans.add(ExportPlans.of(type, elements, userDataTypes));
    }

    int detectorFindings = UndeclaredPersonalDataRule.check(collected.rootTypes(), elements, userDataTypes, classifier,
        options.undeclaredPersonalData(), reporter);

    List<PurposeInfo> ownPurposes = own(catalog.purposes());
    List<RecipientInfo> ownRecipients = own(catalog.recipients());
    Optional<ControllerInfo> controller = catalog.controller().map(ControllerDeclaration::info);
    Optional<ControllerInfo> ownController = catalog.controller()
        .filter(c -> c.source().isPresent())
        .map(ControllerDeclaration::info);
    Map<String, DataItem> allData = new LinkedHashMap<>();
    own.forEach(d -> allData.put(d.id(), d));
    for (DependencyInventories.Dependency dependency : dependencies.dependencies()) {
      dependency.inventory().data().forEach(d -> allData.putIfAbsent(d.id(), d));
    }
    List<PurposeInfo> allPurposes = catalog.purposes().all().stream().map(PurposeDeclaration::info).toList();
    List<RecipientInfo> allRecipients = catalog.recipients().all().stream().map(RecipientDeclaration::info).toList();
    Inventory full =
        new Inventory(options.application(), controller, allPurposes, allRecipients, List.copyOf(allData.values()));
    // Own parts are filters of the whole: equal sizes mean equal contents. One instance then lets the
    // writer see by identity that the module's own part is the whole (no deep comparison of 20,000 data).
    boolean ownIsWhole = ownPurposes.size() == allPurposes.size() && ownRecipients.size() == allRecipients.size()
        && ownController.isPresent() == controller.isPresent() && own.size() == allData.size();
    return new Result(
        ownIsWhole ? full : new Inventory(options.application(), ownController, ownPurposes, ownRecipients, own),
        full,
        List.copyOf(plans),
        own.size(),
        detectorFindings,
        ExportCheck.run(options.exports(), full, ownDeclarations, catalog, reporter));
  }

  /** What this module declares itself: what its own part of the inventory carries for its dependants. */
  private static <I, D extends Declaration<I>> List<I> own(Registry<D> registry) {
    return registry.all().stream().filter(d -> d.source().isPresent()).map(Declaration::info).toList();
  }
}
