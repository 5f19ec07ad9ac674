package dev.datasafety.processor.validate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The components in which two declarations of one id differ, for duplicate-* messages. */
final class Differences {
  private Differences() {}

  /** Names of the record components whose values differ, {@code id} aside, in declaration order. */
  static String between(Record a, Record b) {
    List<String> differing = new ArrayList<>();
    for (RecordComponent component : a.getClass().getRecordComponents()) {
      if (component.getName().equals("id")) {
        continue;
      }
      try {
        if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
          differing.add(component.getName());
        }
      } catch (IllegalAccessException | InvocationTargetException impossible) {
        // Record accessors of the processor's own public model records are public and do not throw.
        throw new IllegalStateException(impossible);
      }
    }
    return String.join(", ", differing);
  }
}
