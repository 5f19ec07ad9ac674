/**
 * The run-time model of a datasafety inventory, used by the code the processor generates: the
 * purposes and data of the application ({@link dev.datasafety.runtime.DataInventory}), each
 * datum's metadata ({@link dev.datasafety.runtime.DatumInfo}) with its retention as
 * {@code java.time} values ({@link dev.datasafety.runtime.DataRetention}), and the helpers the
 * generated {@code export} methods use ({@link dev.datasafety.runtime.Exports}). Depends on the
 * JDK only.
 */
package dev.datasafety.runtime;
