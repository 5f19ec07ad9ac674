/** A library module declaring its own purposes and data; it exports its package and opens nothing. */
module com.example.lib {
  requires transitive dev.datasafety;
  exports com.example.lib;
}
