package dev.contrastive4j.runtime.data.directory;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.io.FileInput;
import dev.contrastive4j.runtime.io.SparseNpzFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each part of a data set lives inside its directory. Array files may be {@code .npy} or
 * {@code .csv}, and the file of a sparse feature also {@code .npz} ({@link SparseNpzFiles}); the
 * reader takes whichever exists.
 *
 * <pre>
 * dataset.json                         the manifest ({@link DatasetManifest})
 * nodes/&lt;node set&gt;/&lt;feature&gt;.npy|csv    one row per node (.npz if sparse)
 * edges/&lt;edge set&gt;.npy|csv               one row per edge: source, target
 * edges/&lt;edge set&gt;/&lt;feature&gt;.npy|csv    one row per edge
 * context/&lt;feature&gt;.npy|csv              one row per component (graph)
 * sizes/nodes/&lt;node set&gt;.npy|csv         one row per component: its number of nodes
 * sizes/edges/&lt;edge set&gt;.npy|csv         one row per component: its number of edges
 * (labels and split files: wherever the manifest says)
 * </pre>
 *
 * <p>The size files, TF-GNN's {@code sizes} of each node set and edge set, are there only in a
 * directory of many graphs, whose manifest sets {@code num_components}; the rows of the node
 * and edge files are then the components' items one component after the other.
 */
public final class DatasetLayout {
  /** The manifest's file name. */
  public static final String MANIFEST = "dataset.json";
  /** The directory of the size files, which only a directory of many graphs has. */
  public static final String SIZES = "sizes";

  private DatasetLayout() {}

  /** The file of a node set's feature, without extension: {@code nodes/<set>/<feature>}. */
  public static String nodeFeature(String nodeSet, String feature) {
    return "nodes/" + nodeSet + "/" + feature;
  }

  /** The file of an edge set's endpoints, without extension: {@code edges/<set>}. */
  public static String edges(String edgeSet) {
    return "edges/" + edgeSet;
  }

  /** The file of an edge set's feature, without extension: {@code edges/<set>/<feature>}. */
  public static String edgeFeature(String edgeSet, String feature) {
    return "edges/" + edgeSet + "/" + feature;
  }

  /** The file of a context feature, without extension: {@code context/<feature>}. */
  public static String contextFeature(String feature) {
    return "context/" + feature;
  }

  /**
   * The file of a node set's sizes (nodes per component), without extension:
   * {@code sizes/nodes/<set>}.
   */
  public static String nodeSizes(String nodeSet) {
    return SIZES + "/nodes/" + nodeSet;
  }

  /**
   * The file of an edge set's sizes (edges per component), without extension:
   * {@code sizes/edges/<set>}.
   */
  public static String edgeSizes(String edgeSet) {
    return SIZES + "/edges/" + edgeSet;
  }

  /**
   * The existing array file {@code base.npy} or {@code base.csv} in {@code dir}.
   *
   * @param what what the file holds, for the message (e.g. {@code node set 'paper', feature
   *     'feat'})
   * @throws DatasetException if neither or both exist, or one is a directory
   */
  static Path locate(Path dir, String base, String what) {
    return locate(dir, base, what, false);
  }

  /**
   * The existing file of a feature: {@code base.npy} or {@code base.csv}, or for a sparse
   * feature also {@code base.npz} (a matrix of {@code scipy.sparse.save_npz}).
   *
   * @param what what the file holds, for the message (e.g. {@code node set 'paper', feature
   *     'feat'})
   * @param sparse whether the schema makes the feature sparse, which a .npz file may hold
   * @throws DatasetException if none or more than one exist, or one is a directory
   */
  static Path locate(Path dir, String base, String what, boolean sparse) {
    Path npy = dir.resolve(base + ArrayFormat.NPY.extension());
    Path csv = dir.resolve(base + ArrayFormat.CSV.extension());
    Path npz = dir.resolve(base + SparseNpzFiles.EXTENSION);
    List<Path> candidates = sparse ? List.of(npy, csv, npz) : List.of(npy, csv);
    for (Path p : candidates) {
      if (Files.isDirectory(p)) {
        throw new DatasetException(p, FileInput.DIRECTORY);
      }
    }
    // Not isRegularFile: a pipe or device by either name is read, and refused as such.
    List<Path> found = candidates.stream().filter(Files::exists).toList();
    if (found.size() > 1) {
      List<String> names = found.stream().map(p -> base + extension(p)).toList();
      throw new DatasetException(found.get(0), (found.size() == 2 ? "both " : "all of ")
          + String.join(found.size() == 2 ? " and " : ", ", names) + " exist for " + what
          + "; keep only one");
    }
    if (found.isEmpty()) {
      // Named by the .npy path ('|' or braces would not be valid in a path everywhere).
      String others = sparse ? base + ".csv or " + base + SparseNpzFiles.EXTENSION
          : base + ".csv";
      String npzHint = !sparse && Files.exists(npz) ? "; " + base + SparseNpzFiles.EXTENSION
          + " holds a sparse matrix, which only a feature with \"sparse\": true in the "
          + "schema is read from" : "";
      throw new DatasetException(npy, "file not found, nor " + others + "; " + what
          + " is stored in one of them" + npzHint);
    }
    return found.get(0);
  }

  /** Whether {@code file} is a sparse matrix's {@code .npz} file. */
  static boolean isSparseMatrix(Path file) {
    return file.getFileName().toString().endsWith(SparseNpzFiles.EXTENSION);
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.'));
  }

  /**
   * Checks that a set or feature name can serve as a file name.
   *
   * @throws ManifestFieldException naming {@code field} otherwise
   */
  static void checkName(String field, String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")
        || name.contains("\\") || name.indexOf('\0') >= 0) {
      throw new ManifestFieldException(field, "has the name '" + name + "', which cannot be "
          + "used as a file name (no '/', '\\', '.' or '..')");
    }
  }

  /**
   * Checks that {@code path} is a relative path to an array file inside the directory.
   *
   * @throws ManifestFieldException naming {@code field} otherwise
   */
  static void checkRelativePath(String field, String path) {
    if (path.isEmpty() || path.indexOf('\0') >= 0 || path.startsWith("/")
        || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
      throw new ManifestFieldException(field, "is '" + path + "'; it must be a path relative "
          + "to the data set directory");
    }
    for (String part : path.split("[/\\\\]")) {
      if (part.equals("..")) {
        throw new ManifestFieldException(field, "is '" + path + "'; it must stay inside the "
            + "data set directory (no '..')");
      }
    }
    if (ArrayFormat.of(Path.of(path)).isEmpty()) {
      throw new ManifestFieldException(field, "is '" + path + "'; it must name a .npy or .csv "
          + "file");
    }
  }
}
