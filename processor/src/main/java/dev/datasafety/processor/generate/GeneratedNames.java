package dev.datasafety.processor.generate;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Names of the generated classes: {@code Account} → {@code AccountUserData}, {@code Outer.Inner} → {@code Outer_InnerUserData}. */
final class GeneratedNames {
  static final String SUFFIX = "UserData";
  /** The application-level class, in the common package of the module's declarations. */
  static final String INVENTORY_CLASS = "DataSafetyInventory";

  private GeneratedNames() {}

  static ClassName userDataClass(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    for (; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      names.add(t.getSimpleName().toString());
    }
    Collections.reverse(names);
    String pkg = e instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return ClassName.get(pkg, String.join("_", names) + SUFFIX);
  }

  /** The qualified name, as {@code Elements.getTypeElement} takes it. */
  static String qualified(ClassName name) {
    return name.packageName().isEmpty() ? name.simpleName() : name.packageName() + "." + name.simpleName();
  }
}
