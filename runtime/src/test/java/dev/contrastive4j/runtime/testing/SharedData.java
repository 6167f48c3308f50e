package dev.contrastive4j.runtime.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared test data ({@code ../shared} next to the repository, holding
 * {@code datasets/planetoid} and {@code golden/...}).
 *
 * <p>When the data is absent a test is skipped (a JUnit assumption), except under the
 * environment variable {@code CI=true}, where it fails: CI must never pass by skipping.
 * The system property {@code contrastive4j.shared} overrides the location.
 */
public final class SharedData {
  /** System property that names the shared directory explicitly. */
  public static final String PROPERTY = "contrastive4j.shared";

  private SharedData() {}

  /** The shared directory, or a skip (a failure under CI=true) if there is none. */
  public static Path root() {
    return require(find(), "the shared test data directory ../shared");
  }

  /** {@code relative} inside the shared directory, which must exist (else skip, or fail on CI). */
  public static Path path(String relative) {
    Path root = root();
    Path p = root.resolve(relative);
    return require(Files.exists(p) ? Optional.of(p) : Optional.empty(), p.toString());
  }

  /** The directory with the raw Planetoid files ({@code ind.cora.x}, ...). */
  public static Path planetoidDir() {
    return path("datasets/planetoid");
  }

  /**
   * The shared directory if it can be found: the system property, else {@code ../shared} seen
   * from the repository root or from a module directory (Maven runs tests in the module).
   */
  public static Optional<Path> find() {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path candidate : List.of(cwd.resolve("../shared"), cwd.resolve("../../shared"))) {
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate.normalize());
      }
    }
    return Optional.empty();
  }

  /** Whether the environment says this is a CI run ({@code CI=true}). */
  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** {@code found}'s value, else a skip, or a failure when running on CI. */
  static Path require(Optional<Path> found, String what) {
    return require(found, what, isCi());
  }

  /** As {@link #require(Optional, String)} with the CI flag given, for testing the rule. */
  static Path require(Optional<Path> found, String what, boolean ci) {
    if (found.isPresent()) {
      return found.get();
    }
    String message = what + " is missing";
    if (ci) {
      return Assertions.fail(message + " (CI=true: shared data is required)");
    }
    Assumptions.assumeTrue(false, message + "; skipping");
    throw new IllegalStateException("unreachable: the assumption above aborts the test");
  }
}
