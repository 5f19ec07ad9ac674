package dev.datasafety.processor.collect;

import dev.datasafety.processor.diag.Position;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Where a catalog annotation ({@code @Purpose}, {@code @Recipient}, {@code @DataController}) is written in the sources. */
public record DeclarationSite(Element holder, AnnotationMirror annotation) {

  /** The position of one of the annotation's values, else of the annotation. */
  public Position at(String elementName) {
    return Annotations.written(annotation, elementName)
        .map(v -> Position.of(holder, annotation, v))
        .orElseGet(() -> Position.of(holder, annotation));
  }

  /** Whether an element is written explicitly (javac reports a missing required element itself). */
  public boolean written(String elementName) {
    return Annotations.written(annotation, elementName).isPresent();
  }

  /** How messages name the holder: {@code package com.acme} or {@code com.acme.Privacy}. */
  public String describe() {
    if (holder instanceof PackageElement p) {
      return "package " + p.getQualifiedName();
    }
    if (holder instanceof TypeElement t) {
      return t.getQualifiedName().toString();
    }
    return holder.getSimpleName().toString();
  }
}
