/** The application module: its own declarations, and the library's objects exported from here. */
module com.example.app {
  requires com.example.lib;
}
