package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.razorvine.pickle.objects.ClassDict;

/**
 * Checks and names the Java objects Pyrolite makes for Python values, so that a pickle holding
 * the wrong thing fails with a message in Python's terms ("expected a tuple, found dict").
 */
public final class PythonTypes {
  private PythonTypes() {}

  /** Python's name for the type of {@code o}, for error messages. */
  public static String describe(Object o) {
    if (o == null) {
      return "None";
    } else if (o instanceof ClassDict c) {
      return c.getClassName();
    } else if (o instanceof NdArray a) {
      return a.toString();
    } else if (o instanceof CsrMatrixState) {
      return "scipy.sparse csr_matrix";
    } else if (o instanceof NumpyDtype d) {
      return "numpy dtype " + d.name();
    } else if (o instanceof Boolean) {
      return "bool";
    } else if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) {
      return "int";
    } else if (o instanceof Double) {
      return "float";
    } else if (o instanceof String) {
      return "str";
    } else if (o instanceof byte[]) {
      return "bytes";
    } else if (o instanceof Object[]) {
      return "tuple";
    } else if (o instanceof List) {
      return "list";
    } else if (o instanceof Set) {
      return "set";
    } else if (o instanceof Map) {
      return "dict";
    }
    return o.getClass().getSimpleName();
  }

  /**
   * An integer value (Python int or long) as a Java long. Pyrolite makes an Integer or a Long
   * of every int that fits a long, and a BigInteger only of larger ones.
   */
  public static long toLong(Object o, String what) {
    if (o instanceof Integer || o instanceof Long) {
      return ((Number) o).longValue();
    }
    if (o instanceof BigInteger b) {
      throw new PickleContentException(what + " is too large (" + b + ")");
    }
    throw new PickleContentException(what + " is " + describe(o) + ", expected an int");
  }

  /** A Python bool (or int used as one). */
  static boolean truth(Object o, String what) {
    if (o instanceof Boolean b) {
      return b;
    }
    if (o instanceof Integer i) {
      return i != 0;
    }
    throw new PickleContentException(what + " is " + describe(o) + ", expected a bool");
  }

  /**
   * Raw bytes: a Python 3 {@code bytes} object, or a Python 2 byte string that Pyrolite
   * decoded one char per byte (latin-1).
   */
  static byte[] rawBytes(Object o, String what) {
    if (o instanceof byte[] b) {
      return b;
    }
    if (o instanceof String s) {
      byte[] out = new byte[s.length()];
      for (int i = 0; i < out.length; i++) {
        char c = s.charAt(i);
        if (c > 0xff) {
          throw new PickleContentException(what + " is a text string, not a byte string "
              + "(character " + i + " is U+" + Integer.toHexString(c) + ")");
        }
        out[i] = (byte) c;
      }
      return out;
    }
    throw new PickleContentException(what + " is " + describe(o) + ", expected bytes");
  }
}
