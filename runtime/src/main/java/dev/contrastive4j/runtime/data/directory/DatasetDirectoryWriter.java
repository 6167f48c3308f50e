package dev.contrastive4j.runtime.data.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.io.ArrayFiles;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.io.AtomicFiles;
import dev.contrastive4j.runtime.io.FileOutput;
import dev.contrastive4j.runtime.io.SparseNpzFiles;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Saves a {@link GraphDataset} as a data set directory that {@link DatasetDirectoryReader} reads
 * back to an equal data set (sparse features as {@code .npz} files of
 * {@code scipy.sparse.save_npz} when arrays are written as .npy, stored dense in CSV and made
 * sparse again on reading): one graph, or a graph of many components with their sizes; labels
 * of nodes, or of graphs ({@link GraphDataset#ofGraphs}) with {@code target.level}
 * {@code "graph"}. A data set of one graph that labels nodes is written as before the format
 * held more, without the new fields.
 *
 * <p>The directory is written next to its final place under a temporary name and then renamed,
 * so it appears whole or not at all. The target must not exist or must be an empty directory.
 */
public final class DatasetDirectoryWriter {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private DatasetDirectoryWriter() {}

  /**
   * Writes {@code dataset} to {@code dir}, its arrays as {@code format} (arrays of more than
   * two dimensions always as .npy, which CSV cannot hold).
   *
   * @throws DatasetException if a set or feature name cannot be a file name, a feature's data
   *     type has no name in a schema, {@code dir} exists and is not an empty directory, or a file
   *     cannot be written
   * @throws NullPointerException naming the argument, if one is null
   */
  public static void write(GraphDataset dataset, Path dir, ArrayFormat format) {
    Objects.requireNonNull(dataset, "DatasetDirectoryWriter.write: dataset must not be null");
    Objects.requireNonNull(dir, "DatasetDirectoryWriter.write: dir must not be null");
    Objects.requireNonNull(format, "DatasetDirectoryWriter.write: format must not be null");
    GraphTensor graph = dataset.graph();
    Path target = requireWritable(dir);
    String ext = format.extension();
    Map<String, Long> counts = new LinkedHashMap<>();
    graph.nodeSets().forEach((name, set) -> counts.put(name, set.totalSize()));
    DatasetManifest manifest;
    try {
      manifest = new DatasetManifest(DatasetManifest.FORMAT_VERSION, dataset.name(), null,
          GraphSchema.of(graph), graph.numComponents() == 1 ? null : graph.numComponents(),
          counts,
          DatasetManifest.Target.of(dataset.targetNodeSet(), dataset.featureName(),
              dataset.labelLevel(), "labels" + ext, dataset.numClasses()),
          new DatasetManifest.SplitFiles("split/train" + ext, "split/val" + ext,
              "split/test" + ext));
    } catch (ManifestFieldException | InvalidGraphException e) {
      // A name that cannot be a file name, or a feature the schema cannot describe (naming it).
      throw new DatasetException(target, "cannot be written: " + e.getMessage(), e);
    }

    Path tmp = target.resolveSibling("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.createDirectories(tmp);
      try {
        writeContents(dataset, manifest, tmp, format);
      } catch (DatasetException e) {
        // Named where it was to be written: the temporary directory is gone when this is read.
        Path file = e.file() != null && e.file().startsWith(tmp)
            ? target.resolve(tmp.relativize(e.file())) : target;
        // A file the system refused says so already: "cannot be written (No space left ...)".
        String problem = e.problem().startsWith(FileOutput.CANNOT_BE_WRITTEN) ? e.problem()
            : FileOutput.CANNOT_BE_WRITTEN + ": " + e.problem();
        throw new DatasetException(file, problem, e);
      }
      if (Files.exists(target)) {
        Files.delete(target); // empty, as checked; rename then puts the full one in its place
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (DirectoryNotEmptyException e) {
      throw new DatasetException(target, "was filled by someone else while being written", e);
    } catch (IOException e) {
      // Named as the target: the temporary directory is gone when this is read.
      String reason = FileOutput.reason(target, e).replace(tmp.toString(), target.toString());
      throw new DatasetException(target, "cannot be written (" + reason + ")", e);
    } finally {
      deleteRecursively(tmp);
    }
  }

  /**
   * Checks, before a data set is made, that {@link #write} may write to {@code dir}: it must not
   * exist or must be an empty directory.
   *
   * @return {@code dir} as an absolute, normalized path
   * @throws DatasetException naming {@code dir} if it exists and is not an empty directory
   */
  public static Path requireWritable(Path dir) {
    Objects.requireNonNull(dir, "DatasetDirectoryWriter.requireWritable: dir must not be null");
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      throw new DatasetException(target, "already exists and is not an empty directory; "
          + "choose a new directory");
    }
    return target;
  }

  private static void writeContents(GraphDataset dataset, DatasetManifest manifest, Path dir,
      ArrayFormat format) throws IOException {
    GraphTensor graph = dataset.graph();
    for (Map.Entry<String, NodeSet> e : graph.nodeSets().entrySet()) {
      writeFeatures(dir, e.getValue().features(),
          name -> DatasetLayout.nodeFeature(e.getKey(), name), format);
    }
    for (Map.Entry<String, EdgeSet> e : graph.edgeSets().entrySet()) {
      Adjacency adj = e.getValue().adjacency();
      int[][] pairs = new int[adj.size()][];
      int[] s = adj.sourceView();
      int[] t = adj.targetView();
      for (int i = 0; i < pairs.length; i++) {
        pairs[i] = new int[] {s[i], t[i]};
      }
      INDArray endpoints = pairs.length == 0 ? Nd4j.create(DataType.INT32, 0, 2)
          : Nd4j.createFromArray(pairs);
      ArrayFiles.write(dir.resolve(DatasetLayout.edges(e.getKey()) + format.extension()),
          endpoints, List.of("source", "target"));
      writeFeatures(dir, e.getValue().features(),
          name -> DatasetLayout.edgeFeature(e.getKey(), name), format);
    }
    writeFeatures(dir, graph.context().features(), DatasetLayout::contextFeature, format);
    if (manifest.hasSizes()) {
      graph.nodeSets().forEach((name, set) -> writeLongs(
          dir.resolve(DatasetLayout.nodeSizes(name) + format.extension()), set.sizes(), "size"));
      graph.edgeSets().forEach((name, set) -> writeLongs(
          dir.resolve(DatasetLayout.edgeSizes(name) + format.extension()), set.sizes(), "size"));
    }

    int[] labels = dataset.labels();
    writeInts(dir.resolve(manifest.target().labels()), labels, "label");
    String item = dataset.labelLevel() == LabelLevel.GRAPH ? "component" : "node";
    writeInts(dir.resolve(manifest.split().train()), dataset.split().train(), item);
    writeInts(dir.resolve(manifest.split().val()), dataset.split().val(), item);
    writeInts(dir.resolve(manifest.split().test()), dataset.split().test(), item);
    try {
      AtomicFiles.writeString(dir.resolve(DatasetLayout.MANIFEST),
          JSON.writeValueAsString(manifest) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest is always serializable", e);
    }
  }

  private static void writeFeatures(Path dir, Map<String, Feature> features,
      java.util.function.UnaryOperator<String> base, ArrayFormat format) {
    features.forEach((name, f) -> {
      if (f instanceof Feature.Sparse sparse && format == ArrayFormat.NPY) {
        // Binary files keep a sparse feature sparse, in scipy's format; CSV stays text.
        SparseNpzFiles.write(dir.resolve(base.apply(name) + SparseNpzFiles.EXTENSION),
            sparse.values());
        return;
      }
      INDArray values = f.toDense();
      // CSV holds tables of one or more columns; anything else goes to .npy, which the reader
      // finds as well.
      boolean table = values.rank() == 1 || (values.rank() == 2 && values.size(1) > 0);
      ArrayFormat fmt = table ? format : ArrayFormat.NPY;
      ArrayFiles.write(dir.resolve(base.apply(name) + fmt.extension()), values,
          header(name, values));
    });
  }

  private static List<String> header(String feature, INDArray values) {
    if (values.rank() == 1) {
      return List.of(headerName(feature));
    }
    if (values.rank() != 2) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (long c = 0; c < values.size(1); c++) {
      names.add(feature + "_" + c);
    }
    return names;
  }

  private static String headerName(String feature) {
    // A header cell must not be a number or contain CSV syntax; fall back to a plain word.
    return feature.matches("[A-Za-z_][A-Za-z0-9_.\\- ]*") ? feature : "value";
  }

  private static void writeInts(Path file, int[] values, String column) {
    INDArray a = values.length == 0 ? Nd4j.create(DataType.INT32, 0)
        : Nd4j.createFromArray(values);
    ArrayFiles.write(file, a, List.of(column));
  }

  private static void writeLongs(Path file, long[] values, String column) {
    ArrayFiles.write(file, Nd4j.createFromArray(values), List.of(column));
  }

  private static boolean isEmptyDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
            throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException ignored) {
      // Best effort: a left-over temporary directory is harmless and clearly named.
    }
  }
}
