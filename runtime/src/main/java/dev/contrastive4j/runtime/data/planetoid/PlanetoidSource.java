package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where {@link Planetoid#load(String, PlanetoidSource)} finds the raw files, in this order:
 *
 * <ol>
 *   <li>an explicit {@linkplain Builder#dataDir(Path) data directory} holding
 *       {@code ind.<name>.*} directly; when one is given nothing else is tried;
 *   <li>the {@linkplain Builder#cacheDir(Path) cache}, one sub-directory per data set
 *       ({@code <cacheDir>/cora/ind.cora.x}, ...);
 *   <li>a download from {@linkplain Builder#baseUrl(URI) the Planetoid repository} into the
 *       cache, unless {@linkplain Builder#download(boolean) disabled}. Downloads are verified
 *       (SHA-256 where the digest is known, otherwise by parsing every file) before they are
 *       moved into the cache in one atomic step; a failed or corrupt download leaves the cache
 *       as it was.
 * </ol>
 *
 * <p>The default cache directory is {@code <root>/planetoid}, where {@code <root>} is the system
 * property {@value #CACHE_PROPERTY} if set, else the environment variable {@value #CACHE_ENV} if
 * set, else {@code ~/.cache/contrastive4j}.
 */
public final class PlanetoidSource {
  /** Environment variable naming the root of the contrastive4j cache. */
  public static final String CACHE_ENV = "CONTRASTIVE4J_CACHE";
  /** System property naming the root of the contrastive4j cache; wins over the variable. */
  public static final String CACHE_PROPERTY = "contrastive4j.cache";
  /** The data directory of the Planetoid repository (Yang et al., 2016) on GitHub. */
  public static final URI DEFAULT_BASE_URL =
      URI.create("https://github.com/kimiyoung/planetoid/raw/master/data");
  /** Default time allowed to connect and for each file's response. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private final Path dataDir;
  private final Path cacheDir;
  private final URI baseUrl;
  private final boolean download;
  private final Duration timeout;

  private PlanetoidSource(Builder b) {
    this.dataDir = b.dataDir;
    this.cacheDir = b.cacheDir != null ? b.cacheDir : defaultCacheDir();
    this.baseUrl = b.baseUrl;
    this.download = b.download;
    this.timeout = b.timeout;
  }

  /** The cache in its default place, downloading from the Planetoid repository on a miss. */
  public static PlanetoidSource defaults() {
    return builder().build();
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The explicit data directory, if one was given. */
  public Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  /** The cache directory (holds one sub-directory per data set). */
  public Path cacheDir() {
    return cacheDir;
  }

  /** The URL under which {@code ind.<name>.<part>} files are downloaded. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Whether a cache miss may download. */
  public boolean downloadEnabled() {
    return download;
  }

  /** Time allowed to connect and for each file's response. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The default cache directory from the system property {@value #CACHE_PROPERTY}, the
   * environment variable {@value #CACHE_ENV} or the user's home, with {@code planetoid}
   * appended.
   */
  public static Path defaultCacheDir() {
    return defaultCacheDir(System::getenv, System.getProperties());
  }

  /** {@link #defaultCacheDir()} with the environment and properties given, for tests. */
  static Path defaultCacheDir(UnaryOperator<String> env, Properties properties) {
    String root = properties.getProperty(CACHE_PROPERTY);
    if (root == null || root.isBlank()) {
      root = env.apply(CACHE_ENV);
    }
    Path base = root == null || root.isBlank()
        ? Path.of(properties.getProperty("user.home", "."), ".cache", "contrastive4j")
        : Path.of(root.trim());
    return base.resolve("planetoid");
  }

  @Override
  public String toString() {
    return "PlanetoidSource[" + (dataDir != null ? "dataDir=" + dataDir
        : "cacheDir=" + cacheDir + ", baseUrl=" + baseUrl + ", download=" + download) + "]";
  }

  /** Builds a {@link PlanetoidSource}; every setting is optional. */
  public static final class Builder {
    private Path dataDir;
    private Path cacheDir;
    private URI baseUrl = DEFAULT_BASE_URL;
    private boolean download = true;
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder() {}

    /** Read the files from {@code dir} only (no cache, no download). */
    public Builder dataDir(Path dir) {
      this.dataDir = Objects.requireNonNull(dir, "dataDir");
      return this;
    }

    /** Keep downloaded data sets under {@code dir} instead of the default cache. */
    public Builder cacheDir(Path dir) {
      this.cacheDir = Objects.requireNonNull(dir, "cacheDir");
      return this;
    }

    /**
     * Download from {@code url} ({@code http} or {@code https}); file names are appended.
     *
     * @throws DatasetException if the URL is not http(s)
     */
    public Builder baseUrl(URI url) {
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new DatasetException("Planetoid base URL must be http or https, was '" + url
            + "'");
      }
      this.baseUrl = url;
      return this;
    }

    /** Whether a cache miss may download (default true). */
    public Builder download(boolean enabled) {
      this.download = enabled;
      return this;
    }

    /**
     * Time allowed to connect and for each file's response (default 2 minutes).
     *
     * @throws DatasetException if not positive
     */
    public Builder timeout(Duration value) {
      if (value == null || value.isZero() || value.isNegative()) {
        throw new DatasetException("Planetoid download timeout must be positive, was " + value);
      }
      this.timeout = value;
      return this;
    }

    /** The source with the settings made so far (the default cache if none was set). */
    public PlanetoidSource build() {
      return new PlanetoidSource(this);
    }
  }
}
