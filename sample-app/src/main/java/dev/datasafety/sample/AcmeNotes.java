package dev.datasafety.sample;

import dev.datasafety.sample.retention.RetentionJob;
import dev.datasafety.sample.store.Database;
import dev.datasafety.sample.store.Store;
import dev.datasafety.sample.web.AcmeServer;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts Acme Notes: {@code java -jar datasafety-sample-app.jar [--port 8080] [--data DIR]
 * [--public-url https://notes.example.com]}. The database lives under the data folder, created on
 * first start; the retention job runs at once and then every hour. The server listens on the
 * loopback interface only: a public URL names the proxy in front that people reach it through.
 */
public final class AcmeNotes {
  static final Duration RETENTION_INTERVAL = Duration.ofHours(1);

  private AcmeNotes() {}

  /** The command line, parsed. */
  record Arguments(int port, Path data, Optional<URI> publicUrl) {
    static Arguments parse(String[] args) {
      int port = 8080;
      Path data = Path.of("data");
      Optional<URI> publicUrl = Optional.empty();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length || !(name.equals("--port") || name.equals("--data") || name.equals("--public-url"))) {
          throw new IllegalArgumentException("unknown or incomplete argument: " + name);
        }
        String value = args[++i];
        if (name.equals("--public-url")) {
          URI url;
          try {
            url = new URI(value);
          } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--public-url takes a URL such as https://notes.example.com, not '"
                + value + "'");
          }
          if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("--public-url takes an http or https URL with a host, not '" + value + "'");
          }
          publicUrl = Optional.of(url);
        } else if (name.equals("--port")) {
          try {
            port = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number, not '" + value + "'");
          }
          if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
          }
        } else {
          data = Path.of(value);
        }
      }
      return new Arguments(port, data, publicUrl);
    }
  }

  public static void main(String[] args) throws Exception {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("acme-notes: " + e.getMessage());
      System.err.println("usage: java -jar datasafety-sample-app.jar [--port 8080] [--data DIR] [--public-url URL]");
      System.exit(2);
      return;
    }
    Clock clock = Clock.systemUTC();
    Database db = Database.open(arguments.data());
    RetentionJob retention = new RetentionJob(db, clock);
    retention.runOnce();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "retention-job");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(retention, RETENTION_INTERVAL.toMinutes(), RETENTION_INTERVAL.toMinutes(),
        TimeUnit.MINUTES);
    AcmeServer server = AcmeServer.start(InetAddress.getLoopbackAddress(), arguments.port(), new Store(db, clock),
        DataSafetyInventory.inventory(), arguments.publicUrl());
    System.out.println("Acme Notes is running: http://localhost:" + server.port() + "/ (data in "
        + arguments.data().toAbsolutePath() + ")");
  }
}
