package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A numpy {@code ndarray} as pickled: {@code numpy.core.multiarray._reconstruct(ndarray, (0,),
 * 'b')} makes an empty array, then BUILD fills it from the state tuple {@code (version, shape,
 * dtype, is_fortran, raw_bytes)}. Python 2 pickles carry the raw bytes as a byte string, which
 * Pyrolite hands over as a latin-1 {@link String}; Python 3 pickles carry {@code bytes}. Pickle
 * protocol 5 writes one call instead, {@code numpy.core.numeric._frombuffer(data, dtype, shape,
 * order)}, its data in-band as a {@code bytearray} ({@link #fromBuffer}).
 *
 * <p>Public only because Pyrolite calls {@link #__setstate__(Object[])} by reflection. Element
 * access converts to C (row-major) order whatever the stored order.
 */
public final class NdArray {
  private long[] shape;
  private NumpyDtype dtype;
  private boolean fortranOrder;
  private long[] fortranStrides;
  private ByteBuffer data;

  NdArray() {}

  /**
   * The array of pickle protocol 5's {@code _frombuffer(data, dtype, shape, order)}, where
   * {@code order} is {@code 'C'} or {@code 'F'}: the same state as {@link #__setstate__} takes,
   * in another order.
   */
  static NdArray fromBuffer(Object[] args) {
    if (args.length != 4) {
      throw new PickleContentException("numpy _frombuffer called with " + args.length
          + " arguments, expected (data, dtype, shape, order)");
    }
    if (!(args[3] instanceof String order) || !(order.equals("C") || order.equals("F"))) {
      throw new PickleContentException("numpy _frombuffer order is "
          + PythonTypes.describe(args[3]) + (args[3] instanceof String s ? " '" + s + "'" : "")
          + ", expected 'C' or 'F'");
    }
    NdArray array = new NdArray();
    array.__setstate__(new Object[] {args[2], args[1], order.equals("F"), args[0]});
    return array;
  }

  /**
   * Fills the array from numpy's state: {@code (version, shape, dtype, is_fortran, data)}, or
   * the older form without the version. Called by Pyrolite for the BUILD opcode.
   */
  public void __setstate__(Object[] state) {
    if (state.length != 5 && state.length != 4) {
      throw new PickleContentException("numpy.ndarray state has " + state.length
          + " entries, expected (version, shape, dtype, is_fortran, data)");
    }
    int at = state.length - 4;
    long[] newShape = shapeOf(state[at]);
    if (!(state[at + 1] instanceof NumpyDtype newDtype)) {
      throw new PickleContentException("numpy.ndarray state holds "
          + PythonTypes.describe(state[at + 1]) + " where its dtype belongs");
    }
    if (!newDtype.isSupported()) {
      throw new PickleContentException("numpy dtype " + newDtype.name() + " is not supported "
          + "(only integer, float and bool arrays are)");
    }
    boolean fortran = PythonTypes.truth(state[at + 2], "numpy.ndarray is_fortran flag");
    byte[] bytes = PythonTypes.rawBytes(state[at + 3], "numpy.ndarray data");
    long expected;
    try {
      // Exact: a product that wrapped round to the length of the data (say 0) would pass.
      long count = 1;
      for (long d : newShape) {
        count = Math.multiplyExact(count, d);
      }
      expected = Math.multiplyExact(count, newDtype.itemSize());
    } catch (ArithmeticException e) {
      throw new PickleContentException("numpy.ndarray shape " + shapeText(newShape) + " of "
          + newDtype.name() + " is too large");
    }
    if (bytes.length != expected) {
      throw new PickleContentException("numpy.ndarray data has " + bytes.length
          + " bytes but shape " + shapeText(newShape) + " of " + newDtype.name() + " needs "
          + expected);
    }
    this.shape = newShape;
    this.dtype = newDtype;
    this.fortranOrder = fortran && newShape.length > 1;
    this.fortranStrides = new long[newShape.length];
    long stride = 1;
    for (int d = 0; d < newShape.length; d++) {
      fortranStrides[d] = stride;
      stride *= newShape[d];
    }
    this.data = ByteBuffer.wrap(bytes).order(newDtype.order());
  }

  private static long[] shapeOf(Object o) {
    if (!(o instanceof Object[] dims)) {
      throw new PickleContentException("numpy.ndarray shape is " + PythonTypes.describe(o)
          + ", expected a tuple");
    }
    long[] out = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      out[i] = PythonTypes.toLong(dims[i], "numpy.ndarray shape entry " + i);
      if (out[i] < 0 || out[i] > Integer.MAX_VALUE) {
        throw new PickleContentException("numpy.ndarray shape entry " + i + " is " + out[i]);
      }
    }
    return out;
  }

  private void requireBuilt() {
    if (data == null) {
      throw new PickleContentException("numpy.ndarray was never filled (no BUILD state)");
    }
  }

  /** The shape; a copy. */
  public long[] shape() {
    requireBuilt();
    return shape.clone();
  }

  /** Number of dimensions. */
  public int rank() {
    requireBuilt();
    return shape.length;
  }

  /** Size of dimension {@code d} as an int. */
  public int dim(int d) {
    requireBuilt();
    return (int) shape[d];
  }

  /** Number of elements. */
  public int size() {
    requireBuilt();
    return data.capacity() / dtype.itemSize();
  }

  /** The element type. */
  public NumpyDtype dtype() {
    requireBuilt();
    return dtype;
  }

  /** The elements in C order, as doubles. */
  public double[] toDoubles() {
    double[] out = new double[size()]; // size() fails on an array never filled
    for (int i = 0; i < out.length; i++) {
      out[i] = dtype.readDouble(data, storedIndex(i));
    }
    return out;
  }

  /**
   * The elements in C order as ints; integer dtypes only, each value must fit an int.
   *
   * @param what names the array in error messages, e.g. {@code "csr_matrix indices"}
   */
  public int[] toInts(String what) {
    requireBuilt();
    if (!dtype.isInteger()) {
      throw new PickleContentException(what + " has dtype " + dtype.name()
          + ", expected integers");
    }
    int[] out = new int[size()];
    for (int i = 0; i < out.length; i++) {
      long v = dtype.readLong(data, storedIndex(i));
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw new PickleContentException(what + " element " + i + " (" + v
            + ") does not fit a 32-bit int");
      }
      out[i] = (int) v;
    }
    return out;
  }

  /** Where C-order element {@code i} is stored. */
  private int storedIndex(int i) {
    if (!fortranOrder) {
      return i;
    }
    // Peel C-order coordinates off the last axis, then weigh them with Fortran strides.
    long rest = i;
    long stored = 0;
    for (int d = shape.length - 1; d >= 0; d--) {
      stored += rest % shape[d] * fortranStrides[d];
      rest /= shape[d];
    }
    return (int) stored;
  }

  /** Python's spelling of a shape, e.g. {@code (140, 7)} or {@code (5,)}. */
  public static String shapeText(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    String s = Arrays.toString(shape);
    return "(" + s.substring(1, s.length() - 1) + ")";
  }

  @Override
  public String toString() {
    return data == null ? "numpy.ndarray(empty)"
        : "numpy.ndarray(shape=" + shapeText(shape) + ", dtype=" + dtype.name() + ")";
  }
}
