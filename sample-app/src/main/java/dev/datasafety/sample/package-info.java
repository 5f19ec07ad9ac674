/** The sample application (placeholder until its own issue). */
package dev.datasafety.sample;
