import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic code base for the datasafety benchmarks (run as a single-file program).
 *
 * <pre>java bench/synthetic/Generate.java OUT_DIR N [SEED]</pre>
 *
 * <p>It writes, under {@code OUT_DIR/src}:
 *
 * <ul>
 *   <li>a purpose catalog: {@code @Purpose} on {@code bench/catalog/package-info.java} plus one
 *       purpose on a class, as teams do with a shared privacy catalog;
 *   <li>N {@code @UserData} types of 10 annotated data each (about one in seven is a record),
 *       mixing kinds, forms, retentions, server visibility and values inherited from the type;
 *   <li>N plain classes whose non-personal fields and methods give javac and the
 *       personal-data detector realistic work.
 * </ul>
 *
 * <p>Every datum is valid under the default options (SPEC §6): description, explicit kind
 * (on the field or the type), catalog purposes, a retention of the grammar, reviews when it is
 * server-visible RAW or PSEUDONYMIZED, identifiers never aggregated or anonymized, experimental
 * purposes alone, opt-in, non-sensitive and at most {@code P1Y}. So a build with the processor
 * must pass; a failing build is a processor bug or a generator bug, never noise.
 *
 * <p>The same N and seed give the same bytes. {@code OUT_DIR/sources.txt} lists the files, one a
 * line, sorted, for {@code javac @sources.txt}. Types per package are capped at 100 so that no
 * package is unrealistically large.
 */
public final class Generate {

  private static final int FIELDS_PER_TYPE = 10;
  private static final int TYPES_PER_PACKAGE = 100;
  private static final String ROOT_PACKAGE = "bench";

  /** A purpose of the catalog; {@code choice} is the enum constant name. */
  private record PurposeDef(String id, String description, String userBenefit, String choice,
      boolean experimental) {}

  private static final List<PurposeDef> CATALOG = List.of(
      new PurposeDef("account", "Sign you in and keep your settings in your account.",
          "Your settings on every device you sign in on.", "REQUIRED", false),
      new PurposeDef("sync", "Copy your data between your devices.",
          "The same content on your phone and your computer.", "REQUIRED", false),
      new PurposeDef("security", "Detect abuse and protect your account from takeover.",
          "Nobody else can sign in as you.", "REQUIRED", false),
      new PurposeDef("support", "Answer your questions when you contact us.",
          "We can see what went wrong and help you quickly.", "REQUIRED", false),
      new PurposeDef("billing", "Charge you for paid plans and send invoices.",
          "You pay only for what you use.", "REQUIRED", false),
      new PurposeDef("personalization", "Adapt the home screen to what you use most.",
          "Less searching for the things you use every day.", "OPT_OUT", false),
      new PurposeDef("notifications", "Send you reminders you asked for.",
          "You do not miss what matters to you.", "OPT_IN", false),
      new PurposeDef("analytics.usage", "Count how features are used, to improve them.",
          "Features that work better for people like you.", "OPT_OUT", false),
      new PurposeDef("experiments.ranking", "Try a new ordering of search results.",
          "Better search results, if the experiment works.", "OPT_IN", true));

  /** Declared on a class rather than the package, to exercise both places. */
  private static final PurposeDef CLASS_PURPOSE = new PurposeDef("diagnostics.crash",
      "Collect crash reports to fix bugs.", "An app that crashes less.", "OPT_OUT", false);

  private static final String[] NON_EXPERIMENTAL_PURPOSES = {"account", "sync", "security",
      "support", "billing", "personalization", "notifications", "analytics.usage",
      "diagnostics.crash"};

  private static final String[] RETENTIONS = {"P30D", "P2W", "P6M", "P1Y", "P1Y6M", "PT12H",
      "P1DT12H", "transient", "session", "until-account-deletion"};

  /** A kind of datum a product would store; the field name is {@code base} plus a suffix. */
  private record DatumTemplate(String base, String type, String description, boolean identifier,
      boolean sensitive) {}

