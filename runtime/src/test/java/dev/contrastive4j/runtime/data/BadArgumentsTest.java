package dev.contrastive4j.runtime.data;

import static dev.contrastive4j.runtime.testing.Refusal.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryReader;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.testing.Refusal;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The data set entry points that take a {@link GraphDataset} or a directory
 * ({@link DatasetDirectoryWriter}, {@link DatasetDirectoryReader}, {@link FeatureNormalization},
 * {@link DatasetInfo}) with each kind of bad argument: one exception, naming the argument, or
 * the directory and the set and feature at fault; and the smallest valid data sets round-trip.
 */
class BadArgumentsTest {
  @TempDir Path tmp;

  /** A single node without edges: the smallest data set. */
  private static GraphDataset singleNode(Feature feat) {
    GraphTensor graph = GraphTensor.homogeneous("node", NodeSet.of(1, Map.of("feat", feat)),
        "edge", EdgeSet.of(new Adjacency("node", "node", new int[0], new int[0]), Map.of()));
    return new GraphDataset("one", graph, "node", "feat", new int[] {0}, 1,
        new Split(new int[] {0}, new int[0], new int[0]));
  }

  private static final GraphDataset ONE = singleNode(Feature.dense(Nd4j.ones(1, 2)));

  private static Refusal refusedNull(String description, String message,
      org.junit.jupiter.api.function.Executable call) {
    return new Refusal(description, NullPointerException.class, message, call);
  }

  @TestFactory
  Stream<DynamicTest> entryPoints() {
    Path out = tmp.resolve("out");
    GraphDataset halves = singleNode(Feature.dense(Nd4j.ones(DataType.BFLOAT16, 1, 2)));
    return Stream.concat(Stream.of(
        refusedNull("write of a null data set", "DatasetDirectoryWriter.write: dataset must "
            + "not be null", () -> DatasetDirectoryWriter.write(null, out, ArrayFormat.NPY)),
        refusedNull("write to a null directory", "DatasetDirectoryWriter.write: dir must not "
            + "be null", () -> DatasetDirectoryWriter.write(ONE, null, ArrayFormat.NPY)),
        refusedNull("write in a null format", "DatasetDirectoryWriter.write: format must not "
            + "be null", () -> DatasetDirectoryWriter.write(ONE, out, null)),
        new Refusal("write of a feature a schema cannot describe", DatasetException.class,
            out.toAbsolutePath() + ": cannot be written: node set 'node', feature 'feat': data "
                + "type BFLOAT16 has no schema name (cast the values to one of float32, "
                + "float64, float16, int8, uint8, int16, int32, int64 or bool)",
            () -> DatasetDirectoryWriter.write(halves, out, ArrayFormat.NPY)),
        refusedNull("read of a null directory", "DatasetDirectoryReader.read: dir must not be "
            + "null", () -> DatasetDirectoryReader.read(null)),
        refusedNull("normalizeRows of null", "FeatureNormalization.normalizeRows: dataset "
            + "must not be null", () -> FeatureNormalization.normalizeRows(null)),
        refusedNull("info of null", "DatasetInfo.of: dataset must not be null",
            () -> DatasetInfo.of(null))).map(Refusal::test),
        Stream.of(
            accepted("a single node without edges, written and read back", () -> {
              Path single = tmp.resolve("single");
              DatasetDirectoryWriter.write(ONE, single, ArrayFormat.CSV);
              assertEquals(1, DatasetDirectoryReader.read(single).graph().nodeSet("node")
                  .totalSize());
            }),
            accepted("the info of a single node", () -> DatasetInfo.of(ONE)),
            accepted("normalizeRows of a single node", () -> FeatureNormalization
                .normalizeRows(ONE))));
  }
}
