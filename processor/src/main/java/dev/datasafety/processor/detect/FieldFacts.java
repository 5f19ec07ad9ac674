package dev.datasafety.processor.detect;

import java.util.List;

/**
 * Facts about one field, taken from javac's model by the caller, so that the classifier stays
 * plain Java and can be tested and benchmarked without a compiler.
 *
 * @param fieldName the simple name of the field, record component or getter's property
 * @param declaredNames the names persistence and serialisation annotations give it ({@code
 *     @Column(name = "email_address")}, {@code @JsonProperty("dob")}, {@code @SerializedName}),
 *     tried when the field name says nothing
 * @param typeName the erasure of the field's type, qualified ({@code "java.lang.String"},
 *     {@code "boolean"}, {@code "java.util.List"}, {@code "long[]"})
 * @param typeIsEnum whether the field's type is an enum
 * @param enclosingClassName the simple name of the class that declares the field ({@code
 *     "Customer"})
 * @param heldBy whose data the enclosing class holds by the type graph of the compilation: {@link
 *     Owner#PERSON} for a {@code @UserData} type or a type a person's class holds (the {@code
 *     Address} of a {@code Customer}), {@link Owner#ORGANISATION} for a type only organisations
 *     hold, else {@link Owner#NEUTRAL} (the class's own name decides)
 * @param outerClassNames the simple names of the classes around a nested enclosing class,
 *     innermost first ({@code ["Company", "Account"]} for {@code Account.Company.Address}); they
 *     give context when the enclosing class itself gives none
 * @param structureClassWords the context words the enclosing class's own fields give it, as if
 *     they were in its name: the person it points at ({@code ["employee"]} for a {@code Payslip}
 *     with an {@code employeeId}: a record that points at a person is that person's record), the
 *     datum its parts name ({@code ["card"]} for a class with a {@code last4} and an {@code
 *     expMonth})
 * @param packageName the package of the enclosing class ({@code "com.acme.accounting"}), or empty
 */
public record FieldFacts(
    String fieldName,
    List<String> declaredNames,
    String typeName,
    boolean typeIsEnum,
    String enclosingClassName,
    Owner heldBy,
    List<String> outerClassNames,
    List<String> structureClassWords,
    String packageName) {

  public FieldFacts {
    declaredNames = List.copyOf(declaredNames);
    outerClassNames = List.copyOf(outerClassNames);
    structureClassWords = List.copyOf(structureClassWords);
  }

  /** Facts about a field of a nested class, with no annotation names; {@code ownedByPerson} for a {@code @UserData} type. */
  public FieldFacts(
      String fieldName,
      String typeName,
      boolean typeIsEnum,
      String enclosingClassName,
      boolean ownedByPerson,
      List<String> outerClassNames) {
    this(fieldName, List.of(), typeName, typeIsEnum, enclosingClassName,
        ownedByPerson ? Owner.PERSON : Owner.NEUTRAL, outerClassNames, List.of(), "");
  }

  /** Facts about a field of a top-level class. */
  public FieldFacts(
      String fieldName, String typeName, boolean typeIsEnum, String enclosingClassName, boolean ownedByPerson) {
    this(fieldName, typeName, typeIsEnum, enclosingClassName, ownedByPerson, List.of());
  }
}
