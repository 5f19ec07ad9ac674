package dev.datasafety.processor.detect;

/**
 * A recognised kind of personal data.
 *
 * @param dataType the stable id of the data type in the vocabulary ({@code "email"}, {@code
 *     "phone"}, {@code "birth-date"}); used in reports and documentation
 * @param label the data type in words, for messages ({@code "an email address"})
 * @param category the SPEC §3.1 category to declare it with ({@code "contact.email"})
 * @param specialCategory whether the data type is special-category data, to be declared {@code
 *     sensitive = true}
 */
public record DataTypeMatch(String dataType, String label, String category, boolean specialCategory) {}
