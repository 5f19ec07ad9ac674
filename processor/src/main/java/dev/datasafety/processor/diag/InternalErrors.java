package dev.datasafety.processor.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Test hook: every exception the processor caught and turned into an internal-error diagnostic.
 * Tests assert it stays empty, so a swallowed bug cannot pass unnoticed.
 */
public final class InternalErrors {
  private static final List<Throwable> CAUGHT = new ArrayList<>();

  private InternalErrors() {}

  static synchronized void record(Throwable t) {
    CAUGHT.add(t);
  }

  public static synchronized List<Throwable> caught() {
    return List.copyOf(CAUGHT);
  }

  public static synchronized void clear() {
    CAUGHT.clear();
  }
}
