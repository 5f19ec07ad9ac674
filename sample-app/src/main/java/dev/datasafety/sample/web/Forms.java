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
        throw HttpError.badRequest("the form is not valid application/x-www-form-urlencoded: " + malformed.getMessage());
      }
    }
    return new Forms(fields);
  }

  Optional<String> optional(String name) {
    return Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  String required(String name, int maxLength) throws HttpError {
    String value = optional(name).orElseThrow(() -> HttpError.badRequest("the field '" + name + "' is required"));
    if (value.length() > maxLength) {
      throw HttpError.badRequest("the field '" + name + "' is longer than " + maxLength + " characters");
    }
    return value;
  }

  /** A checkbox: present with "on", "true" or "yes" means checked. */
  boolean checked(String name) {
    return optional(name).map(v -> v.equals("on") || v.equals("true") || v.equals("yes")).orElse(false);
  }
}
