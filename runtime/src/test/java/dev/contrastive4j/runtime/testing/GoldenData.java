package dev.contrastive4j.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Test access to the golden reference values in the shared directory
 * ({@code ../shared/golden/contrastive-reference.json} seen from the project root).
 *
 * <p>The file is found through {@link SharedData}: absent, the calling test is skipped, or
 * fails under {@code CI=true}.
 */
public final class GoldenData {
  /** The reference file, relative to the shared directory. */
  public static final String CONTRASTIVE_REFERENCE = "golden/contrastive-reference.json";

  /**
   * The metrics' values in each dense case, which {@code MetricsGoldenTest} compares, each of
   * them (it checks that it compares these and no others); {@code LossesGoldenTest} checks that
   * the file holds no value that neither compares.
   */
  public static final Set<String> DENSE_METRIC_KEYS = Set.of("rankme_a", "numerical_rank_a",
      "coherence_a", "pseudo_condition_number_a", "self_clustering_a",
      "self_clustering_a_subtract_mean");

  private static JsonNode contrastiveReference;

  private GoldenData() {}

  /** The parsed contrastive reference; skips (or, under CI, fails) the test when it is absent. */
  public static synchronized JsonNode contrastiveReference() {
    if (contrastiveReference == null) {
      Path file = SharedData.path(CONTRASTIVE_REFERENCE);
      try {
        contrastiveReference = new ObjectMapper().readTree(file.toFile());
      } catch (IOException e) {
        throw new AssertionError("cannot read golden file " + file + ": " + e.getMessage(), e);
      }
    }
    return contrastiveReference;
  }

  /** A float64 {@code [rows, columns]} matrix from a JSON array of equally long arrays. */
  public static INDArray matrix(JsonNode rows) {
    if (rows == null || !rows.isArray() || rows.isEmpty() || !rows.get(0).isArray()) {
      throw new AssertionError("golden value is not a matrix: " + rows);
    }
    int columns = rows.get(0).size();
    double[][] values = new double[rows.size()][columns];
    for (int i = 0; i < values.length; i++) {
      JsonNode row = rows.get(i);
      if (row.size() != columns) {
        throw new AssertionError("golden matrix row " + i + " has " + row.size()
            + " values, expected " + columns);
      }
      for (int j = 0; j < columns; j++) {
        values[i][j] = row.get(j).asDouble();
      }
    }
    return Nd4j.createFromArray(values);
  }

  /** A float64 vector from a JSON array of numbers. */
  public static INDArray vector(JsonNode values) {
    if (values == null || !values.isArray() || values.isEmpty()) {
      throw new AssertionError("golden value is not a vector: " + values);
    }
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i).asDouble();
    }
    return Nd4j.createFromArray(out);
  }

  /** The number stored under {@code field}; fails if it is missing or not a number. */
  public static double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw new AssertionError("golden field '" + field + "' is missing or not a number");
    }
    return value.asDouble();
  }
}