  private static final List<DatumTemplate> DATA = List.of(
      new DatumTemplate("email", "String", "The email address you sign in with.", true, false),
      new DatumTemplate("accountId", "long", "The number of your account.", true, false),
      new DatumTemplate("deviceId", "String", "A random id of your device.", true, false),
      new DatumTemplate("phoneNumber", "String", "Your phone number, for sign-in codes.", true,
          false),
      new DatumTemplate("displayName", "String", "The name others see.", true, false),
      new DatumTemplate("advertisingId", "String", "The advertising id of your device.", true,
          false),
      new DatumTemplate("ipAddress", "String", "The network address you connect from.", true,
          false),
      new DatumTemplate("preferredLanguage", "String", "The language of the app.", false, false),
      new DatumTemplate("timeZone", "java.time.ZoneId", "Your time zone.", false, false),
      new DatumTemplate("country", "String", "The country you chose.", false, false),
      new DatumTemplate("birthYear", "int", "The year you were born.", false, false),
      new DatumTemplate("pageViews", "long", "How many pages you opened.", false, false),
      new DatumTemplate("searchQueries", "java.util.List<String>", "What you searched for.", false,
          false),
      new DatumTemplate("lastSignIn", "java.time.Instant", "When you last signed in.", false,
          false),
      new DatumTemplate("appVersion", "String", "The version of the app you use.", false, false),
      new DatumTemplate("crashCount", "int", "How often the app crashed for you.", false, false),
      new DatumTemplate("sessionLength", "java.time.Duration", "How long you used the app.",
          false, false),
      new DatumTemplate("theme", "String", "The colour theme you chose.", false, false),
      new DatumTemplate("marketingOptIn", "boolean", "Whether you want our newsletter.", false,
          false),
      new DatumTemplate("purchaseTotal", "java.math.BigDecimal", "What you spent this month.",
          false, false),
      new DatumTemplate("postalCode", "String", "The postal code for tax.", false, false),
      new DatumTemplate("referrer", "String", "The page that sent you to us.", false, false),
      new DatumTemplate("screenSize", "String", "The size of your screen.", false, false),
      new DatumTemplate("fontScale", "float", "The text size you chose.", false, false),
      new DatumTemplate("followedTopics", "java.util.Set<String>", "The topics you follow.",
          false, false),
      new DatumTemplate("watchHistory", "java.util.List<String>", "What you watched.", false,
          false),
      new DatumTemplate("averageDailyUsage", "double", "How long you use the app a day.", false,
          false),
      new DatumTemplate("clickCount", "long", "How many buttons you pressed.", false, false),
      new DatumTemplate("heartRate", "int", "Your heart rate from your watch.", false, true),
      new DatumTemplate("preciseLocation", "String", "Where you are, to a few metres.", false,
          true));

  /** Non-personal fields of plain classes; none should look like personal data. */
  private record PlainField(String name, String type, String init) {}

  private static final List<PlainField> PLAIN_FIELDS = List.of(
      new PlainField("sku", "String", "\"SKU-0\""),
      new PlainField("quantity", "int", "0"),
      new PlainField("unitPriceCents", "long", "0L"),
      new PlainField("warehouseCode", "String", "\"W1\""),
      new PlainField("createdAt", "java.time.Instant", "java.time.Instant.EPOCH"),
      new PlainField("updatedAt", "java.time.Instant", "java.time.Instant.EPOCH"),
      new PlainField("revision", "int", "1"),
      new PlainField("weightGrams", "double", "0.0"),
      new PlainField("tags", "java.util.List<String>", "new java.util.ArrayList<>()"),
      new PlainField("currency", "String", "\"EUR\""),
      new PlainField("active", "boolean", "true"),
      new PlainField("shelfLifeDays", "int", "30"),
      new PlainField("batchNumber", "long", "0L"),
      new PlainField("title", "String", "\"\""),
      new PlainField("ratios", "java.util.Map<String, Double>", "new java.util.HashMap<>()"),
      new PlainField("retryCount", "int", "3"),
      new PlainField("timeout", "java.time.Duration", "java.time.Duration.ofSeconds(5)"),
      new PlainField("checksum", "byte[]", "new byte[0]"));

  private final Path src;
  private final int n;
  private final Random random;
  private final List<Path> written = new ArrayList<>();
  private int reviewCounter = 1000;

