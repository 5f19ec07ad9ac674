package dev.datasafety.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Broken user code yields javac's own errors and never a processor exception (the support class
 * asserts that no exception was swallowed either).
 */
class BrokenCodeTest extends ProcessorTestSupport {

  @Test
  void missingFieldType() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Account {",
        "  DoesNotExist mystery;",
        "  @UserData(description = \"x\") AlsoMissing declared;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertThat(errorKeys(c)).doesNotContain("undeclared-field");
  }

  @Test
  void nonConstantAndWronglyTypedAnnotationValues() {
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  static String dynamic() { return \"P1D\"; }",
        "  @UserData(description = \"x\", purposes = \"account\", retention = dynamic(), kind = DataKind.ATTRIBUTE)",
        "  String a;",
        "  @UserData(description = 42, purposes = {1, 2}, retention = true, kind = \"IDENTIFIER\", form = null)",
        "  String b;",
        "  @UserData(description = \"x\", purposes = \"account\", retention = \"P1D\", kind = DataKind.NOPE)",
        "  String c;",
        "}");
    Compilation c = compile(CATALOG, account);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("expression not allowed as annotation value");
    assertThat(c).hadErrorContaining("incompatible types: boolean cannot be converted to java.lang.String");
  }

  @Test
  void unknownAnnotationElementAndMissingPurposeElements() {
    JavaFileObject catalog = source("test.Catalog",
        "package test;",
        "import dev.datasafety.*;",
        "@Purpose(id = \"x\")",
        "@Purpose(description = \"no id\", userBenefit = \"b\")",
        "@UserData(unknown = 1)",
        "final class Catalog {}");
    Compilation c = compile(catalog);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("is missing default values for elements description,userBenefit");
    assertThat(c).hadErrorContaining("is missing a default value for the element 'id'");
  }

  @Test
  void errorsInOtherFilesDoNotStopTheProcessor() {
    JavaFileObject broken = source("test.Broken",
        "package test;",
        "class Broken {",
        "  MissingType field;",
        "}");
    JavaFileObject account = source("test.Account",
        "package test;",
        "import dev.datasafety.*;",
        "class Account {",
        "  @UserData(description = \"x\", purposes = \"acount\", retention = \"P1D\", kind = DataKind.ATTRIBUTE,",
        "      serverVisible = false) String a;",
        "}");
    Compilation c = compile(CATALOG, account, broken);
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertThat(c).hadErrorContaining("[datasafety:undeclared-purpose]").inFile(account).onLineContaining("@UserData");
  }

  @Test
  void cyclicAndSelfReferentialUserDataTypes() {
    JavaFileObject person = source("test.Person",
        "package test;",
        "import dev.datasafety.*;",
        "import java.util.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Person {",
        "  @UserData(description = \"Name\") String name;",
        "  List<Person> friends;",
        "  Map<String, List<Optional<Person[]>>> deeplyNested;",
        "  Team team;",
        "}",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "class Team { Person lead; Set<Person> members; }");
    assertThat(compile(CATALOG, person)).succeeded();
  }

  @Test
  void localAndAnonymousClassesAndPackageInfo() {
    JavaFileObject local = source("test.Local",
        "package test;",
        "import dev.datasafety.*;",
        "class Local {",
        "  Object make() {",
        "    @UserData(purposes = \"account\", retention = \"P1D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "    class Inner { @UserData(description = \"x\") String value; }",
        "    return new Object() { @UserData(description = \"y\") String anonymous; };",
        "  }",
        "}");
    JavaFileObject packageInfo = source("test.package-info",
        "@UserData(purposes = \"account\")",
        "package test;",
        "import dev.datasafety.*;");
    Compilation c = compile(CATALOG, local, packageInfo);
    assertThat(c).hadErrorContaining("not applicable");
  }

  @Test
  void enumsAndInterfacesAndAnnotationTypesAnnotated() {
    JavaFileObject types = source("test.Types",
        "package test;",
        "import dev.datasafety.*;",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "enum Level { LOW, HIGH; String label; }",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "@interface Marker { String value(); }",
        "@UserData(purposes = \"account\", retention = \"P30D\", kind = DataKind.ATTRIBUTE, serverVisible = false)",
        "interface Api { String NAME = \"constant\"; }");
    Compilation c = compile(CATALOG, types);
    assertThat(c).hadErrorContaining("Field 'label' of @UserData type test.Level").inFile(types)
        .onLineContaining("String label");
    assertThat(errorKeys(c)).containsExactly("undeclared-field");
  }
}
