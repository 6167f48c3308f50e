package dev.contrastive4j.runtime.io;

import org.nd4j.linalg.api.buffer.DataType;

/** The broad kind of an array's elements, as a file format expectation names it. */
public enum ElementKind {
  /** Floating point: float16, float32, float64. */
  FLOAT("float"),
  /** Signed or unsigned integers of any width. */
  INTEGER("integer"),
  /** Booleans. */
  BOOL("bool");

  private final String word;

  ElementKind(String word) {
    this.word = word;
  }

  /** The word used in messages ({@code float}, {@code integer}, {@code bool}). */
  public String word() {
    return word;
  }

  /**
   * The kind of an ND4J data type.
   *
   * @throws IllegalArgumentException for types that are not numbers or booleans (strings, ...)
   */
  public static ElementKind of(DataType type) {
    if (type == DataType.BOOL) {
      return BOOL;
    }
    if (type.isFPType()) {
      return FLOAT;
    }
    if (type.isIntType()) {
      return INTEGER;
    }
    throw new IllegalArgumentException("data type " + type + " is not a number or a boolean");
  }
}
