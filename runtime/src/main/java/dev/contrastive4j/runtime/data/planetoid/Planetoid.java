package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads the Planetoid citation data sets (Cora, CiteSeer, PubMed) with the standard public
 * split, as {@link GraphDataset}s.
 *
 * <p>The graph has one node set {@value #NODE_SET} whose sparse float32 feature
 * {@value #FEATURE} holds the bag-of-words (or TF-IDF) vectors, and one edge set
 * {@value #EDGE_SET} from papers to papers with every citation in both directions. See
 * {@link PlanetoidReader} for the node order and split, and {@link PlanetoidSource} for where
 * the files come from.
 *
 * <pre>{@code
 * GraphDataset cora = Planetoid.load("cora");                        // cache, else download
 * GraphDataset local = Planetoid.load("citeseer",
 *     PlanetoidSource.builder().dataDir(Path.of("data/planetoid")).build());
 * }</pre>
 */
public final class Planetoid {
  /** Name of the node set of papers. */
  public static final String NODE_SET = "paper";
  /** Name of the edge set of citations. */
  public static final String EDGE_SET = "cites";
  /** Name of the papers' input feature. */
  public static final String FEATURE = "feat";
  /** Number of validation nodes in the standard split. */
  public static final int VALIDATION_SIZE = 500;

  private Planetoid() {}

  /**
   * Loads data set {@code name} ({@code cora}, {@code citeseer} or {@code pubmed}, any case)
   * from the default cache, downloading it on a miss.
   *
   * @throws DatasetException if the name is unknown or the data cannot be found or read
   */
  public static GraphDataset load(String name) {
    return load(name, PlanetoidSource.defaults());
  }

  /**
   * Loads data set {@code name} from {@code source}.
   *
   * @throws DatasetException if the name is unknown or the data cannot be found or read; the
   *     message names the file or URL at fault, and for a damaged file in the cache says to
   *     delete the cached copy so that it is downloaded again
   */
  public static GraphDataset load(String name, PlanetoidSource source) {
    PlanetoidName id = PlanetoidName.of(name);
    Path dir = locate(id, source);
    try {
      return PlanetoidReader.read(id, dir);
    } catch (DatasetException e) {
      if (source.dataDir().isPresent()) {
        throw e;
      }
      // Not the user's file to mend: a fresh download replaces a damaged cached copy.
      throw new DatasetException(e.file() == null ? dir : e.file(), e.problem()
          + "; delete the cached copy " + dir + " so that " + id + " is downloaded again", e);
    }
  }

  /**
   * The files of data set {@code name} in {@code dir} that hold other data than those the
   * Planetoid repository publishes: a copy that was edited, or damaged where it still parses,
   * which {@link #load} cannot tell from the real data. A file saved again with other bytes but
   * the same content (another pickle protocol, numpy version or line end) is not listed. Only
   * Cora's and CiteSeer's files are known (PubMed gives an empty list), and missing files are not
   * listed.
   *
   * @throws DatasetException if the name is unknown, or a file is there but cannot be read, or
   *     has other bytes and does not parse
   */
  public static List<Path> changedFiles(String name, Path dir) {
    return PlanetoidChecksums.changed(PlanetoidName.of(name), dir);
  }

  /**
   * The directory holding the files of data set {@code name}: the data directory if
   * {@code source} has one, else the cache entry, downloading it first on a miss.
   *
   * @throws DatasetException if the name is unknown, or the data set is not cached and cannot
   *     be downloaded
   */
  public static Path locate(String name, PlanetoidSource source) {
    return locate(PlanetoidName.of(name), source);
  }

  private static Path locate(PlanetoidName name, PlanetoidSource source) {
    Optional<Path> dataDir = source.dataDir();
    if (dataDir.isPresent()) {
      return dataDir.get();
    }
    PlanetoidCache cache = new PlanetoidCache(source.cacheDir());
    if (cache.contains(name)) {
      return cache.entry(name);
    }
    if (!source.downloadEnabled()) {
      throw new DatasetException(cache.entry(name), "Planetoid data set '" + name
          + "' is not in the cache and downloading is disabled");
    }
    return new PlanetoidDownloader(source, cache).download(name);
  }
}