  private Generate(Path out, int n, long seed) {
    this.src = out.resolve("src");
    this.n = n;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: java bench/synthetic/Generate.java OUT_DIR N [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 20260101L;
    new Generate(out, n, seed).run(out);
  }

  private void run(Path out) throws IOException {
    deleteRecursively(src);
    writeCatalog();
    for (int i = 0; i < n; i++) {
      writeDataType(i);
    }
    for (int i = 0; i < n; i++) {
      writePlainClass(i);
    }
    List<String> lines = new ArrayList<>();
    for (Path p : written) {
      lines.add(p.toString().replace('\\', '/'));
    }
    Collections.sort(lines);
    Files.write(out.resolve("sources.txt"), lines, StandardCharsets.UTF_8);
    System.out.printf("Generated %d @UserData types (%d data), %d plain classes, %d files in %s%n",
        n, n * FIELDS_PER_TYPE, n, written.size(), src);
  }

  private void writeCatalog() throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("/** The purpose catalog of the benchmark application. */\n");
    for (PurposeDef p : CATALOG) {
      s.append(purposeAnnotation(p, "Purpose")).append('\n');
    }
    s.append("package ").append(ROOT_PACKAGE).append(".catalog;\n\n");
    s.append("import dev.datasafety.Choice;\nimport dev.datasafety.Purpose;\n");
    write(ROOT_PACKAGE + ".catalog", "package-info", s.toString());

    String cls = "package " + ROOT_PACKAGE + ".catalog;\n\n"
        + "import dev.datasafety.Choice;\nimport dev.datasafety.Purpose;\n\n"
        + "/** Purposes owned by the crash-reporting team. */\n"
        + purposeAnnotation(CLASS_PURPOSE, "Purpose") + "\n"
        + "public final class CrashPurposes {\n  private CrashPurposes() {}\n}\n";
    write(ROOT_PACKAGE + ".catalog", "CrashPurposes", cls);
  }

  private static String purposeAnnotation(PurposeDef p, String simpleName) {
    StringBuilder s = new StringBuilder("@").append(simpleName).append("(id = ")
        .append(quote(p.id())).append(", description = ").append(quote(p.description()))
        .append(", userBenefit = ").append(quote(p.userBenefit()));
    if (!p.choice().equals("REQUIRED")) {
      s.append(", choice = Choice.").append(p.choice());
    }
    if (p.experimental()) {
      s.append(", experimental = true, expires = \"2099-12-31\"");
    }
    return s.append(')').toString();
  }

  /** The values a datum resolves to; each is written on the field unless the type gives it. */
  private record Datum(DatumTemplate template, String field, String kind, String form,
      boolean serverVisible, List<String> purposes, String retention, List<String> reviews,
      String name) {}

  /** Values written on the type, inherited by its members; null when not written. */
  private record TypeDefaults(String kind, List<String> purposes, String retention,
      List<String> reviews) {}

