package dev.datasafety.processor.cli;

/**
 * Every message the command line prints, one entry per sentence (the compiler's diagnostics are
 * in {@code diag.Message}). Errors go to stderr prefixed {@code datasafety: }.
 */
enum CliMessage {
  NO_SUCH_FILE("%s does not exist."),
  DIRECTORY_WITHOUT_INVENTORY("%s is a directory without %s; name an inventory.json, a jar or a class output folder."),
  NOT_AN_INVENTORY("%s is not a datasafety inventory: %s."),
  NOT_TEXT("%s is neither a jar nor an inventory.json: it is not UTF-8 text."),
  JAR_WITHOUT_INVENTORY("%s contains no datasafety inventory (none of %s); build it with the datasafety processor on"
      + " the processor path."),
  NOT_A_JAR("%s is not a readable jar or zip: %s."),
  UNREADABLE("%s cannot be read: %s."),
  UNWRITABLE("%s cannot be written: %s."),
  UNKNOWN_EXPORT("'%s' is not an export format; expected %s."),
  UNKNOWN_DIFF_FORMAT("'%s' is not a diff format; expected %s."),
  MISSING_FACTS("The %s export cannot be written: the inventory lacks %d fact(s) it needs:"),
  MISSING_FACT("  %s %s: %s%s. %s"),
  MISSING_APPLICATION_FACT("  the application: %s. %s"),
  OUT_IS_A_FILE("--out %s is a file, but the %s export writes %d files (%s); name a directory."),
  WROTE("wrote %s"),
  USAGE_HINT("Try '%s --help'."),
  INTERNAL_ERROR("internal error in datasafety %s; this is a bug in datasafety, please report it with this output: %s");

  private final String template;

  CliMessage(String template) {
    this.template = template;
  }

  String format(Object... args) {
    return String.format(template, args);
  }
}
