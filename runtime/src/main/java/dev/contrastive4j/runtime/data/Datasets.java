package dev.contrastive4j.runtime.data;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.runtime.config.Suggestions;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryReader;
import dev.contrastive4j.runtime.data.directory.DatasetLayout;
import dev.contrastive4j.runtime.data.planetoid.Planetoid;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidFile;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidName;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidSource;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds a data set by the name users give on the command line or in a config: a built-in
 * name (the Planetoid citation graphs or the synthetic CSBM) or a directory in the project's
 * own format.
 */
public final class Datasets {
  /** The built-in offline default: the synthetic contextual stochastic block model. */
  public static final String DEFAULT = DatasetSpec.DEFAULT_NAME;

  /** Environment variable naming another base URL to download the Planetoid files from. */
  public static final String PLANETOID_URL_ENV = "CONTRASTIVE4J_PLANETOID_URL";

  /** Names that are not directories. */
  public static final List<String> BUILT_IN = DatasetSpec.BUILT_IN;

  private Datasets() {}

  /**
   * Where the Planetoid files are looked for: {@code planetoidDir}, else the cache, downloading
   * from {@code mirror} ({@value #PLANETOID_URL_ENV}; null or blank: the Planetoid repository).
   *
   * @throws DatasetException naming {@value #PLANETOID_URL_ENV} if {@code mirror} is not an
   *     http(s) URL
   */
  static PlanetoidSource planetoidSource(@Nullable Path planetoidDir, @Nullable String mirror) {
    PlanetoidSource.Builder source = PlanetoidSource.builder();
    if (planetoidDir != null) {
      source.dataDir(planetoidDir);
    }
    if (mirror != null && !mirror.isBlank()) {
      try {
        source.baseUrl(java.net.URI.create(mirror.strip()));
      } catch (IllegalArgumentException | DatasetException e) {
        // Not a URL (URI.create), or not http(s) (baseUrl, whose message names no variable).
        throw new DatasetException(PLANETOID_URL_ENV + " = '" + mirror + "' is not an http(s) "
            + "URL" + (e instanceof DatasetException ? "" : " (" + e.getMessage() + ")"));
      }
    }
    return source.build();
  }

  /**
   * Loads {@code nameOrDirectory}.
   *
   * @param nameOrDirectory cora, citeseer, pubmed, csbm, or a path to a data directory
   * @param planetoidDir where the Planetoid files are, or null for the cache/download
   * @throws DatasetException naming the data set or file at fault
   */
  public static GraphDataset load(String nameOrDirectory, @Nullable Path planetoidDir) {
    String name = nameOrDirectory.toLowerCase(Locale.ROOT);
    switch (name) {
      case "cora", "citeseer", "pubmed":
        return Planetoid.load(name,
            planetoidSource(planetoidDir, System.getenv(PLANETOID_URL_ENV)));
      case "csbm":
        return CsbmGenerator.generate(CsbmConfig.defaults());
      default:
        break;
    }
    String problem = nameProblem(nameOrDirectory);
    if (problem != null) {
      throw new DatasetException(problem);
    }
    Path dir = Path.of(nameOrDirectory);
    refusePlanetoidFiles(dir);
    return DatasetDirectoryReader.read(dir);
  }

  /**
   * The Planetoid files {@link #load} reads for {@code nameOrDirectory} that hold other data than
   * the published ones ({@link Planetoid#changedFiles}): those in {@code planetoidDir}, else in
   * the cache. Empty for the other data sets, and for a Planetoid data set not in the cache.
   *
   * @throws DatasetException if a file is there but cannot be read, or has other bytes than the
   *     published one and does not parse
   */
  public static List<Path> changedPlanetoidFiles(String nameOrDirectory,
      @Nullable Path planetoidDir) {
    String name = nameOrDirectory.toLowerCase(Locale.ROOT);
    if (!DatasetSpec.isPlanetoid(name)) {
      return List.of();
    }
    PlanetoidSource source = planetoidDir != null
        ? PlanetoidSource.builder().dataDir(planetoidDir).build()
        : PlanetoidSource.builder().download(false).build();
    Path dir;
    try {
      dir = Planetoid.locate(name, source);
    } catch (DatasetException notCached) {
      return List.of();
    }
    return Planetoid.changedFiles(name, dir);
  }

  /**
   * Why {@code nameOrDirectory} names no data set at all: an unknown name, a path that is not
   * there or is a file; null if it is a built-in name or a directory (which may still fail to
   * read). Lets a caller that knows where the name came from, such as a configuration's
   * {@code dataset.name}, say so.
   */
  public static @Nullable String nameProblem(String nameOrDirectory) {
    if (BUILT_IN.contains(nameOrDirectory.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String choices = "use one of " + BUILT_IN + " or a directory in the contrastive4j data format";
    Path dir;
    try {
      dir = Path.of(nameOrDirectory);
    } catch (InvalidPathException e) {
      return "'" + nameOrDirectory + "' is not a data set name or a path (" + e.getReason()
          + "); " + choices;
    }
    if (Files.isDirectory(dir)) {
      return null;
    }
    if (Files.exists(dir)) {
      return nameOrDirectory + ": is a file, not a data set; " + choices;
    }
    if (dir.getNameCount() > 1 || dir.isAbsolute() || nameOrDirectory.startsWith(".")) {
      // Meant as a path: saying "unknown data set" would hide that it is just not there.
      return nameOrDirectory + ": no such directory; " + choices;
    }
    return "unknown data set '" + nameOrDirectory + "'"
        + Suggestions.didYouMean(nameOrDirectory, BUILT_IN) + "; " + choices;
  }

  /**
   * Refuses a directory without a manifest that holds Planetoid files ({@code ind.cora.x},
   * ...), naming the options that read them: the reader would only say that
   * {@code dataset.json} is missing.
   */
  private static void refusePlanetoidFiles(Path dir) {
    if (Files.exists(dir.resolve(DatasetLayout.MANIFEST))) {
      return;
    }
    List<String> found = Arrays.stream(PlanetoidName.values())
        .filter(name -> Arrays.stream(PlanetoidFile.values())
            .anyMatch(file -> Files.exists(dir.resolve(file.fileName(name)))))
        .map(PlanetoidName::id)
        .toList();
    if (found.isEmpty()) {
      return;
    }
    String others = found.stream().skip(1).map(id -> "or --dataset " + id + "; ")
        .collect(Collectors.joining());
    throw new DatasetException(dir, "has no " + DatasetLayout.MANIFEST + " but holds Planetoid "
        + "files (ind." + String.join(".*, ind.", found) + ".*); read them with --dataset "
        + found.get(0) + " --data-dir " + dir + " (" + others + "dataset.name and "
        + "dataset.data_dir in a configuration)");
  }
}
