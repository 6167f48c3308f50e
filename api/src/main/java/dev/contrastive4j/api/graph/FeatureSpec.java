package dev.contrastive4j.api.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The type of one feature in a {@link GraphSchema}: its element type, its shape per item
 * (without the leading item dimension; {@code []} for a scalar per item) and whether it is
 * held sparse.
 *
 * @param dtype the element type's schema name: {@code float32}, {@code float64}, {@code int32},
 *     {@code int64}, {@code bool}, ...; any name {@link #dataTypeOf} accepts (another case, an
 *     alias such as {@code float}) is stored as its schema name, so that specs compare by type
 * @param shape the shape of one item's value
 * @param sparse whether the feature is a CSR matrix (2-D float features only)
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record FeatureSpec(
    @JsonProperty("dtype") String dtype,
    @JsonProperty("shape") List<Long> shape,
    @JsonProperty("sparse") boolean sparse) {

  /** The dtype names a schema knows, as messages list them. */
  private static final String KNOWN_NAMES =
      "float32, float64, float16, int8, uint8, int16, int32, int64 or bool";

  /**
   * Checks the dtype and stores its schema name ({@code Float} and {@code float} become
   * {@code float32}), checks the shape's sizes and, for a sparse feature, that it is float32 of
   * shape {@code [columns]}; a null shape is {@code []}.
   *
   * @throws InvalidGraphException if the dtype is missing or unknown, a size of the shape is
   *     missing or negative, or a sparse feature is not float32 or its shape not 1-D
   */
  public FeatureSpec {
    if (dtype == null || dtype.isEmpty()) {
      throw new InvalidGraphException("feature spec: dtype is missing");
    }
    DataType type = dataTypeOf(dtype);
    dtype = nameOf(type);
    if (shape != null && shape.stream().anyMatch(d -> d == null || d < 0)) {
      throw new InvalidGraphException("feature spec: shape " + shape + " must hold sizes of 0 "
          + "or more");
    }
    shape = shape == null ? List.of() : List.copyOf(shape);
    if (sparse && shape.size() != 1) {
      throw new InvalidGraphException("feature spec: a sparse feature has shape [columns], was "
          + shape);
    }
    if (sparse && type != DataType.FLOAT) {
      throw new InvalidGraphException("feature spec: a sparse feature is float32 (a CSR matrix "
          + "holds float32 values), was " + dtype);
    }
  }

  /**
   * The spec that describes {@code feature}.
   *
   * @throws InvalidGraphException if {@code feature} is null or its data type has no schema
   *     name ({@link #nameOf})
   */
  public static FeatureSpec of(Feature feature) {
    if (feature == null) {
      throw new InvalidGraphException("feature spec: feature must not be null");
    }
    long[] full = feature.shape();
    List<Long> perItem = Arrays.stream(full).skip(1).boxed().toList();
    return new FeatureSpec(nameOf(feature.dataType()), perItem, feature.isSparse());
  }

  /** The ND4J data type this spec names. */
  public DataType dataType() {
    return dataTypeOf(dtype);
  }

  /**
   * Maps a schema dtype name to an ND4J type: {@code float32}, {@code float64},
   * {@code float16}, {@code int8}, {@code uint8}, {@code int16}, {@code int32}, {@code int64} or
   * {@code bool} (NumPy's names, in any case), or the aliases {@code float}, {@code double},
   * {@code half}, {@code int} and {@code long}.
   *
   * @throws InvalidGraphException if the name is null or none of these
   */
  public static DataType dataTypeOf(String name) {
    if (name == null) {
      throw new InvalidGraphException("feature spec: dtype is missing");
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "float32", "float" -> DataType.FLOAT;
      case "float64", "double" -> DataType.DOUBLE;
      case "float16", "half" -> DataType.FLOAT16;
      case "int8" -> DataType.INT8;
      case "uint8" -> DataType.UINT8;
      case "int16" -> DataType.INT16;
      case "int32", "int" -> DataType.INT32;
      case "int64", "long" -> DataType.INT64;
      case "bool" -> DataType.BOOL;
      default -> throw new InvalidGraphException("feature spec: unknown dtype '" + name
          + "'; use " + KNOWN_NAMES);
    };
  }

  /**
   * The schema name (NumPy's, e.g. {@code float32}) of an ND4J type.
   *
   * @throws InvalidGraphException if the type is null or has no name (strings, bfloat16,
   *     unsigned 16 to 64-bit integers, ...)
   */
  public static String nameOf(DataType type) {
    if (type == null) {
      throw new InvalidGraphException("feature spec: data type must not be null");
    }
    String name = NAMES.get(type);
    if (name == null) {
      throw new InvalidGraphException("feature spec: " + noName(type));
    }
    return name;
  }

  /**
   * Why a feature of {@code type}, which has no schema name, cannot be described; null if it
   * has one.
   */
  static String noName(DataType type) {
    return NAMES.containsKey(type) ? null : "data type " + type + " has no schema name (cast "
        + "the values to one of " + KNOWN_NAMES + ")";
  }

  // A map rather than a switch: ND4J's current names (INT32, ...) are aliases of deprecated
  // enum constants, and switch labels must be the constants themselves.
  private static final java.util.Map<DataType, String> NAMES = java.util.Map.of(
      DataType.FLOAT, "float32",
      DataType.DOUBLE, "float64",
      DataType.FLOAT16, "float16",
      DataType.INT8, "int8",
      DataType.UINT8, "uint8",
      DataType.INT16, "int16",
      DataType.INT32, "int32",
      DataType.INT64, "int64",
      DataType.BOOL, "bool");

  /**
   * Whether {@code feature} has this spec's type, per-item shape and storage; false for a
   * feature whose data type has no schema name.
   */
  public boolean matches(Feature feature) {
    if (feature == null) {
      throw new InvalidGraphException("feature spec: feature must not be null");
    }
    return noName(feature.dataType()) == null && equals(of(feature));
  }
}
