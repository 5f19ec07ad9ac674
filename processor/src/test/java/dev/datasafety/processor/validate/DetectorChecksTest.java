package dev.datasafety.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.datasafety.processor.ProcessorTestSupport;
import dev.datasafety.processor.DataSafetyProcessor;
import dev.datasafety.processor.diag.InternalErrors;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two detector warnings as users see them: undeclared-personal-data and possibly-sensitive. */
class DetectorChecksTest {
  private static final String UNDECLARED = "[datasafety:undeclared-personal-data]";
  private static final String SENSITIVE = "[datasafety:possibly-sensitive]";

  /**
   * javac runs a processor only for compilations that contain one of its annotations; every
   * compilation here declares the purpose its data uses, as a real module does.
   */
  static final JavaFileObject PURPOSES = ProcessorTestSupport.source("com.acme.Purposes",
      "package com.acme;",
      "import dev.datasafety.Purpose;",
      "@Purpose(id = \"account\", description = \"Sign you in.\", userBenefit = \"Your account on every device.\")",
      "class Purposes {}");

  @BeforeEach
  @AfterEach
  void noSwallowedExceptions() {
    assertThat(InternalErrors.caught()).isEmpty();
    InternalErrors.clear();
  }

  static Compilation compile(List<String> options, String qualifiedName, String... lines) {
    return ProcessorTestSupport.compiler()
        .withProcessors(new DataSafetyProcessor())
        .withOptions(ProcessorTestSupport.withHostOptions(options))
        .compile(PURPOSES, ProcessorTestSupport.source(qualifiedName, lines));
  }

  static Compilation compile(String qualifiedName, String... lines) {
    return compile(List.of(), qualifiedName, lines);
  }

