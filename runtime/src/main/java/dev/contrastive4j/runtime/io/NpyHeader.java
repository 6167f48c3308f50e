package dev.contrastive4j.runtime.io;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of a NumPy {@code .npy} file: format version, element type and byte order, whether
 * the data is in Fortran (column-major) order, the shape, and where the data starts.
 *
 * <p>The format: the magic {@code \x93NUMPY}, a major and minor version byte, the header length
 * (2 bytes little-endian for version 1.0, 4 bytes for 2.0 and 3.0), then the header itself, a
 * Python dict literal such as {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}
 * padded with spaces and ended by a newline so that the data starts at a multiple of 64 bytes.
 * Version 3.0 differs from 2.0 only in that the header is UTF-8 rather than Latin-1.
 *
 * @param majorVersion 1, 2 or 3
 * @param minorVersion 0
 * @param dtype element type
 * @param byteOrder byte order of multi-byte elements
 * @param fortranOrder whether the data is column-major
 * @param shape the array's shape; empty for a 0-d array
 * @param dataOffset the byte offset of the data in the file
 */
public record NpyHeader(int majorVersion, int minorVersion, NpyDtype dtype, ByteOrder byteOrder,
    boolean fortranOrder, long[] shape, long dataOffset) {

  /** The six magic bytes every .npy file starts with. */
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

  /** Copies the shape. */
  public NpyHeader {
    shape = shape.clone();
  }

  /** A copy of the array's shape. */
  @Override
  public long[] shape() {
    return shape.clone();
  }

  /**
   * The number of elements: the product of the shape (1 for a 0-d array).
   *
   * @throws ArithmeticException if it overflows a long
   */
  public long elementCount() {
    long n = 1;
    for (long d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /** The number of data bytes the header declares. */
  public long dataBytes() {
    return Math.multiplyExact(elementCount(), dtype.itemSize());
  }

  /** The header dict as NumPy writes it (without padding), e.g. for version-1.0 files. */
  public String dictLiteral() {
    return "{'descr': '" + dtype.descr(byteOrder) + "', 'fortran_order': "
        + (fortranOrder ? "True" : "False") + ", 'shape': " + ArrayExpectation.shapeString(shape)
        + ", }";
  }

  /**
   * Interprets the header dict text.
   *
   * @throws IllegalArgumentException naming the key or value at fault
   */
  static NpyHeader parse(int major, int minor, String dictText, long dataOffset) {
    Map<String, Object> dict;
    try {
      dict = PythonLiteral.parseDict(dictText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("header is not a valid Python dict literal: "
          + e.getMessage());
    }
    for (String key : KEYS) {
      if (!dict.containsKey(key)) {
        throw new IllegalArgumentException("header has no '" + key + "' key");
      }
    }
    for (String key : dict.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("header has an unknown key '" + key
            + "' (expected descr, fortran_order and shape)");
      }
    }
    Object descr = dict.get("descr");
    if (descr instanceof List) {
      throw new IllegalArgumentException("structured (record) dtypes are not supported; save "
          + "each field as its own plain array");
    }
    if (!(descr instanceof String d)) {
      throw new IllegalArgumentException("header 'descr' is " + descr + ", not a type string");
    }
    ByteOrder order = byteOrder(d);
    NpyDtype dtype = dtype(d);
    if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
      throw new IllegalArgumentException("header 'fortran_order' is " + dict.get("fortran_order")
          + ", not True or False");
    }
    if (!(dict.get("shape") instanceof List<?> dims)) {
      throw new IllegalArgumentException("header 'shape' is " + dict.get("shape")
          + ", not a tuple");
    }
    long[] shape = new long[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      if (!(dims.get(i) instanceof Long dim) || dim < 0) {
        throw new IllegalArgumentException("header 'shape' " + dims
            + " must hold non-negative integers");
      }
      shape[i] = dim;
    }
    NpyHeader h = new NpyHeader(major, minor, dtype, order, fortran, shape, dataOffset);
    try {
      h.dataBytes();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("header 'shape' " + dims + " is too large");
    }
    return h;
  }

  private static ByteOrder byteOrder(String descr) {
    if (descr.isEmpty()) {
      throw new IllegalArgumentException("header 'descr' is empty");
    }
    return switch (descr.charAt(0)) {
      case '>' -> ByteOrder.BIG_ENDIAN;
      case '<', '|' -> ByteOrder.LITTLE_ENDIAN;
      case '=' -> ByteOrder.nativeOrder();
      default -> ByteOrder.LITTLE_ENDIAN; // no prefix: NumPy reads it as native; files say '<'
    };
  }

  private static NpyDtype dtype(String descr) {
    String body = "<>|=".indexOf(descr.charAt(0)) >= 0 ? descr.substring(1) : descr;
    if (body.equals("?")) {
      return NpyDtype.BOOL;
    }
    if (body.length() >= 2 && body.substring(1).chars().allMatch(Character::isDigit)
        && body.length() <= 4) {
      int size = Integer.parseInt(body.substring(1));
      var t = NpyDtype.of(body.charAt(0), size);
      if (t.isPresent()) {
        if (descr.charAt(0) == '|' && size > 1) {
          throw new IllegalArgumentException("header 'descr' '" + descr + "' has no byte order "
              + "for a " + size + "-byte type");
        }
        return t.get();
      }
    }
    throw new IllegalArgumentException("dtype '" + descr + "' is not supported; use one of "
        + "bool, int8, uint8, int16, int32, int64, float16, float32, float64");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyHeader h && majorVersion == h.majorVersion
        && minorVersion == h.minorVersion && dtype == h.dtype && byteOrder.equals(h.byteOrder)
        && fortranOrder == h.fortranOrder && Arrays.equals(shape, h.shape)
        && dataOffset == h.dataOffset;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shape) * 31 + dtype.hashCode();
  }

  @Override
  public String toString() {
    return "NpyHeader[v" + majorVersion + "." + minorVersion + ", " + dtype.descr(byteOrder)
        + (fortranOrder ? ", fortran" : "") + ", shape " + ArrayExpectation.shapeString(shape)
        + ", data at " + dataOffset + "]";
  }
}
