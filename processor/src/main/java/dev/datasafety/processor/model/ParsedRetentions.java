package dev.datasafety.processor.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The retentions parsed so far, by their text. A module writes a handful of distinct retentions
 * on thousands of data, and each datum's is parsed by its rules, its inventory entry and its
 * change report: parsing is pure, so each text is parsed once. Bounded, because the processor
 * may live in a build daemon for many compilations.
 */
final class ParsedRetentions {
  private static final int MAX_TEXTS = 512;
  private static final Map<String, Retention.Parsed> PARSED = new ConcurrentHashMap<>();

  private ParsedRetentions() {}

  static Retention.Parsed parse(String text) {
    Retention.Parsed parsed = PARSED.get(text);
    if (parsed == null) {
      parsed = Retention.parseText(text);
      if (PARSED.size() < MAX_TEXTS) {
        PARSED.putIfAbsent(text, parsed);
      }
    }
    return parsed;
  }
}
