package dev.contrastive4j.runtime.data.directory;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.Context;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.FeatureSpec;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.config.Suggestions;
import dev.contrastive4j.runtime.io.ArrayExpectation;
import dev.contrastive4j.runtime.io.ArrayFile;
import dev.contrastive4j.runtime.io.ArrayFiles;
import dev.contrastive4j.runtime.io.ElementKind;
import dev.contrastive4j.runtime.io.FileInput;
import dev.contrastive4j.runtime.io.JsonDocuments;
import dev.contrastive4j.runtime.io.UnreadableFileException;
import dev.contrastive4j.runtime.io.JsonMessages;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Loads a data set directory (see {@link DatasetLayout} and {@link DatasetManifest}) into a
 * {@link GraphDataset}.
 *
 * <p>Every problem ends in one {@link DatasetException} that names the file at fault: the
 * manifest and its JSON field for a manifest problem, the array file and its line (CSV) or row
 * (.npy) for a bad value, shape or type, an edge index past its node set, a label out of range
 * or a split index that is out of range, unlabeled or in two parts.
 */
public final class DatasetDirectoryReader {
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // A count of 24.5 is a mistake to report, not to round down to 24.
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // Nor is a count of "24" (as in an experiment file), or a number where a name belongs.
      .withCoercionConfig(LogicalType.Integer, c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  private DatasetDirectoryReader() {}

  /**
   * Reads the data set in {@code dir}.
   *
   * @throws DatasetException naming the file (and field, line or row) at fault
   */
  public static GraphDataset read(Path dir) {
    String problem = FileInput.directoryProblem(dir);
    if (problem != null) {
      throw new DatasetException(dir, problem);
    }
    Path manifestFile = dir.resolve(DatasetLayout.MANIFEST);
    DatasetManifest m = readManifest(manifestFile);
    GraphSchema schema = m.schema();

    GraphTensor.Builder graph = GraphTensor.builder();
    schema.nodeSets().forEach((set, spec) -> {
      int n = m.nodeCount(set);
      Map<String, Feature> features = new LinkedHashMap<>();
      spec.features().forEach((name, fs) -> features.put(name, readFeature(dir,
          DatasetLayout.nodeFeature(set, name), "node set '" + set + "', feature '" + name + "'",
          fs, n)));
      graph.nodeSet(set, NodeSet.of(n, features));
    });
    schema.edgeSets().forEach((set, spec) -> {
      Adjacency adjacency = readEdges(dir, set, spec, m);
      Map<String, Feature> features = new LinkedHashMap<>();
      spec.features().forEach((name, fs) -> features.put(name, readFeature(dir,
          DatasetLayout.edgeFeature(set, name), "edge set '" + set + "', feature '" + name + "'",
          fs, adjacency.size())));
      graph.edgeSet(set, EdgeSet.of(adjacency, features));
    });
    Map<String, Feature> contextFeatures = new LinkedHashMap<>();
    schema.context().features().forEach((name, fs) -> contextFeatures.put(name, readFeature(dir,
        DatasetLayout.contextFeature(name), "context feature '" + name + "'", fs, 1)));
    graph.context(Context.of(contextFeatures));

    DatasetManifest.Target target = m.target();
    int n = m.nodeCount(target.nodeSet());
    int[] labels = readLabels(dir.resolve(target.labels()), n, target.numClasses());
    Split split = readSplit(dir, m.split(), labels);
    try {
      GraphTensor g = graph.build();
      schema.check(g);
      return new GraphDataset(m.name(), g, target.nodeSet(), target.feature(), labels,
          target.numClasses(), split);
    } catch (InvalidGraphException e) {
      // The checks above should have named the file; this is the last line of defence.
      throw new DatasetException(manifestFile, e.getMessage(), e);
    }
  }

  /**
   * Reads and checks a manifest file.
   *
   * @throws DatasetException naming the file and the JSON field at fault, e.g.
   *     {@code dataset.json: missing field 'target.num_classes'}
   */
  public static DatasetManifest readManifest(Path file) {
    JsonNode tree;
    try {
      tree = JsonDocuments.readFile(JSON, file);
    } catch (UnreadableFileException e) {
      throw new DatasetException(file, e.getCause() instanceof NoSuchFileException
          ? "file not found; a data set directory needs its manifest " + DatasetLayout.MANIFEST
          : e.getMessage(), e.getCause());
    }
    if (tree == null) {
      throw new DatasetException(file, "is empty; it must hold a JSON object");
    }
    if (!tree.isObject()) {
      throw new DatasetException(file, "must hold a JSON object, found "
          + JsonMessages.describe(tree));
    }
    try {
      return JSON.treeToValue(tree, DatasetManifest.class);
    } catch (ValueInstantiationException e) {
      String path = JsonMessages.path(e);
      if (e.getCause() instanceof ManifestFieldException f) {
        throw new DatasetException(file, fieldProblem(tree, path, f), e);
      }
      if (e.getCause() instanceof InvalidGraphException g) {
        // The graph types start their messages with the part at fault, e.g. "schema: ...",
        // which the field's path names already.
        String part = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        String detail = g.getMessage().startsWith(part + ": ")
            ? g.getMessage().substring(part.length() + 2) : g.getMessage();
        throw new DatasetException(file, "field '" + path + "': " + detail, e);
      }
      throw new DatasetException(file, JsonMessages.mapping(e), e);
    } catch (JsonProcessingException e) {
      throw new DatasetException(file, e instanceof JsonMappingException m
          ? JsonMessages.mapping(m, tree) : JsonMessages.oneLine(e.getOriginalMessage()), e);
    }
  }

  private static String fieldProblem(JsonNode tree, String path, ManifestFieldException f) {
    String prefix = path.isEmpty() ? "" : path + ".";
    if (!f.problem().equals("is missing")) {
      return "field '" + prefix + f.field() + "' " + f.problem();
    }
    // Jackson reports unknown fields only after the object is built, so a misspelt required
    // field shows up as missing: name the look-alike the object has instead.
    String lookAlike = lookAlike(tree, path, f.field());
    return "missing field '" + prefix + f.field() + "'"
        + (lookAlike == null ? "" : "; the file has '" + prefix + lookAlike + "', misspelt?");
  }

  /** A key of the JSON object at {@code path} that is close to {@code field}, or null. */
  private static String lookAlike(JsonNode tree, String path, String field) {
    JsonNode node = tree;
    for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
      node = node == null ? null : node.get(step);
    }
    if (node == null || !node.isObject()) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    keys.remove(field);
    return Suggestions.closest(field, keys);
  }

