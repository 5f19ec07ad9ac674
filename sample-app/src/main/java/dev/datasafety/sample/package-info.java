/**
 * Acme Notes, the datasafety sample application: a small notes service whose privacy page,
 * "your data" export, account deletion and retention job all come from the code the datasafety
 * processor generates from its {@code @UserData} declarations.
 */
package dev.datasafety.sample;
