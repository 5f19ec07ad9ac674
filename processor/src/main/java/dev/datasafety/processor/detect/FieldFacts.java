package dev.datasafety.processor.detect;

/**
 * Facts about one field, taken from javac's model by the caller, so that the classifier stays
 * plain Java and can be tested and benchmarked without a compiler.
 *
 * @param fieldName the simple name of the field or record component
 * @param typeName the erasure of the field's type, qualified ({@code "java.lang.String"},
 *     {@code "boolean"}, {@code "java.util.List"}, {@code "long[]"})
 * @param typeIsEnum whether the field's type is an enum
 * @param enclosingClassName the simple name of the class that declares the field ({@code
 *     "Customer"})
 * @param enclosingIsUserDataType whether that class is annotated {@code @UserData}
 * @param outerClassNames the simple names of the classes around a nested enclosing class,
 *     innermost first ({@code ["Company", "Account"]} for {@code Account.Company.Address}); they
 *     give context when the enclosing class itself gives none
 */
public record FieldFacts(
    String fieldName,
    String typeName,
    boolean typeIsEnum,
    String enclosingClassName,
    boolean enclosingIsUserDataType,
    java.util.List<String> outerClassNames) {

  public FieldFacts {
    outerClassNames = java.util.List.copyOf(outerClassNames);
  }

  /** Facts about a field of a top-level class. */
  public FieldFacts(
      String fieldName,
      String typeName,
      boolean typeIsEnum,
      String enclosingClassName,
      boolean enclosingIsUserDataType) {
    this(fieldName, typeName, typeIsEnum, enclosingClassName, enclosingIsUserDataType, java.util.List.of());
  }
}
