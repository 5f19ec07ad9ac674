package dev.datasafety.processor.validate;

import dev.datasafety.Choice;
import dev.datasafety.processor.collect.PurposeDeclaration;
import dev.datasafety.processor.diag.Message;
import dev.datasafety.processor.diag.Position;
import dev.datasafety.processor.diag.Reporter;
import dev.datasafety.processor.model.PurposeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks {@code @Purpose} declarations (invalid-purpose, duplicate-purpose, and the
 * experiment-rule that an experiment must be opt-in) and builds the registry of visible purposes.
 */
public final class PurposeRules {
  private static final String SEGMENT = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
  private static final Pattern ID = Pattern.compile(SEGMENT + "(\\." + SEGMENT + ")*");

  private PurposeRules() {}

  /**
   * Source declarations are checked and registered first (they are the ones a message can point
   * at), then dependency declarations. Invalid declarations are still registered, so data that
   * names them is not reported a second time as undeclared.
   */
  public static PurposeRegistry check(
      List<PurposeDeclaration> fromSources, List<PurposeDeclaration> fromDependencies, Reporter reporter) {
    PurposeRegistry registry = new PurposeRegistry();
    for (PurposeDeclaration declaration : fromSources) {
      checkContent(declaration, reporter);
      registerOrReportDuplicate(registry, declaration, reporter);
    }
    for (PurposeDeclaration declaration : fromDependencies) {
      registerOrReportDuplicate(registry, declaration, reporter);
    }
    return registry;
  }

  private static void checkContent(PurposeDeclaration d, Reporter reporter) {
    PurposeInfo p = d.info();
    if (d.written("id") && !ID.matcher(p.id()).matches()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("id"), p.id(),
          "the id must be lower-case words joined by '-', optionally in dot-separated segments,"
              + " such as \"sync\" or \"ads.measurement\"");
    }
    if (d.written("description") && p.description().isBlank()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("description"), p.id(),
          "the description is blank; say in plain words what the data is used for");
    }
    if (d.written("userBenefit") && p.userBenefit().isBlank()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("userBenefit"), p.id(),
          "the userBenefit is blank; say what direct benefit the user gets from this purpose");
    }
    if (d.written("title") && p.title().isBlank()) {
      reporter.report(Message.INVALID_PURPOSE, d.at("title"), p.id(),
          "the title is blank; leave it out to derive one from the id, or write a short heading");
    }
    if (p.experimental() && p.choice() != Choice.OPT_IN) {
      reporter.report(Message.EXPERIMENT_NOT_OPT_IN, d.at("choice"), p.id(), p.choice());
    }
  }

  private static void registerOrReportDuplicate(PurposeRegistry registry, PurposeDeclaration d, Reporter reporter) {
    registry.register(d).ifPresent(existing -> {
      if (existing.info().equals(d.info())) {
        return;
      }
      // Point at a declaration in the sources being compiled whenever there is one.
      PurposeDeclaration here = d.source().isPresent() ? d : existing;
      PurposeDeclaration other = here == d ? existing : d;
      Position at = here.source().isPresent() ? here.at("id") : Position.none();
      reporter.report(Message.DUPLICATE_PURPOSE, at, d.id(), other.origin(), differences(here.info(), other.info()));
    });
  }

  private static String differences(PurposeInfo a, PurposeInfo b) {
    List<String> fields = new ArrayList<>();
    if (!a.title().equals(b.title())) {
      fields.add("title");
    }
    if (!a.description().equals(b.description())) {
      fields.add("description");
    }
    if (!a.userBenefit().equals(b.userBenefit())) {
      fields.add("userBenefit");
    }
    if (a.choice() != b.choice()) {
      fields.add("choice");
    }
    if (a.experimental() != b.experimental()) {
      fields.add("experimental");
    }
    return String.join(", ", fields);
  }
}
