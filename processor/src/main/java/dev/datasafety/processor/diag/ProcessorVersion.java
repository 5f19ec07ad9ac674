package dev.datasafety.processor.diag;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The processor's version, as the build wrote it: named in internal errors and by {@code --version}. */
public final class ProcessorVersion {
  private ProcessorVersion() {}

  public static String read() {
    try (InputStream in = ProcessorVersion.class.getResourceAsStream("/dev/datasafety/processor/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException | RuntimeException unreadable) {
      return "unknown";
    }
  }
}
