package dev.datasafety.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The private Maven repository the fixture builds use, so that they never touch the user's
 * {@code ~/.m2}: it holds this reactor's freshly built artifacts, and fetches everything else
 * first from the user's local repository (read through a {@code file://} URL, so nothing is
 * written there) and then from Maven Central. A fixture build thus reuses what the outer build
 * downloaded and works on a clean machine too.
 */
final class FixtureRepository {
  private static final String GROUP_PATH = "dev/datasafety";

  private final Path root;
  private final Path localRepository;
  private final Path settings;

  private FixtureRepository(Path root, Path work) {
    this.root = root;
    this.localRepository = work.resolve("repository");
    this.settings = work.resolve("settings.xml");
  }

  /** Installs this reactor's artifacts and writes the settings file; call once per test run. */
  static FixtureRepository prepare(Path reactorRoot, Path work, String version, Path userRepository) throws IOException {
    FixtureRepository repository = new FixtureRepository(reactorRoot, work);
    repository.install("datasafety-parent", version, null, reactorRoot.resolve("pom.xml"));
    repository.install("datasafety-annotations", version,
        built(reactorRoot, "annotations", "datasafety-annotations", version), reactorRoot.resolve("annotations/pom.xml"));
    // The shaded jar and the pom that goes with it: the dependency-reduced one, as published.
    repository.install("datasafety-processor", version,
        built(reactorRoot, "processor", "datasafety-processor", version),
        reactorRoot.resolve("processor/dependency-reduced-pom.xml"));
    repository.writeSettings(userRepository);
    return repository;
  }

  Path localRepository() {
    return localRepository;
  }

  Path settings() {
    return settings;
  }

  private static Path built(Path reactorRoot, String module, String artifactId, String version) {
    Path jar = reactorRoot.resolve(module).resolve("target").resolve(artifactId + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the integration tests with `mvn verify` from "
          + reactorRoot + ", which packages the jars before the integration-test phase");
    }
    return jar;
  }

  private void install(String artifactId, String version, Path jar, Path pom) throws IOException {
    if (!Files.isRegularFile(pom)) {
      throw new IllegalStateException(pom + " is missing: run the integration tests with `mvn verify` from " + root);
    }
    Path folder = localRepository.resolve(GROUP_PATH).resolve(artifactId).resolve(version);
    Files.createDirectories(folder);
    String base = artifactId + "-" + version;
    Files.copy(pom, folder.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(jar, folder.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void writeSettings(Path userRepository) throws IOException {
    String userRepositoryUrl = userRepository.toUri().toString();
    String repository = """
              <id>user-local-repository</id>
              <url>%s</url>
              <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
              <!-- Never a snapshot from there: this reactor's snapshots are installed above. -->
              <snapshots><enabled>false</enabled></snapshots>
        """.formatted(userRepositoryUrl);
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
          <localRepository>%s</localRepository>
          <profiles>
            <profile>
              <id>reuse-user-local-repository</id>
              <repositories>
                <repository>
        %s        </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
        %s        </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>reuse-user-local-repository</activeProfile>
          </activeProfiles>
        </settings>
        """.formatted(localRepository, repository, repository);
    Files.createDirectories(settings.getParent());
    Files.writeString(settings, xml, StandardCharsets.UTF_8);
  }
}
