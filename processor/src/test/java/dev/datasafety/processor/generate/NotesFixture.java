package dev.datasafety.processor.generate;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** A small notes product whose types exercise every way export reads and nests data. */
final class NotesFixture {
  private NotesFixture() {}

  static final JavaFileObject CATALOG = JavaFileObjects.forSourceLines("test.privacy.Catalog",
      "package test.privacy;",
      "import dev.datasafety.*;",
      "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your notes everywhere.\")",
      "@Purpose(id = \"sync\", description = \"Sync your notes.\", userBenefit = \"Notes on all devices.\",",
      "    choice = Choice.OPT_OUT)",
      // Not experimental: an experiment's data would need a type of its own (experiment-rule), and the
      // layout sits in Note to show a record's components read side by side.
      "@Purpose(id = \"experiment.layout\", description = \"Try a new layout.\", userBenefit = \"A better app.\",",
      "    choice = Choice.OPT_IN)",
      "public final class Catalog {}");

  /** A class read through getters (one boolean), a package-private field, and nested data. */
  static final JavaFileObject ACCOUNT = JavaFileObjects.forSourceLines("test.notes.Account",
      "package test.notes;",
      "import dev.datasafety.*;",
      "import java.util.*;",
      "@UserData(name = \"Your account\", kind = DataKind.ATTRIBUTE, purposes = \"account\",",
      "    retention = \"until-account-deletion\", reviews = \"DSR-12\")",
      "public class Account {",
      "  @UserData(description = \"The email address you sign in with.\", kind = DataKind.IDENTIFIER)",
      "  private final String email;",
      "  @UserData(description = \"Whether you confirmed your email address.\")",
      "  private boolean verified;",
      "  @UserData(name = \"Display name\", description = \"The name shown on <b>shared</b> notes.\")",
      "  String displayName;",
      "  @NotUserData(\"the server's password hash; never leaves the server\")",
      "  private final String passwordHash;",
      "  private final List<Note> notes = new ArrayList<>();",
      "  private Optional<Settings> settings = Optional.empty();",
      "  Map<String, Note[]> notesByFolder = new TreeMap<>();",
      "  static int created;",
      "  public Account(String email, String passwordHash) {",
      "    this.email = email;",
      "    this.passwordHash = passwordHash;",
      "  }",
      "  public String getEmail() { return email; }",
      "  public boolean isVerified() { return verified; }",
      "  public void setVerified(boolean verified) { this.verified = verified; }",
      "  public List<Note> getNotes() { return notes; }",
      "  public Optional<Settings> settings() { return settings; }",
      "  public void setSettings(Settings s) { settings = Optional.ofNullable(s); }",
      "}");

  /** A record: read through its accessors; an end-to-end encrypted body and a layout experiment. */
  static final JavaFileObject NOTE = JavaFileObjects.forSourceLines("test.notes.Note",
      "package test.notes;",
      "import dev.datasafety.*;",
      "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"sync\", retention = \"P1Y6M\", reviews = \"DSR-14\")",
      "public record Note(",
      "    @UserData(description = \"The title of the note.\") String title,",
      "    @UserData(description = \"The encrypted body; only your devices hold the key.\", serverVisible = false)",
      "    byte[] body,",
      "    @UserData(description = \"The layout you tried.\", purposes = \"experiment.layout\", retention = \"P2WT12H\",",
      "        form = DataForm.AGGREGATED) String layout,",
      "    @NotUserData(\"a random id\") long id) {}");

  /** Public fields, and a nested @UserData type (generated as Settings_DeviceUserData). */
  static final JavaFileObject SETTINGS = JavaFileObjects.forSourceLines("test.notes.Settings",
      "package test.notes;",
      "import dev.datasafety.*;",
      "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"sync\", retention = \"session\", reviews = \"DSR-15\")",
      "public final class Settings {",
      "  @UserData(description = \"The language of the app.\")",
      "  public String language;",
      "  public Device device;",
      "  @UserData(kind = DataKind.IDENTIFIER, purposes = \"sync\", retention = \"P30D\", reviews = \"DSR-16\")",
      "  public static final class Device {",
      "    @UserData(description = \"A name for your device.\") final String name;",
      "    public Device(String name) { this.name = name; }",
      "  }",
      "}");

  /** Builds a populated object graph inside the compilation, so tests need no reflection to construct it. */
  static final JavaFileObject SAMPLES = JavaFileObjects.forSourceLines("test.notes.Samples",
      "package test.notes;",
      "import java.util.*;",
      "public final class Samples {",
      "  public static Account account() {",
      "    Account a = new Account(\"ada@example.com\", \"pbkdf2$secret\");",
      "    a.setVerified(true);",
      "    a.displayName = \"Ada\";",
      "    a.getNotes().add(new Note(\"Groceries\", new byte[] {1, 2}, \"grid\", 7));",
      "    a.getNotes().add(null);",
      "    Settings s = new Settings();",
      "    s.language = \"en\";",
      "    s.device = new Settings.Device(\"Ada's phone\");",
      "    a.setSettings(s);",
      "    a.notesByFolder.put(\"work\", new Note[] {new Note(\"Plan\", null, null, 8)});",
      "    return a;",
      "  }",
      "}");

  static JavaFileObject[] all() {
    return new JavaFileObject[] {CATALOG, ACCOUNT, NOTE, SETTINGS, SAMPLES};
  }
}