  private static long count(Compilation compilation, String text) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(null).contains(text))
        .count();
  }

  @Test
  void warnsOnAFieldThatLooksLikePersonalDataNamingTheDataTypeAndTheSuppression() {
    Compilation compilation = compile("com.acme.Customer",
        "package com.acme;",
        "class Customer {",
        "  String email;",
        "  String emailTemplate;",
        "  boolean phoneVerified;",
        "  int loginCount;",
        "}");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(UNDECLARED + " Field 'email' of com.acme.Customer looks like an email address")
        .inFile(compilation.sourceFiles().get(1))
        .onLineContaining("String email;");
    assertThat(compilation).hadWarningContaining("@SuppressWarnings(\"datasafety:undeclared-personal-data\")");
    assertThat(compilation).hadWarningContaining("@NotUserData(");
    assertThat(count(compilation, UNDECLARED)).isEqualTo(1);
  }

  @Test
  void usesTheClassAsContextForBareNames() {
    Compilation compilation = compile("com.acme.Shop",
        "package com.acme;",
        "class Shop {",
        "  static class Patient { String name; String city; }",
        "  static class Product { String name; }",
        "  static class Realm { String name; String displayName; }",
        "}");
    assertThat(compilation)
        .hadWarningContaining("Field 'name' of com.acme.Shop.Patient looks like a person's name")
        .inFile(compilation.sourceFiles().get(1))
        .onLineContaining("class Patient");
    assertThat(compilation).hadWarningContaining("Field 'city' of com.acme.Shop.Patient looks like a postal address");
    assertThat(count(compilation, UNDECLARED)).isEqualTo(2);
  }

  @Test
  void recordComponentsAreCheckedOnce() {
    Compilation compilation = compile("com.acme.Signup",
        "package com.acme;",
        "record Signup(String phoneNumber, int attempts) {}");
    assertThat(compilation).hadWarningContaining("Record component 'phoneNumber' of com.acme.Signup looks like a phone number");
    assertThat(count(compilation, UNDECLARED)).isEqualTo(1);
  }

  @Test
  void severityErrorFailsTheBuild() {
    Compilation compilation = compile(List.of("-Adatasafety.undeclaredPersonalData=error"), "com.acme.Customer",
        "package com.acme;",
        "class Customer { String dateOfBirth; }");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(UNDECLARED + " Field 'dateOfBirth' of com.acme.Customer looks like a birth date");
  }

  @Test
  void severityOffReportsNothing() {
    Compilation compilation = compile(List.of("-Adatasafety.undeclaredPersonalData=off"), "com.acme.Customer",
        "package com.acme;",
        "class Customer { String email; }");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void suppressionOnTheMemberOrAnyEnclosingElement() {
    Compilation compilation = compile("com.acme.Holder",
        "package com.acme;",
        "class Holder {",
        "  @SuppressWarnings(\"datasafety:undeclared-personal-data\") String email;",
        "  @SuppressWarnings(\"datasafety\") String phone;",
        "  @SuppressWarnings(\"unchecked\") String ssn;",
        "  @SuppressWarnings(\"datasafety:possibly-sensitive\") String iban;",
        "  @SuppressWarnings(\"datasafety\") static class Quiet { String lastName; static class Deeper { String zipCode; } }",
        "}");
    assertThat(compilation).hadWarningContaining("Field 'ssn' of com.acme.Holder looks like a government identifier");
    assertThat(compilation).hadWarningContaining("Field 'iban' of com.acme.Holder looks like a bank account number");
    assertThat(count(compilation, UNDECLARED)).isEqualTo(2);
  }

  @Test
  void suppressionAlsoHoldsAtSeverityError() {
    Compilation compilation = compile(List.of("-Adatasafety.undeclaredPersonalData=error"), "com.acme.Customer",
        "package com.acme;",
        "@SuppressWarnings(\"datasafety:undeclared-personal-data\")",
        "class Customer { String email; }");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void notUserDataOnTheMemberOrTypeSilencesTheDetector() {
    Compilation compilation = compile("com.acme.Config",
        "package com.acme;",
        "import dev.datasafety.NotUserData;",
        "class Config {",
        "  @NotUserData(\"the shop's own support address\") String email;",
        "  @NotUserData(\"test fixtures\") static class Fixtures { String firstName; static class More { String ssn; } }",
        "}");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void skipsDeclaredDataStaticFieldsAndFieldsOfUserDataTypes() {
    Compilation compilation = compile("com.acme.Account",
        "package com.acme;",
        "import dev.datasafety.*;",
        "class Account {",
        "  static final String EMAIL = \"email\";",
        "  static String phone;",
        "  @UserData(description = \"Your email.\", kind = DataKind.IDENTIFIER, purposes = \"account\",",
        "      retention = \"until-account-deletion\", reviews = \"DSR-1\")",
        "  String email;",
        "  Contact contact;",
        "  java.util.List<Contact> contacts;",
        "}",
        "@UserData(kind = DataKind.IDENTIFIER, purposes = \"account\", retention = \"P1Y\", reviews = \"DSR-2\")",
        "class Contact {",
        "  @UserData(description = \"Your phone number.\") String phone;",
        "  @NotUserData(\"the display order\") int position;",
        "}");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void possiblySensitiveOnDeclaredSpecialCategoryDataWithSensitiveFalse() {
    Compilation compilation = compile("com.acme.Patient",
        "package com.acme;",
        "import dev.datasafety.*;",
        "@UserData(kind = DataKind.ATTRIBUTE, purposes = \"account\", retention = \"P1Y\", reviews = \"DSR-3\")",
        "class Patient {",
        "  @UserData(description = \"Your blood type.\") String bloodType;",
        "  @UserData(description = \"Your diagnosis.\", sensitive = true) String diagnosis;",
        "  @UserData(description = \"Notes.\", name = \"Medical history\") String notes;",
        "  @UserData(description = \"Your nickname.\") String nickname;",
        "  @SuppressWarnings(\"datasafety:possibly-sensitive\")",
        "  @UserData(description = \"Your passport.\") String passportNumber;",
        "}");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(SENSITIVE + " Field 'bloodType' of com.acme.Patient looks like special-category data (health data, category health.medical)")
        .inFile(compilation.sourceFiles().get(1))
        .onLineContaining("String bloodType");
    assertThat(compilation).hadWarningContaining("Field 'notes' of com.acme.Patient looks like special-category data (health data, category health.medical)");
    assertThat(compilation).hadWarningContaining("@SuppressWarnings(\"datasafety:possibly-sensitive\")");
    assertThat(count(compilation, SENSITIVE)).isEqualTo(2);
  }

  @Test
  void possiblySensitivePointsAtAWrittenSensitiveFalse() {
    Compilation compilation = compile("com.acme.Checkin",
        "package com.acme;",
        "import dev.datasafety.*;",
        "class Checkin {",
        "  @UserData(description = \"Where you checked in.\", kind = DataKind.ATTRIBUTE, purposes = \"account\",",
        "      retention = \"P30D\", reviews = \"DSR-4\",",
        "      sensitive = false)",
        "  double latitude;",
        "}");
    assertThat(compilation)
        .hadWarningContaining(SENSITIVE + " Field 'latitude' of com.acme.Checkin looks like special-category data (a precise location, category location.precise)")
        .inFile(compilation.sourceFiles().get(1))
        .onLineContaining("sensitive = false");
  }

  @Test
  void brokenCodeNeitherCrashesNorGuessesAboutUnknownTypes() {
    Compilation compilation = compile("com.acme.Broken",
        "package com.acme;",
        "class Broken<T extends CharSequence> {",
        "  Missing email;",
        "  T phone;",
        "  java.util.List<String>[] lastNames;",
        "}");
    assertThat(compilation).failed();
    assertThat(compilation).hadWarningContaining("Field 'phone' of com.acme.Broken looks like a phone number");
    assertThat(compilation).hadWarningContaining("Field 'lastNames' of com.acme.Broken looks like a person's name");
    assertThat(count(compilation, "Field 'email'")).isEqualTo(0);
  }
}
