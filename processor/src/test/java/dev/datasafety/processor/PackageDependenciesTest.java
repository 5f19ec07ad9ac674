package dev.datasafety.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pipeline depends one way (collect → model → validate → write/generate): a cycle between
 * packages, or a stage reaching into a later one, says a type sits in the wrong package.
 */
class PackageDependenciesTest {
  private static final JavaClasses PROCESSOR = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.datasafety.processor");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.datasafety.processor.(*)..").should().beFreeOfCycles().check(PROCESSOR);
  }

  @Test
  void eachStageUsesOnlyEarlierOnes() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("processor").definedBy("dev.datasafety.processor")
        .layer("cli").definedBy("dev.datasafety.processor.cli..")
        .layer("write").definedBy("dev.datasafety.processor.inventory..", "dev.datasafety.processor.generate..",
            "dev.datasafety.processor.report..")
        .layer("validate").definedBy("dev.datasafety.processor.validate..")
        .layer("detect").definedBy("dev.datasafety.processor.detect..")
        .layer("collect").definedBy("dev.datasafety.processor.collect..")
        .layer("export").definedBy("dev.datasafety.processor.export..")
        .layer("format").definedBy("dev.datasafety.processor.format..")
        .layer("options").definedBy("dev.datasafety.processor.options..")
        .layer("diag").definedBy("dev.datasafety.processor.diag..")
        .layer("changes").definedBy("dev.datasafety.processor.changes..")
        .layer("model").definedBy("dev.datasafety.processor.model..")
        .whereLayer("processor").mayNotBeAccessedByAnyLayer()
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("write").mayOnlyBeAccessedByLayers("processor")
        .whereLayer("validate").mayOnlyBeAccessedByLayers("processor")
        .whereLayer("detect").mayOnlyBeAccessedByLayers("processor", "validate")
        .whereLayer("collect").mayOnlyBeAccessedByLayers("processor", "validate", "write")
        .whereLayer("format").mayOnlyBeAccessedByLayers("processor", "collect", "validate", "write", "cli")
        .whereLayer("options").mayOnlyBeAccessedByLayers("processor", "validate", "write")
        .whereLayer("export").mayOnlyBeAccessedByLayers("processor", "options", "write", "cli")
        .whereLayer("changes").mayOnlyBeAccessedByLayers("processor", "validate", "cli")
        .check(PROCESSOR);
  }

  /** The comparison is a function of two inventories: the build, the report and the command line share it. */
  @Test
  void theComparisonDependsOnlyOnTheModel() {
    classes().that().resideInAPackage("dev.datasafety.processor.changes..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.datasafety.processor.changes..",
            "dev.datasafety.processor.model..", "dev.datasafety", "java..", "com.fasterxml.jackson..")
        .check(PROCESSOR);
  }
}
