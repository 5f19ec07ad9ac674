package dev.datasafety.sample.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A decoded {@code application/x-www-form-urlencoded} body. */
final class Forms {
  private final Map<String, String> fields;

  private Forms(Map<String, String> fields) {
    this.fields = fields;
  }

  static Forms parse(String body) throws HttpError {
    Map<String, String> fields = new HashMap<>();
    if (body.isEmpty()) {
      return new Forms(fields);
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        throw HttpError.badRequest("The form could not be read (it is not valid application/x-www-form-urlencoded: "
            + malformed.getMessage() + "). Nothing was changed.");
      }
    }
    return new Forms(fields);
  }

  Optional<String> optional(String name) {
    return Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** @param label what the person calls the field ("Email"), for the message */
  String required(String name, String label, int maxLength) throws HttpError {
    String value = optional(name).orElseThrow(() -> HttpError.invalid(name, label + " is required: please fill it in."));
    return atMost(name, label, value, maxLength);
  }

  static String atMost(String name, String label, String value, int maxLength) throws HttpError {
    if (value.length() > maxLength) {
      throw HttpError.invalid(name, label + " is longer than " + maxLength + " characters: please shorten it.");
    }
    return value;
  }

  /** The value exactly as sent, spaces kept (passwords); empty when missing or empty. */
  Optional<String> unstripped(String name) {
    return Optional.ofNullable(fields.get(name)).filter(v -> !v.isEmpty());
  }

  /** A checkbox: present with "on", "true" or "yes" means checked. */
  boolean checked(String name) {
    return optional(name).map(v -> v.equals("on") || v.equals("true") || v.equals("yes")).orElse(false);
  }
}
