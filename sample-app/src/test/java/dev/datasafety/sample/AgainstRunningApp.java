package dev.datasafety.sample;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests against Acme Notes running with a fresh database in a temporary folder, one per test. */
abstract class AgainstRunningApp {
  @TempDir Path data;
  RunningApp app;

  @BeforeEach
  void startApp() throws Exception {
    app = RunningApp.start(data);
  }

  @AfterEach
  void stopApp() throws Exception {
    app.close();
  }
}