  private void writeDataType(int i) throws IOException {
    String pkg = ROOT_PACKAGE + ".data" + (i / TYPES_PER_PACKAGE);
    String typeName = "Profile" + i;
    boolean record = i % 7 == 3;
    TypeDefaults defaults = new TypeDefaults(
        random.nextBoolean() ? "ATTRIBUTE" : null,
        random.nextBoolean() ? List.of(pick(NON_EXPERIMENTAL_PURPOSES)) : null,
        random.nextBoolean() ? pick(RETENTIONS) : null,
        random.nextInt(10) < 3 ? List.of(nextReview()) : null);

    List<DatumTemplate> templates = new ArrayList<>(DATA);
    Collections.shuffle(templates, random);
    List<Datum> data = new ArrayList<>();
    for (int f = 0; f < FIELDS_PER_TYPE; f++) {
      data.add(datum(templates.get(f), defaults));
    }

    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    s.append("import dev.datasafety.DataForm;\nimport dev.datasafety.DataKind;\n");
    s.append("import dev.datasafety.UserData;\n\n");
    s.append("/** What the app keeps about a user, part ").append(i).append(". */\n");
    s.append("@UserData(name = ").append(quote("Your profile, part " + i))
        .append(", description = ").append(quote("Settings and activity of your account."));
    if (defaults.kind() != null) {
      s.append(", kind = DataKind.").append(defaults.kind());
    }
    if (defaults.purposes() != null) {
      s.append(", purposes = ").append(array(defaults.purposes()));
    }
    if (defaults.retention() != null) {
      s.append(", retention = ").append(quote(defaults.retention()));
    }
    if (defaults.reviews() != null) {
      s.append(", reviews = ").append(array(defaults.reviews()));
    }
    s.append(")\n");
    if (record) {
      s.append("public record ").append(typeName).append("(\n");
      for (int f = 0; f < data.size(); f++) {
        Datum d = data.get(f);
        s.append("    ").append(userData(d, defaults)).append(' ')
            .append(d.template().type()).append(' ').append(d.field())
            .append(f + 1 < data.size() ? ",\n" : ") {\n\n");
      }
      s.append("  /** Records can carry constants; static members are not data. */\n");
      s.append("  public static final int SCHEMA_VERSION = ").append(i % 5 + 1).append(";\n}\n");
    } else {
      s.append("public class ").append(typeName).append(" {\n\n");
      s.append("  private static final long serialVersionUID = ").append(i).append("L;\n\n");
      for (Datum d : data) {
        s.append("  ").append(userData(d, defaults)).append('\n');
        s.append("  private ").append(d.template().type()).append(' ').append(d.field())
            .append(";\n\n");
      }
      // Private fields without accessors, as real code often has (SPEC §11): the generated export
      // reads them at run time.
      s.setLength(s.length() - 1);
      s.append("}\n");
    }
    write(pkg, typeName, s.toString());
  }

  /** Chooses valid values for one datum, honouring the rules of SPEC §6. */
  private Datum datum(DatumTemplate t, TypeDefaults defaults) {
    String kind = t.identifier() ? "IDENTIFIER" : "ATTRIBUTE";
    // The experiment is declared (with its end date) but no datum serves it: since SPEC v2 an
    // experiment's data sits in a type of its own, and these types mix purposes.
    String form;
    if (t.identifier()) {
      form = random.nextInt(3) == 0 ? "PSEUDONYMIZED" : "RAW";
    } else {
      form = pick(new String[] {"RAW", "RAW", "PSEUDONYMIZED", "AGGREGATED", "ANONYMIZED"});
    }
    boolean serverVisible = random.nextInt(5) != 0;
    List<String> purposes;
    String retention;
    purposes = defaults.purposes() != null && random.nextBoolean()
        ? defaults.purposes()
        : distinctPurposes(1 + random.nextInt(2));
    retention = defaults.retention() != null && random.nextBoolean()
        ? defaults.retention()
        : pick(RETENTIONS);
    boolean needsReview = serverVisible && (form.equals("RAW") || form.equals("PSEUDONYMIZED"));
    List<String> reviews;
    if (defaults.reviews() != null && random.nextBoolean()) {
      reviews = defaults.reviews();
    } else if (needsReview || random.nextInt(4) == 0) {
      reviews = List.of(nextReview());
    } else {
      reviews = List.of();
    }
    String suffix = random.nextInt(4) == 0 ? "Backup" : "";
    String name = random.nextInt(6) == 0 ? humanize(t.base()) + (suffix.isEmpty() ? "" : " (backup)")
        : null;
    return new Datum(t, t.base() + suffix, kind, form, serverVisible, purposes, retention,
        reviews, name);
  }

