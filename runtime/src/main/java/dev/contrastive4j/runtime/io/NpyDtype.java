package dev.contrastive4j.runtime.io;

import java.nio.ByteOrder;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The NumPy element types that {@link NpyFiles} reads and writes, with their {@code descr}
 * type code and item size, and the ND4J type each becomes.
 */
public enum NpyDtype {
  /** {@code b1}, NumPy's {@code bool}: one byte, 0 or 1. */
  BOOL('b', 1, DataType.BOOL),
  /** {@code i1}. */
  INT8('i', 1, DataType.INT8),
  /** {@code u1}. */
  UINT8('u', 1, DataType.UINT8),
  /** {@code i2}. */
  INT16('i', 2, DataType.INT16),
  /** {@code i4}. */
  INT32('i', 4, DataType.INT32),
  /** {@code i8}. */
  INT64('i', 8, DataType.INT64),
  /** {@code f2}, NumPy's {@code float16}. */
  FLOAT16('f', 2, DataType.FLOAT16),
  /** {@code f4}. */
  FLOAT32('f', 4, DataType.FLOAT),
  /** {@code f8}. */
  FLOAT64('f', 8, DataType.DOUBLE);

  private final char code;
  private final int itemSize;
  private final DataType dataType;

  NpyDtype(char code, int itemSize, DataType dataType) {
    this.code = code;
    this.itemSize = itemSize;
    this.dataType = dataType;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }

  /** The ND4J type of arrays of this dtype. */
  public DataType dataType() {
    return dataType;
  }

  /** The {@code descr} NumPy writes for this type in {@code order}, e.g. {@code <f4}. */
  public String descr(ByteOrder order) {
    char prefix = itemSize == 1 ? '|' : order == ByteOrder.BIG_ENDIAN ? '>' : '<';
    return prefix + String.valueOf(code) + itemSize;
  }

  /** The dtype with type code {@code code} (b, i, u, f) and item size, if supported. */
  public static Optional<NpyDtype> of(char code, int itemSize) {
    for (NpyDtype t : values()) {
      if (t.code == code && t.itemSize == itemSize) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The dtype that holds ND4J arrays of {@code type}, if .npy files support it here. */
  public static Optional<NpyDtype> of(DataType type) {
    for (NpyDtype t : values()) {
      if (t.dataType == type) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
