/**
 * The run-time model of a datasafety inventory, used by the code the processor generates: the
 * purposes and data of the application ({@link dev.datasafety.runtime.DataInventory}), each
 * datum's metadata ({@link dev.datasafety.runtime.DatumInfo}) with its retention as
 * {@code java.time} values ({@link dev.datasafety.runtime.DataRetention}), and the behaviour of
 * the generated {@code DataSafetyInventory} ({@link dev.datasafety.runtime.ModuleInventory}: the
 * inventory, the document, and the export of an object's declared data, read at run time).
 * Generated code is data; everything it does is here, tested once. Depends on the JDK only.
 */
package dev.datasafety.runtime;