  /** The {@code @UserData} of a member, leaving out what it inherits from the type. */
  private static String userData(Datum d, TypeDefaults defaults) {
    StringBuilder s = new StringBuilder("@UserData(");
    if (d.name() != null) {
      s.append("name = ").append(quote(d.name())).append(", ");
    }
    s.append("description = ").append(quote(d.template().description()));
    if (!d.kind().equals(defaults.kind())) {
      s.append(", kind = DataKind.").append(d.kind());
    }
    if (!d.purposes().equals(defaults.purposes())) {
      s.append(", purposes = ").append(array(d.purposes()));
    }
    if (!d.retention().equals(defaults.retention())) {
      s.append(", retention = ").append(quote(d.retention()));
    }
    if (!d.form().equals("RAW")) {
      s.append(", form = DataForm.").append(d.form());
    }
    if (!d.serverVisible()) {
      s.append(", serverVisible = false");
    }
    if (d.template().sensitive()) {
      s.append(", sensitive = true");
    }
    boolean inheritsReviews = defaults.reviews() != null && d.reviews().equals(defaults.reviews());
    if (!inheritsReviews && !d.reviews().isEmpty()) {
      s.append(", reviews = ").append(array(d.reviews()));
    } else if (!inheritsReviews && defaults.reviews() != null) {
      s.append(", reviews = {}");
    }
    return s.append(')').toString();
  }

  private void writePlainClass(int i) throws IOException {
    String pkg = ROOT_PACKAGE + ".plain" + (i / TYPES_PER_PACKAGE);
    String typeName = "StockItem" + i;
    List<PlainField> fields = new ArrayList<>(PLAIN_FIELDS);
    Collections.shuffle(fields, random);
    fields = fields.subList(0, 8 + random.nextInt(5));

    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    s.append("/** An item of the warehouse stock, number ").append(i).append(". */\n");
    s.append("public class ").append(typeName).append(" {\n\n");
    s.append("  private static final int LIMIT = ").append(10 + random.nextInt(90)).append(";\n");
    for (PlainField f : fields) {
      s.append("  private ").append(f.type()).append(' ').append(f.name()).append(" = ")
          .append(f.init()).append(";\n");
    }
    s.append('\n');
    for (PlainField f : fields) {
      String cap = Character.toUpperCase(f.name().charAt(0)) + f.name().substring(1);
      String get = f.type().equals("boolean") ? "is" : "get";
      s.append("  public ").append(f.type()).append(' ').append(get).append(cap)
          .append("() {\n    return ").append(f.name()).append(";\n  }\n\n");
    }
    s.append("  /** A little real work for javac: loops, generics, lambdas. */\n");
    s.append("  public java.util.Map<String, Integer> summarize(java.util.List<String> lines) {\n");
    s.append("    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();\n");
    s.append("    for (String line : lines) {\n");
    s.append("      if (line.length() > LIMIT) {\n        continue;\n      }\n");
    s.append("      counts.merge(line.strip(), 1, Integer::sum);\n    }\n");
    s.append("    counts.entrySet().removeIf(e -> e.getValue() < ").append(1 + random.nextInt(3))
        .append(");\n");
    s.append("    return counts;\n  }\n\n");
    s.append("  @Override\n  public String toString() {\n    return \"").append(typeName)
        .append("{\"");
    for (int f = 0; f < fields.size(); f++) {
      s.append(" + \"").append(f == 0 ? "" : ", ").append(fields.get(f).name()).append("=\" + ")
          .append(fields.get(f).type().equals("byte[]") ? "java.util.Arrays.toString(" : "")
          .append(fields.get(f).name())
          .append(fields.get(f).type().equals("byte[]") ? ")" : "");
    }
    s.append(" + \"}\";\n  }\n}\n");
    write(pkg, typeName, s.toString());
  }

  private List<String> distinctPurposes(int count) {
    List<String> all = new ArrayList<>(List.of(NON_EXPERIMENTAL_PURPOSES));
    Collections.shuffle(all, random);
    List<String> chosen = new ArrayList<>(all.subList(0, count));
    Collections.sort(chosen);
    return chosen;
  }

  /** {@code heartRate} → "Heart rate". */
  private static String humanize(String camel) {
    String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private String nextReview() {
    return "DSR-" + (reviewCounter++);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String array(List<String> values) {
    if (values.size() == 1) {
      return quote(values.get(0));
    }
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
    }
    return s.append('}').toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private void write(String pkg, String simpleName, String content) throws IOException {
    Path dir = src.resolve(pkg.replace('.', '/'));
    Files.createDirectories(dir);
    Path file = dir.resolve(simpleName + ".java");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    written.add(file);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
