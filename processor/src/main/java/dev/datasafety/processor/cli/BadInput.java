package dev.datasafety.processor.cli;

import java.util.List;

/** Input the command cannot work with: exit code 2, the message on one line, and any details below it. */
final class BadInput extends Exception {
  private final List<String> details;

  BadInput(CliMessage message, Object... args) {
    this(List.of(), message, args);
  }

  BadInput(List<String> details, CliMessage message, Object... args) {
    super(message.format(args));
    this.details = List.copyOf(details);
  }

  List<String> details() {
    return details;
  }
}
