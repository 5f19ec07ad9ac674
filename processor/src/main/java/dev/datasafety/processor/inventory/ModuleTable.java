package dev.datasafety.processor.inventory;

import dev.datasafety.processor.collect.ExportPlans;
import dev.datasafety.runtime.ModuleInventory;
import java.util.List;

/**
 * The table the generated {@code DataSafetyInventory} reads at run time
 * ({@code dev.datasafety.runtime.ModuleInventory} decodes it): the inventory document, the
 * export plan of each data-holding type, and the dependencies' inventory classes. Written in the
 * last round, after every other processor, so it covers what they generated too.
 *
 * <p>Each field is its length in chars, {@code ':'} and its chars: texts need no escaping.
 */
public final class ModuleTable {
  /** The resource's name, in the generated class's package. */
  public static final String RESOURCE = "DataSafetyInventory.data";

  private ModuleTable() {}

  public static String encode(String document, List<ExportPlans.Plan> plans, List<String> dependencyInventoryClasses) {
    StringBuilder out = new StringBuilder(document.length() + 64 * plans.size() + 64);
    field(out, ModuleInventory.TABLE_FORMAT);
    field(out, document);
    field(out, Integer.toString(plans.size()));
    for (ExportPlans.Plan plan : plans) {
      field(out, plan.type());
      field(out, Integer.toString(plan.members().size()));
      for (ExportPlans.Member member : plan.members()) {
        field(out, member.name());
        field(out, member.declaringClass());
        field(out, Boolean.toString(member.recordComponent()));
      }
    }
    field(out, Integer.toString(dependencyInventoryClasses.size()));
    dependencyInventoryClasses.forEach(name -> field(out, name));
    return out.toString();
  }

  private static void field(StringBuilder out, String text) {
    out.append(text.length()).append(':').append(text);
  }
}
