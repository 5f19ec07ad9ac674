package dev.datasafety.processor.model;

import dev.datasafety.Choice;

/** A declared purpose as the inventory shows it. */
public record PurposeInfo(
    String id, String title, String description, String userBenefit, Choice choice, boolean experimental) {}