  private static Feature readFeature(Path dir, String base, String what, FeatureSpec spec,
      long rows) {
    Path file = DatasetLayout.locate(dir, base, what);
    ArrayExpectation expected = ArrayExpectation.forFeature(spec, rows);
    ArrayFile a = ArrayFiles.read(file, spec.dataType(), expected);
    INDArray values = a.values();
    if (spec.dataType().isFPType()) {
      checkFinite(a);
    }
    if (spec.sparse()) {
      return Feature.sparse(CsrMatrix.fromDense(values));
    }
    return Feature.dense(values);
  }

  private static void checkFinite(ArrayFile a) {
    Optional<NonFiniteElement> bad = NonFiniteElement.first(a.values());
    if (bad.isPresent()) {
      throw new DatasetException(a.file(), a.rowName(bad.get().row()) + " holds "
          + bad.get().value() + "; features must be finite");
    }
  }

  private static Adjacency readEdges(Path dir, String set, GraphSchema.EdgeSetSpec spec,
      DatasetManifest m) {
    Path file = DatasetLayout.locate(dir, DatasetLayout.edges(set), "edge set '" + set + "'");
    ArrayFile a = ArrayFiles.read(file, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, ArrayExpectation.ANY, 2));
    int e = (int) a.values().size(0);
    long[] flat = e == 0 ? new long[0] : a.values().dup('c').data().asLong();
    int[] source = new int[e];
    int[] target = new int[e];
    int sourceCount = m.nodeCount(spec.source());
    int targetCount = m.nodeCount(spec.target());
    for (int i = 0; i < e; i++) {
      source[i] = endpoint(a, i, flat[2 * i], "source", spec.source(), sourceCount);
      target[i] = endpoint(a, i, flat[2 * i + 1], "target", spec.target(), targetCount);
    }
    return new Adjacency(spec.source(), spec.target(), source, target);
  }

  private static int endpoint(ArrayFile a, int row, long index, String end, String nodeSet,
      int count) {
    if (index < 0 || index >= count) {
      throw new DatasetException(a.file(), a.rowName(row) + ": " + end + " index " + index
          + " is outside node set '" + nodeSet + "' (" + count + " nodes, so 0 to "
          + (count - 1) + ")");
    }
    return (int) index;
  }

  private static int[] readLabels(Path file, int n, int numClasses) {
    ArrayFile a = ArrayFiles.read(file, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, n));
    long[] values = n == 0 ? new long[0] : a.values().dup('c').data().asLong();
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      if (values[i] < GraphDataset.UNLABELED || values[i] >= numClasses) {
        throw new DatasetException(file, a.rowName(i) + ": label " + values[i]
            + " is outside [0, " + numClasses + ") (num_classes is " + numClasses
            + "; -1 marks an unlabeled node)");
      }
      labels[i] = (int) values[i];
    }
    return labels;
  }

  private static Split readSplit(Path dir, DatasetManifest.SplitFiles files, int[] labels) {
    Path[] owner = new Path[labels.length];
    int[] train = readPart(dir.resolve(files.train()), labels, owner);
    int[] val = readPart(dir.resolve(files.val()), labels, owner);
    int[] test = readPart(dir.resolve(files.test()), labels, owner);
    return new Split(train, val, test);
  }

  private static int[] readPart(Path file, int[] labels, Path[] owner) {
    ArrayFile a = ArrayFiles.read(file, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, ArrayExpectation.ANY));
    int k = (int) a.values().length();
    long[] values = k == 0 ? new long[0] : a.values().dup('c').data().asLong();
    int[] ids = new int[k];
    for (int i = 0; i < k; i++) {
      long id = values[i];
      if (id < 0 || id >= labels.length) {
        throw new DatasetException(file, a.rowName(i) + ": node " + id + " is outside the "
            + labels.length + " nodes of the target node set");
      }
      if (labels[(int) id] == GraphDataset.UNLABELED) {
        throw new DatasetException(file, a.rowName(i) + ": node " + id + " has no label (-1)");
      }
      if (owner[(int) id] != null) {
        throw new DatasetException(file, a.rowName(i) + ": node " + id + " is already in "
            + (owner[(int) id].equals(file) ? "this file" : owner[(int) id].toString()));
      }
      owner[(int) id] = file;
      ids[i] = (int) id;
    }
    return ids;
  }
}
