package dev.datasafety.processor.inventory;

import dev.datasafety.processor.collect.ExportPlans;
import dev.datasafety.processor.format.DocumentText;
import dev.datasafety.runtime.ModuleInventory;
import java.io.IOException;
import java.io.Writer;
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

  /**
   * Writes the table to {@code out} as it goes: the document it holds is megabytes on a large
   * module, and a table built as one string first would copy it twice more; the document itself
   * is written chunk by chunk, never joined.
   */
  public static void write(Writer out, DocumentText document, List<ExportPlans.Plan> plans,
      List<String> dependencyInventoryClasses) throws IOException {
    field(out, ModuleInventory.TABLE_FORMAT);
    out.append(Integer.toString(document.length())).append(':');
    document.writeTo(out);
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
    for (String name : dependencyInventoryClasses) {
      field(out, name);
    }
  }

  private static void field(Appendable out, String text) throws IOException {
    out.append(Integer.toString(text.length())).append(':').append(text);
  }
}
