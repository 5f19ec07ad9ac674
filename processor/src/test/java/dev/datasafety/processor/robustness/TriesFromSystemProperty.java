package dev.datasafety.processor.robustness;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets {@code -Ddatasafety.adversarial.tries=N} change the number of tries of a property (the
 * seed stays, so the first N programs are the same as in the default run): more for a longer
 * search, fewer for a quick check.
 */
public final class TriesFromSystemProperty implements AroundPropertyHook {
  static final String PROPERTY = "datasafety.adversarial.tries";

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty(PROPERTY, "").trim();
    if (!tries.isEmpty()) {
      int count;
      try {
        count = Integer.parseInt(tries);
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException(PROPERTY + " must be a positive whole number, not '" + tries + "'");
      }
      if (count < 1) {
        throw new IllegalArgumentException(PROPERTY + " must be a positive whole number, not '" + tries + "'");
      }
      context.attributes().setTries(count);
    }
    return property.execute();
  }
}
