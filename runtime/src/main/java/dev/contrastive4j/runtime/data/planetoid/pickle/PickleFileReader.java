package dev.contrastive4j.runtime.data.planetoid.pickle;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.io.FileInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;
import net.razorvine.pickle.objects.ClassDict;
import net.razorvine.pickle.objects.ClassDictConstructor;

/**
 * Reads Python pickles of numpy arrays, scipy CSR matrices and dicts with Pyrolite.
 *
 * <p>On first use this class registers Pyrolite constructors (a JVM-wide registry, see
 * {@link Unpickler#registerConstructor}) for the classes such pickles name:
 * {@code numpy.core.multiarray._reconstruct} and {@code numpy.ndarray} ({@link NdArray}),
 * {@code numpy.dtype} ({@link NumpyDtype}), {@code scipy.sparse.csr.csr_matrix}
 * ({@link CsrMatrixState}) and {@code collections.defaultdict} (a plain map; its default
 * factory does not matter once the values are read). The numpy 2 and scipy 1.8+ module names
 * ({@code numpy._core.multiarray}, {@code scipy.sparse._csr}) are registered too, and so is
 * {@code numpy.core.numeric._frombuffer}, which pickle protocol 5 (Python 3.14's default)
 * writes for an array instead of {@code _reconstruct}.
 *
 * <p>Every failure is a {@link DatasetException} whose one-line message names the file and the
 * problem: missing file, truncated pickle, corrupt pickle, or content that is not what was
 * expected. No Pyrolite, class-cast or index exception escapes.
 */
public final class PickleFileReader {
  /** Pyrolite's message for a class it has no constructor for; group 1 is the class. */
  private static final Pattern UNKNOWN_CLASS =
      Pattern.compile("construction of ClassDict \\(for ([^)]*)\\)");

  /** Stands for the {@code numpy.ndarray} class, the first argument of {@code _reconstruct}. */
  private static final IObjectConstructor NDARRAY_CLASS = args -> {
    throw new PickleContentException("numpy.ndarray(...) called directly; numpy pickles use "
        + "numpy.core.multiarray._reconstruct");
  };

  static {
    IObjectConstructor reconstruct = PickleFileReader::reconstruct;
    Unpickler.registerConstructor("numpy.core.multiarray", "_reconstruct", reconstruct);
    Unpickler.registerConstructor("numpy._core.multiarray", "_reconstruct", reconstruct);
    Unpickler.registerConstructor("numpy", "ndarray", NDARRAY_CLASS);
    IObjectConstructor fromBuffer = NdArray::fromBuffer;
    Unpickler.registerConstructor("numpy.core.numeric", "_frombuffer", fromBuffer);
    Unpickler.registerConstructor("numpy._core.numeric", "_frombuffer", fromBuffer);
    Unpickler.registerConstructor("numpy", "dtype", NumpyDtype::construct);
    IObjectConstructor csr = args -> new CsrMatrixState();
    Unpickler.registerConstructor("scipy.sparse.csr", "csr_matrix", csr);
    Unpickler.registerConstructor("scipy.sparse._csr", "csr_matrix", csr);
    Unpickler.registerConstructor("collections", "defaultdict", args -> new HashMap<>());
  }

  private PickleFileReader() {}

  private static Object reconstruct(Object[] args) {
    if (args.length != 3 || args[0] != NDARRAY_CLASS) {
      throw new PickleContentException("_reconstruct is called for "
          + (args.length == 0 ? "nothing" : describeClass(args[0]))
          + ", expected numpy.ndarray");
    }
    return new NdArray();
  }

  private static String describeClass(Object o) {
    // Pyrolite keeps the name of an unknown class private; an empty instance reveals it.
    return o instanceof ClassDictConstructor c
        ? ((ClassDict) c.construct(new Object[0])).getClassName() : PythonTypes.describe(o);
  }

