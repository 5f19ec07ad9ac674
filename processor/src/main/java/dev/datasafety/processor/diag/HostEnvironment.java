package dev.datasafety.processor.diag;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's tree API for the environment a processor was given, also when a build tool wrapped
 * javac's environment in its own: Gradle hands incremental processors an
 * {@code IncrementalProcessingEnvironment} holding javac's in a {@code delegate} field, and
 * IntelliJ a {@link Proxy} whose handler holds it. {@link Trees#instance} accepts only javac's own
 * class, so, as Lombok does, the wrapper's fields (and a proxy's handler's) are searched for the
 * environment inside, a few levels deep. Anything else (ECJ, a wrapper whose fields are closed to
 * reflection) gives no trees: messages then go through the Messager alone.
 */
final class HostEnvironment {
  /** Gradle wraps once, kapt and IDEs may add one more; deeper nesting is not a real host. */
  private static final int MAX_WRAPPERS = 4;

  private HostEnvironment() {}

  static Optional<Trees> trees(ProcessingEnvironment env) {
    return trees(env, 0);
  }

  private static Optional<Trees> trees(ProcessingEnvironment env, int depth) {
    try {
      return Optional.of(Trees.instance(env));
    } catch (RuntimeException | LinkageError notJavacsOwn) {
      // A wrapper, or not javac at all: look inside.
    }
    if (depth >= MAX_WRAPPERS) {
      return Optional.empty();
    }
    for (ProcessingEnvironment inner : wrapped(env)) {
      Optional<Trees> trees = trees(inner, depth + 1);
      if (trees.isPresent()) {
        return trees;
      }
    }
    return Optional.empty();
  }

  /** The environments a wrapper holds in its fields, or in its invocation handler's when it is a proxy. */
  static List<ProcessingEnvironment> wrapped(ProcessingEnvironment wrapper) {
    List<ProcessingEnvironment> found = new ArrayList<>();
    Object holder = Proxy.isProxyClass(wrapper.getClass()) ? Proxy.getInvocationHandler(wrapper) : wrapper;
    for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        try {
          field.setAccessible(true);
          if (field.get(holder) instanceof ProcessingEnvironment inner && inner != wrapper) {
            found.add(inner);
          }
        } catch (RuntimeException | IllegalAccessException closed) {
          // A field of a module that does not open it (InaccessibleObjectException): not a wrapper we can see into.
        }
      }
    }
    return found;
  }
}
