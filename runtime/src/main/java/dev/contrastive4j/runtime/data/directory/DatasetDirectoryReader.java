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
import dev.contrastive4j.api.data.LabelLevel;
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
import dev.contrastive4j.runtime.io.SparseNpzFiles;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Loads a data set directory (see {@link DatasetLayout} and {@link DatasetManifest}) into a
 * {@link GraphDataset}.
 *
 * <p>Every problem ends in one {@link DatasetException} that names the file at fault: the
 * manifest and its JSON field for a manifest problem, the array file and its line (CSV) or row
 * (.npy) for a bad value, shape or type, an edge index past its node set or outside its
 * component, sizes that do not add up, a label out of range or a split index that is out of
 * range, unlabeled or in two parts.
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
      // Nor is a flag written as a number ("sparse": 1), which Jackson takes as true.
      .withCoercionConfig(LogicalType.Boolean, c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  /** Where the number of components comes from, as messages name it. */
  private static final String COMPONENTS_FIELD =
      "field 'num_components' of " + DatasetLayout.MANIFEST;

  private DatasetDirectoryReader() {}

  /** Where the number of nodes of {@code set} comes from, as messages name it. */
  private static String nodeCountField(String set) {
    return "field 'node_counts." + set + "' of " + DatasetLayout.MANIFEST;
  }

  /**
   * Reads the data set in {@code dir}: one graph, or with {@code num_components} in its
   * manifest many graphs as the components of one {@link GraphTensor}; labeling nodes, or with
   * {@code target.level} {@code "graph"} whole graphs ({@link GraphDataset#ofGraphs}).
   *
   * @throws DatasetException naming the file (and field, line or row) at fault
   * @throws NullPointerException if {@code dir} is null
   */
  public static GraphDataset read(Path dir) {
    Objects.requireNonNull(dir, "DatasetDirectoryReader.read: dir must not be null");
    String problem = FileInput.directoryProblem(dir);
    if (problem != null) {
      throw new DatasetException(dir, problem);
    }
    Path manifestFile = dir.resolve(DatasetLayout.MANIFEST);
    DatasetManifest m = readManifest(manifestFile);
    GraphSchema schema = m.schema();
    int components = m.components();

    GraphTensor.Builder graph = GraphTensor.builder();
    Map<String, NodeSet> nodeSets = new LinkedHashMap<>();
    schema.nodeSets().forEach((set, spec) -> {
      int n = m.nodeCount(set);
      long[] sizes = !m.hasSizes() ? new long[] {n} : readSizes(dir,
          DatasetLayout.nodeSizes(set), "node set '" + set + "'", components, n,
          "nodes, but " + nodeCountField(set) + " is " + n);
      Map<String, Feature> features = new LinkedHashMap<>();
      spec.features().forEach((name, fs) -> features.put(name, readFeature(dir,
          DatasetLayout.nodeFeature(set, name), "node set '" + set + "', feature '" + name + "'",
          fs, n, nodeCountField(set))));
      NodeSet nodes = NodeSet.of(sizes, features);
      nodeSets.put(set, nodes);
      graph.nodeSet(set, nodes);
    });
    schema.edgeSets().forEach((set, spec) -> {
      Path file = DatasetLayout.locate(dir, DatasetLayout.edges(set), "edge set '" + set + "'");
      Adjacency adjacency = readEdges(file, spec, m);
      long[] sizes = !m.hasSizes() ? new long[] {adjacency.size()} : readSizes(dir,
          DatasetLayout.edgeSizes(set), "edge set '" + set + "'", components, adjacency.size(),
          "edges, but " + dir.relativize(file) + " has " + adjacency.size());
      EdgeSet edges = EdgeSet.of(sizes, adjacency, Map.of());
      if (m.hasSizes()) {
        checkWithinComponents(file, set, edges, nodeSets);
      }
      Map<String, Feature> features = new LinkedHashMap<>();
      spec.features().forEach((name, fs) -> features.put(name, readFeature(dir,
          DatasetLayout.edgeFeature(set, name), "edge set '" + set + "', feature '" + name + "'",
            fs, adjacency.size(), "the edges of " + dir.relativize(file))));
      graph.edgeSet(set, edges.withFeatures(features));
    });
    Map<String, Feature> contextFeatures = new LinkedHashMap<>();
    String componentsFrom = m.hasSizes() ? COMPONENTS_FIELD
        : "one graph: no num_components in " + DatasetLayout.MANIFEST;
    schema.context().features().forEach((name, fs) -> contextFeatures.put(name, readFeature(dir,
        DatasetLayout.contextFeature(name), "context feature '" + name + "'",
        fs, components, componentsFrom)));
    graph.context(Context.of(contextFeatures));

    DatasetManifest.Target target = m.target();
    Items items = target.labelLevel() == LabelLevel.NODE
        ? new Items("node", "nodes of the target node set", m.nodeCount(target.nodeSet()), null)
        : new Items("component", "components", components,
            nodeSets.get(target.nodeSet()).sizes());
    int[] labels = readLabels(dir.resolve(target.labels()), items, m);
    Split split = readSplit(dir, m.split(), labels, items);
    try {
      GraphTensor g = graph.build();
      schema.check(g);
      return target.labelLevel() == LabelLevel.NODE
          ? new GraphDataset(m.name(), g, target.nodeSet(), target.feature(), labels,
              target.numClasses(), split)
          : GraphDataset.ofGraphs(m.name(), g, target.nodeSet(), target.feature(), labels,
              target.numClasses(), split);
    } catch (InvalidGraphException e) {
      // The checks above should have named the file; this is the last line of defence.
      throw new DatasetException(manifestFile, e.getMessage(), e);
    }
  }

  /**
   * What the labels and the split are of: their word in messages ({@code node} or
   * {@code component}), the words for all of them, their count, and for components the number
   * of nodes of the target node set in each (null for nodes).
   */
  private record Items(String word, String all, int count, long[] targetNodes) {}

  /**
   * Reads and checks a manifest file.
   *
   * @throws DatasetException naming the file and the JSON field at fault, e.g.
   *     {@code dataset.json: missing field 'target.num_classes'}; also when the manifest has no
   *     {@code num_components} but its directory holds the size files of many graphs
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
    Path sizes = file.resolveSibling(DatasetLayout.SIZES);
    if (!tree.hasNonNull("num_components") && Files.isDirectory(sizes)) {
      // Read as one graph, its labels would be refused for their count (or its class count
      // for the one graph), or its nodes trained as one graph without a word. A null count
      // means one graph as a missing one does.
      throw new DatasetException(file, (tree.has("num_components")
          ? "has 'num_components': null" : "has no field 'num_components'")
          + ", but the directory holds " + DatasetLayout.SIZES + "/, the sizes of many graphs; "
          + "set 'num_components' to their number, or remove " + DatasetLayout.SIZES
          + "/ for one graph");
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
    // The records that report a missing field are read from objects at fixed paths such as
    // "target"; a missing or other node would simply have no keys.
    JsonNode node = path.isEmpty() ? tree : tree.at("/" + path.replace('.', '/'));
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    keys.remove(field);
    return Suggestions.closest(field, keys);
  }

  /**
   * The feature file {@code base} of {@code rows} items; {@code rowsFrom} names what says how
   * many (a manifest field or an edge file), for the message when its rows are not that many.
   */
  private static Feature readFeature(Path dir, String base, String what, FeatureSpec spec,
      long rows, String rowsFrom) {
    Path file = DatasetLayout.locate(dir, base, what, spec.sparse());
    ArrayExpectation expected = ArrayExpectation.forFeature(spec, rows).withRowsFrom(rowsFrom);
    if (DatasetLayout.isSparseMatrix(file)) {
      // Read as CSR without a dense copy: a bag-of-words matrix may not fit in memory dense.
      return Feature.sparse(SparseNpzFiles.read(file, expected));
    }
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

  private static Adjacency readEdges(Path file, GraphSchema.EdgeSetSpec spec,
      DatasetManifest m) {
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

  /**
   * Reads a size file: one count per component, of the items of a set that has {@code total}
   * in all.
   *
   * @param mismatch the end of the message when the sizes do not add up to {@code total}, after
   *     "sizes add up to N " (e.g. "nodes, but field 'node_counts.atom' ... is 60")
   */
  private static long[] readSizes(Path dir, String base, String what, int components,
      long total, String mismatch) {
    Path file = DatasetLayout.locate(dir, base, "the size file of " + what);
    ArrayFile a = ArrayFiles.read(file, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, components).withRowsFrom(COMPONENTS_FIELD));
    long[] sizes = a.values().dup('c').data().asLong();
    long sum = 0;
    for (int c = 0; c < sizes.length; c++) {
      if (sizes[c] < 0) {
        throw new DatasetException(file, a.rowName(c) + ": size " + sizes[c] + " of component "
            + c + " is negative");
      }
      if (sizes[c] > Long.MAX_VALUE - sum) {
        // A sum that wrapped around could even come back to the right total.
        throw new DatasetException(file, a.rowName(c) + ": sizes add up to more than "
            + Long.MAX_VALUE + " at component " + c);
      }
      sum += sizes[c];
    }
    if (sum != total) {
      throw new DatasetException(file, "sizes add up to " + sum + " " + mismatch);
    }
    return sizes;
  }

  /**
   * Checks, as {@link GraphTensor} does, that every edge of {@code edges} joins nodes of its own
   * component, naming the edge file when one crosses into another.
   */
  private static void checkWithinComponents(Path file, String set, EdgeSet edges,
      Map<String, NodeSet> nodeSets) {
    GraphTensor.Builder ends = GraphTensor.builder();
    for (String nodeSet : List.of(edges.adjacency().sourceSet(), edges.adjacency().targetSet())) {
      ends.nodeSet(nodeSet, NodeSet.of(nodeSets.get(nodeSet).sizes(), Map.of()));
    }
    try {
      ends.edgeSet(set, edges).build();
    } catch (InvalidGraphException e) {
      throw new DatasetException(file, e.getMessage() + "; an edge joins nodes of its own "
          + "component, as the size files in " + DatasetLayout.SIZES + "/ divide them (edges "
          + "counted from 0)", e);
    }
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

  private static int[] readLabels(Path file, Items items, DatasetManifest m) {
    DatasetManifest.Target target = m.target();
    int n = items.count();
    int numClasses = target.numClasses();
    boolean graphs = items.targetNodes() != null;
    ArrayFile a = ArrayFiles.read(file, DataType.INT64, graphs
        ? ArrayExpectation.of(ElementKind.INTEGER, ArrayExpectation.ANY)
        : ArrayExpectation.of(ElementKind.INTEGER, n)
            .withRowsFrom(nodeCountField(target.nodeSet())));
    if (a.values().length() != n) {
      // Only graph labels get here; a file of node labels is the likely mistake.
      throw new DatasetException(file, "holds " + a.values().length() + " labels, but "
          + "target.level 'graph' asks for one per graph, and there "
          + (m.hasSizes() ? "are " + n + " (num_components)"
              : "is one (no num_components)"));
    }
    long[] values = n == 0 ? new long[0] : a.values().dup('c').data().asLong();
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      if (values[i] < GraphDataset.UNLABELED || values[i] >= numClasses) {
        throw new DatasetException(file, a.rowName(i) + ": label " + values[i]
            + " is outside [0, " + numClasses + ") (num_classes is " + numClasses
            + "; -1 marks an unlabeled " + (graphs ? "graph" : "node") + ")");
      }
      if (values[i] != GraphDataset.UNLABELED && graphs && items.targetNodes()[i] == 0) {
        throw new DatasetException(file, a.rowName(i) + ": component " + i + " is labeled but "
            + "has no node of node set '" + target.nodeSet() + "' (size 0 in "
            + DatasetLayout.nodeSizes(target.nodeSet()) + "), so no pooled embedding to "
            + "classify; label it -1");
      }
      labels[i] = (int) values[i];
    }
    return labels;
  }

  private static Split readSplit(Path dir, DatasetManifest.SplitFiles files, int[] labels,
      Items items) {
    Path[] owner = new Path[labels.length];
    int[] train = readPart(dir.resolve(files.train()), labels, items, owner);
    int[] val = readPart(dir.resolve(files.val()), labels, items, owner);
    int[] test = readPart(dir.resolve(files.test()), labels, items, owner);
    return new Split(train, val, test);
  }

  /**
   * For a split file that holds a 0 or 1 for every item: that it is a mask (PyTorch
   * Geometric's {@code train_mask}), not the list of indices the format asks for; else "".
   */
  private static String maskHint(long[] values, int itemCount, Items items) {
    if (values.length != itemCount || itemCount < 3
        || Arrays.stream(values).anyMatch(v -> v != 0 && v != 1)) {
      return "";
    }
    return "; the file holds a 0 or 1 for each of the " + itemCount + " " + items.all()
        + ": a mask (as PyTorch Geometric's train_mask), where a split file lists indices "
        + "(numpy.flatnonzero(mask) gives them)";
  }

  private static int[] readPart(Path file, int[] labels, Items items, Path[] owner) {
    ArrayFile a = ArrayFiles.read(file, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, ArrayExpectation.ANY));
    int k = (int) a.values().length();
    long[] values = k == 0 ? new long[0] : a.values().dup('c').data().asLong();
    int[] ids = new int[k];
    String mask = maskHint(values, labels.length, items);
    for (int i = 0; i < k; i++) {
      long id = values[i];
      String item = a.rowName(i) + ": " + items.word() + " " + id;
      if (id < 0 || id >= labels.length) {
        throw new DatasetException(file, item + " is outside the " + labels.length + " "
            + items.all() + mask);
      }
      if (labels[(int) id] == GraphDataset.UNLABELED) {
        throw new DatasetException(file, item + " has no label (-1)" + mask);
      }
      if (owner[(int) id] != null) {
        throw new DatasetException(file, item + " is already in "
            + (owner[(int) id].equals(file) ? "this file" : owner[(int) id].toString()) + mask);
      }
      owner[(int) id] = file;
      ids[i] = (int) id;
    }
    return ids;
  }
}
