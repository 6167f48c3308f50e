package dev.contrastive4j.runtime.data.planetoid.pickle;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.InvalidGraphException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code scipy.sparse.csr_matrix} as pickled: NEWOBJ makes an empty object, then BUILD sets
 * its {@code __dict__}: {@code _shape}, {@code indptr}, {@code indices}, {@code data} (numpy
 * arrays), {@code format} and bookkeeping entries such as {@code maxprint}.
 *
 * <p>Public only because Pyrolite calls {@link #__setstate__(HashMap)} by reflection.
 */
public final class CsrMatrixState {
  private Map<String, Object> state;

  CsrMatrixState() {}

  /** Takes the instance dictionary. Called by Pyrolite for the BUILD opcode. */
  public void __setstate__(HashMap<?, ?> dict) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : dict.entrySet()) {
      Object key = e.getKey();
      if (key instanceof byte[] b) {
        key = new String(b, StandardCharsets.ISO_8859_1);
      }
      if (!(key instanceof String k)) {
        throw new PickleContentException("csr_matrix state has a key of type "
            + PythonTypes.describe(key) + ", expected attribute names");
      }
      copy.put(k, e.getValue());
    }
    this.state = copy;
  }

  /**
   * The matrix with float32 values.
   *
   * @throws PickleContentException if an attribute is missing or of the wrong type, or the
   *     arrays do not fit the shape
   */
  public CsrMatrix toCsrMatrix() {
    if (state == null) {
      throw new PickleContentException("csr_matrix was never filled (no BUILD state)");
    }
    Object format = state.get("format");
    if (format != null && !"csr".equals(format)) {
      throw new PickleContentException("csr_matrix has format '" + format + "', expected 'csr'");
    }
    Object shapeObj = state.containsKey("_shape") ? state.get("_shape") : state.get("shape");
    if (!(shapeObj instanceof Object[] shape) || shape.length != 2) {
      throw new PickleContentException("csr_matrix _shape is "
          + PythonTypes.describe(shapeObj) + ", expected a (rows, cols) tuple");
    }
    long rows = PythonTypes.toLong(shape[0], "csr_matrix row count");
    long cols = PythonTypes.toLong(shape[1], "csr_matrix column count");
    if (rows < 0 || cols < 0 || rows >= Integer.MAX_VALUE || cols > Integer.MAX_VALUE) {
      throw new PickleContentException("csr_matrix shape (" + rows + ", " + cols
          + ") is out of range");
    }
    int[] indptr = array("indptr").toInts("csr_matrix indptr");
    int[] indices = array("indices").toInts("csr_matrix indices");
    double[] raw = array("data").toDoubles();
    float[] values = new float[raw.length];
    for (int i = 0; i < raw.length; i++) {
      values[i] = (float) raw[i];
    }
    try {
      return new CsrMatrix((int) rows, (int) cols, indptr, indices, values);
    } catch (InvalidGraphException e) {
      throw new PickleContentException("csr_matrix of shape (" + rows + ", " + cols
          + ") is invalid: " + e.getMessage());
    }
  }

  private NdArray array(String key) {
    Object o = state.get(key);
    if (!(o instanceof NdArray a)) {
      throw new PickleContentException("csr_matrix " + key + " is " + PythonTypes.describe(o)
          + ", expected a numpy.ndarray");
    }
    if (a.rank() != 1) {
      throw new PickleContentException("csr_matrix " + key + " has shape "
          + NdArray.shapeText(a.shape()) + ", expected one dimension");
    }
    return a;
  }
}
