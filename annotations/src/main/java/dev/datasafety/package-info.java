/**
 * Annotations that declare personal data, why it is collected and how long it is kept. The
 * datasafety annotation processor turns them into a checked inventory at compile time.
 */
package dev.datasafety;