  /**
   * Unpickles {@code file}.
   *
   * @throws DatasetException if the file is missing or unreadable, or the pickle is truncated,
   *     corrupt or holds an unsupported numpy/scipy object
   */
  public static Object read(Path file) {
    byte[] bytes;
    try {
      FileInput.requireFile(file);
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DatasetException(file, FileInput.problem(file, e), e);
    }
    return parse(file, bytes);
  }

  /** Unpickles {@code bytes}, read from {@code file} (named in messages). */
  static Object parse(Path file, byte[] bytes) {
    if (bytes.length == 0) {
      throw new DatasetException(file, "empty file, expected a pickle");
    }
    GuardedUnpickler unpickler = new GuardedUnpickler(bytes);
    try {
      Object value = unpickler.load();
      if (unpickler.remaining() > 0) {
        throw new DatasetException(file, "corrupt pickle (" + unpickler.remaining()
            + " bytes of data after the end of the pickle)");
      }
      return value;
    } catch (IOException e) {
      throw new DatasetException(file, "truncated pickle (unexpected end of data)", e);
    } catch (RuntimeException e) {
      if (e instanceof DatasetException d) {
        throw d;
      }
      PickleContentException content = contentCause(e);
      if (content != null) {
        throw new DatasetException(file, content.getMessage(), e);
      }
      String unknown = unknownClass(e);
      if (unknown != null) {
        // A flipped byte in a class name and a writer this reader does not support look alike.
        throw new DatasetException(file, "unreadable pickle: it calls " + unknown + ", which is "
            + "not a class of numpy, scipy or Python that this reader knows (the file is "
            + "damaged, or was written by another library)", e);
      }
      throw new DatasetException(file, "corrupt pickle (" + corruption(e, unpickler.position())
          + ")", e);
    } finally {
      unpickler.close();
    }
  }

  /** Unpickles a numpy array from {@code file}. */
  public static NdArray readArray(Path file) {
    Object o = read(file);
    if (o instanceof NdArray a) {
      try {
        a.rank(); // fails if the array was never filled
      } catch (PickleContentException e) {
        throw new DatasetException(file, e.getMessage(), e);
      }
      return a;
    }
    throw new DatasetException(file, "expected a numpy.ndarray, found " + PythonTypes.describe(o));
  }

  /** Unpickles a scipy CSR matrix from {@code file}, with float32 values. */
  public static CsrMatrix readCsrMatrix(Path file) {
    Object o = read(file);
    if (!(o instanceof CsrMatrixState m)) {
      throw new DatasetException(file, "expected a scipy.sparse csr_matrix, found "
          + PythonTypes.describe(o));
    }
    try {
      return m.toCsrMatrix();
    } catch (PickleContentException e) {
      throw new DatasetException(file, e.getMessage(), e);
    }
  }

  /** Unpickles a dict (or {@code collections.defaultdict}) from {@code file}. */
  public static Map<?, ?> readDict(Path file) {
    Object o = read(file);
    if (o instanceof Map<?, ?> m && !(o instanceof ClassDict)) {
      return m;
    }
    throw new DatasetException(file, "expected a dict, found " + PythonTypes.describe(o));
  }

  private static PickleContentException contentCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PickleContentException p) {
        return p;
      }
    }
    return null;
  }

  /**
   * The class Pyrolite has no constructor for, named in its message (rather than its advice to
   * register a Java constructor); null when {@code e} is about something else.
   */
  private static String unknownClass(RuntimeException e) {
    if (e instanceof PickleException && e.getMessage() != null) {
      Matcher unknown = UNKNOWN_CLASS.matcher(e.getMessage());
      return unknown.find() ? unknown.group(1) : null;
    }
    return null;
  }

  /**
   * What Pyrolite found wrong with a pickle, in a pickle's terms: its own message ({@code invalid
   * pickle opcode: 255}), or, for a Java exception from inside it (a class cast, an index out of
   * bounds), that the opcodes do not fit together.
   */
  static String corruption(RuntimeException e, int position) {
    String m = e.getMessage();
    if (e instanceof PickleException && m != null && !m.isBlank()) {
      return m.strip().split("\\R", 2)[0];
    }
    return "the opcodes before byte " + position + " do not fit together";
  }
}
