package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A numpy {@code dtype} as pickled: {@code numpy.dtype('i4', 0, 1)} followed by a BUILD whose
 * state tuple carries the byte order ({@code (3, '<', None, None, None, -1, -1, 0)}).
 *
 * <p>Supports the plain numeric kinds: signed ({@code i}) and unsigned ({@code u}) integers of
 * 1, 2, 4 or 8 bytes, floats ({@code f}) of 4 or 8 bytes and booleans ({@code b1}). Other kinds
 * (objects, strings, records) are rejected when an array with this dtype is built.
 *
 * <p>Public only because Pyrolite calls {@link #__setstate__(Object[])} by reflection.
 */
public final class NumpyDtype {
  private final String typeString;
  private final char kind;
  private final int itemSize;
  private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

  /** Parses a numpy type string such as {@code i4}, {@code <f8} or {@code b1}. */
  NumpyDtype(String typeString) {
    String t = typeString;
    if (!t.isEmpty() && "<>=|".indexOf(t.charAt(0)) >= 0) {
      order = orderOf(t.charAt(0));
      t = t.substring(1);
    }
    if (t.length() < 2) {
      throw new PickleContentException("numpy dtype '" + typeString + "' is not understood");
    }
    this.typeString = typeString;
    this.kind = t.charAt(0);
    try {
      this.itemSize = Integer.parseInt(t.substring(1));
    } catch (NumberFormatException e) {
      throw new PickleContentException("numpy dtype '" + typeString + "' is not understood");
    }
  }

  /** The {@code numpy.dtype(...)} call of a pickle: the first argument is the type string. */
  static NumpyDtype construct(Object[] args) {
    if (args.length < 1) {
      throw new PickleContentException("numpy.dtype() called without a type string");
    }
    Object t = args[0];
    if (t instanceof byte[] b) {
      t = new String(b, StandardCharsets.ISO_8859_1);
    }
    if (!(t instanceof String s)) {
      throw new PickleContentException("numpy.dtype() called with "
          + PythonTypes.describe(t) + " instead of a type string");
    }
    return new NumpyDtype(s);
  }

  /**
   * Sets the byte order from numpy's dtype state {@code (version, byteorder, subarray, names,
   * fields, elsize, alignment, flags[, metadata])}. Called by Pyrolite for the BUILD opcode.
   */
  public void __setstate__(Object[] state) {
    if (state.length < 2 || !(state[1] instanceof String s) || s.length() != 1
        || "<>=|".indexOf(s.charAt(0)) < 0) {
      throw new PickleContentException("numpy dtype '" + typeString
          + "' has a state without a byte order ('<', '>', '=' or '|')");
    }
    if (state.length > 2 && state[2] != null) {
      throw new PickleContentException("numpy dtype '" + typeString
          + "' is a sub-array dtype, which is not supported");
    }
    if (state.length > 3 && state[3] != null) {
      throw new PickleContentException("numpy dtype '" + typeString
          + "' is a record dtype, which is not supported");
    }
    order = orderOf(s.charAt(0));
  }

  private static ByteOrder orderOf(char c) {
    // '=' means the pickling machine's order; numpy writes '<' or '>' explicitly in practice.
    return c == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }

  /** The byte order of the raw data. */
  public ByteOrder order() {
    return order;
  }

  /** Whether elements are integers (signed, unsigned or boolean). */
  public boolean isInteger() {
    return kind == 'i' || kind == 'u' || kind == 'b';
  }

  /** Whether this is one of the numeric dtypes this reader can decode. */
  boolean isSupported() {
    return switch (kind) {
      case 'i', 'u' -> itemSize == 1 || itemSize == 2 || itemSize == 4 || itemSize == 8;
      case 'f' -> itemSize == 4 || itemSize == 8;
      case 'b' -> itemSize == 1;
      default -> false;
    };
  }

  /** Element {@code i} of {@code data} (already in this dtype's byte order) as a double. */
  double readDouble(ByteBuffer data, int i) {
    int at = i * itemSize;
    return switch (kind) {
      case 'f' -> itemSize == 4 ? data.getFloat(at) : data.getDouble(at);
      case 'u' -> itemSize == 8 ? unsigned64(data.getLong(at)) : readLong(data, i);
      default -> readLong(data, i);
    };
  }

  /**
   * Element {@code i} of {@code data} as a long; integer kinds only. Unsigned 64-bit values
   * above {@link Long#MAX_VALUE} are rejected.
   */
  long readLong(ByteBuffer data, int i) {
    int at = i * itemSize;
    long v = switch (itemSize) {
      case 1 -> kind == 'i' ? data.get(at) : Byte.toUnsignedLong(data.get(at));
      case 2 -> kind == 'i' ? data.getShort(at) : Short.toUnsignedLong(data.getShort(at));
      case 4 -> kind == 'i' ? data.getInt(at) : Integer.toUnsignedLong(data.getInt(at));
      default -> data.getLong(at);
    };
    if (kind == 'u' && itemSize == 8 && v < 0) {
      throw new PickleContentException("uint64 element " + i + " is too large ("
          + Long.toUnsignedString(v) + ")");
    }
    return v;
  }

  private static double unsigned64(long v) {
    return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
  }

  /** numpy's name for this dtype, e.g. {@code int32} or {@code float64}. */
  public String name() {
    return switch (kind) {
      case 'i' -> "int" + itemSize * 8;
      case 'u' -> "uint" + itemSize * 8;
      case 'f' -> "float" + itemSize * 8;
      case 'b' -> "bool";
      default -> "'" + typeString + "'";
    };
  }
}
