package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.indexer.HalfIndexer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads and writes NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0) as
 * {@link INDArray}s.
 *
 * <p>Reading parses the header in Java and copies the data through a {@link ByteBuffer}, so a
 * corrupt or truncated file gives one {@link DatasetException} naming the file and the problem
 * and never reaches native code. Little- and big-endian data are read, as are C-order and
 * Fortran-order arrays (the latter are returned in C order). Supported element types: see
 * {@link NpyDtype}. Writing produces little-endian, C-order, version 1.0 files (2.0 when the
 * header is too long for 1.0) and is atomic (see {@link AtomicFiles}).
 */
public final class NpyFiles {
  /** The data of a version 1.0+ file starts at a multiple of this many bytes. */
  private static final int ALIGNMENT = 64;
  /**
   * The most bytes of data a file holds (about 2 GiB): arrays are copied through Java arrays,
   * whose length is an int.
   */
  public static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 64;

  private NpyFiles() {}

  /**
   * Reads the header of {@code file} without reading its data.
   *
   * @throws DatasetException if the file is missing, unreadable or has no valid .npy header
   */
  public static NpyHeader readHeader(Path file) {
    try (FileChannel ch = open(file)) {
      return header(file, ch);
    } catch (IOException e) {
      throw ioProblem(file, e);
    }
  }

  /**
   * Reads a whole array.
   *
   * @throws DatasetException if the file is missing, not a .npy file, truncated, has a type
   *     this reader does not support, or holds a bool that is neither 0 nor 1
   */
  public static INDArray read(Path file) {
    return read(file, null);
  }

  /**
   * Reads an array and checks it against {@code expected} before reading the data.
   *
   * @param expected the required kind and shape, or null for any
   * @throws DatasetException as {@link #read(Path)}, or naming the expected and the found
   *     type and shape
   */
  public static INDArray read(Path file, ArrayExpectation expected) {
    try (FileChannel ch = open(file)) {
      return read(file, ByteSource.of(ch), expected);
    } catch (IOException e) {
      throw ioProblem(file, e);
    }
  }

  /**
   * Reads a whole array from the bytes of a .npy file held in memory: an entry of a
   * {@code .npz} archive ({@link SparseNpzFiles}).
   *
   * @param file the name messages give the array, e.g. {@code feat.npz: entry 'data.npy'}
   * @param expected the required kind and shape, or null for any
   * @throws DatasetException as {@link #read(Path, ArrayExpectation)}
   */
  static INDArray read(Path file, byte[] content, ArrayExpectation expected) {
    try {
      return read(file, ByteSource.of(content), expected);
    } catch (IOException e) {
      throw new IllegalStateException("bytes in memory cannot fail to be read", e);
    }
  }

  private static INDArray read(Path file, ByteSource source, ArrayExpectation expected)
      throws IOException {
    NpyHeader h = header(file, source);
    if (expected != null) {
      expected.check(file, h.dtype().dataType(), h.shape());
    }
    long bytes = h.dataBytes();
    long available = source.size() - h.dataOffset();
    if (available < bytes) {
      throw new DatasetException(file, "truncated: the header declares " + describe(h)
          + ", " + bytes + " bytes of data, but only " + available + " follow the header");
    }
    if (available > bytes) {
      throw new DatasetException(file, "corrupt: " + (available - bytes) + " bytes follow the "
          + bytes + " bytes of data that the header declares (" + describe(h) + ")");
    }
    if (bytes > MAX_DATA_BYTES) {
      throw new DatasetException(file, "arrays of more than 2 GiB are not supported ("
          + describe(h) + ")");
    }
    ByteBuffer data = source.slice(file, h.dataOffset(), (int) bytes);
    data.order(h.byteOrder());
    return toArray(file, h, data);
  }

  /**
   * The text of a .npy file that holds one string, as {@code numpy.save} writes a Python
   * {@code bytes} ({@code |S3}) or {@code str} ({@code <U3}) value: scipy's {@code format}
   * entry. The .npy type list has no strings, so this is read on its own path.
   *
   * @param file the name messages give the array
   * @throws DatasetException if the bytes are not a .npy file of one string
   */
  static String readString(Path file, byte[] content) {
    try {
      ByteSource source = ByteSource.of(content);
      HeaderText text = headerText(file, source);
      Map<String, Object> dict;
      try {
        dict = PythonLiteral.parseDict(text.dict());
      } catch (IllegalArgumentException e) {
        throw new DatasetException(file, "header is not a valid Python dict literal: "
            + e.getMessage());
      }
      Matcher m = STRING_DESCR.matcher(String.valueOf(dict.get("descr")));
      if (!m.matches() || !List.of().equals(dict.get("shape"))) {
        // The tuple as NumPy writes it: (3,) where Java would print [3].
        String shape = String.valueOf(dict.get("shape")).replace('[', '(').replace(']', ')')
            .replaceAll("^\\((\\d+)\\)$", "($1,)");
        throw new DatasetException(file, "holds '" + dict.get("descr") + "' of shape " + shape
            + " where one string ('|S' or '<U', shape ()) is expected");
      }
      boolean unicode = m.group(2).equals("U");
      long bytes = Long.parseLong(m.group(3)) * (unicode ? 4 : 1);
      long available = source.size() - text.dataOffset();
      if (available != bytes) {
        throw new DatasetException(file, "corrupt: the header declares a string of " + bytes
            + " bytes, but " + available + " follow it");
      }
      Charset charset = !unicode ? StandardCharsets.ISO_8859_1
          : m.group(1).equals(">") ? Charset.forName("UTF-32BE") : Charset.forName("UTF-32LE");
      String value = new String(content, (int) text.dataOffset(), (int) bytes, charset);
      // NumPy pads a string shorter than its type with NULs.
      int end = value.indexOf('\0');
      return end < 0 ? value : value.substring(0, end);
    } catch (IOException e) {
      throw new IllegalStateException("bytes in memory cannot fail to be read", e);
    }
  }

  /** A Python bytes or str dtype: byte order, S or U, length. */
  private static final Pattern STRING_DESCR = Pattern.compile("([<>|=]?)([SU])(\\d{1,9})");

  /**
   * Writes {@code array} atomically as a little-endian, C-order .npy file, creating missing
   * parent directories.
   *
   * @throws DatasetException if the array's type has no .npy counterpart here (see
   *     {@link NpyDtype}) or the file cannot be written
   */
  public static void write(Path file, INDArray array) {
    byte[] header = headerBytes(file, array);
    ByteBuffer data = dataBytes(file, array, dtype(file, array));
    try {
      AtomicFiles.write(file, out -> write(out, header, data));
    } catch (IOException e) {
      throw new DatasetException(file, FileOutput.problem(file, e), e);
    }
  }

  /**
   * Writes {@code array} to {@code out} as a little-endian, C-order .npy file: an entry of a
   * {@code .npz} archive. The stream is left open.
   *
   * @param file the name messages give the array
   * @throws DatasetException as {@link #write(Path, INDArray)}, but for I/O
   */
  static void write(OutputStream out, Path file, INDArray array) throws IOException {
    write(out, headerBytes(file, array), dataBytes(file, array, dtype(file, array)));
  }

  private static void write(OutputStream out, byte[] header, ByteBuffer data)
      throws IOException {
    out.write(header);
    out.write(data.array(), 0, data.limit());
  }

  /**
   * Writes to {@code out} a .npy file holding one ASCII string as NumPy saves a Python
   * {@code bytes} value ({@code |S3} for {@code b'csr'}): scipy's {@code format} entry.
   */
  static void writeString(OutputStream out, String ascii) throws IOException {
    byte[] text = ascii.getBytes(StandardCharsets.US_ASCII);
    out.write(headerBytes("{'descr': '|S" + text.length
        + "', 'fortran_order': False, 'shape': (), }"));
    out.write(text);
  }

  private static NpyDtype dtype(Path file, INDArray array) {
    return NpyDtype.of(array.dataType()).orElseThrow(() -> new DatasetException(file,
        "cannot write data type " + array.dataType() + " to .npy; cast it to one of bool, "
            + "int8, uint8, int16, int32, int64, float16, float32 or float64"));
  }

  private static byte[] headerBytes(Path file, INDArray array) {
    return headerBytes(new NpyHeader(1, 0, dtype(file, array), ByteOrder.LITTLE_ENDIAN, false,
        array.shape(), 0));
  }

  /** The magic, version, length and padded dict of {@code h} (its version is chosen here). */
  static byte[] headerBytes(NpyHeader h) {
    return headerBytes(h.dictLiteral());
  }

  /** The magic, version, length and padded {@code dict} (its version is chosen here). */
  private static byte[] headerBytes(String dict) {
    int major = 1;
    int prefix = MAGIC_LENGTH + 2 + 2;
    if (paddedLength(dict, prefix) > 0xFFFF) {
      major = 2;
      prefix = MAGIC_LENGTH + 2 + 4;
    }
    int padded = paddedLength(dict, prefix);
    String text = dict + " ".repeat(padded - dict.length() - 1) + "\n";
    ByteBuffer out = ByteBuffer.allocate(prefix + padded).order(ByteOrder.LITTLE_ENDIAN);
    out.put(NpyHeader.MAGIC).put((byte) major).put((byte) 0);
    if (major == 1) {
      out.putShort((short) padded);
    } else {
      out.putInt(padded);
    }
    out.put(text.getBytes(StandardCharsets.ISO_8859_1));
    return out.array();
  }

  private static final int MAGIC_LENGTH = 6;

  /** The dict's length with padding and newline so that prefix + length is aligned. */
  private static int paddedLength(String dict, int prefix) {
    int total = prefix + dict.length() + 1;
    int aligned = (total + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    return aligned - prefix;
  }

  private static FileChannel open(Path file) throws IOException {
    FileInput.requireFile(file);
    return FileChannel.open(file, StandardOpenOption.READ);
  }

  private static NpyHeader header(Path file, FileChannel ch) throws IOException {
    return header(file, ByteSource.of(ch));
  }

  private static NpyHeader header(Path file, ByteSource source) throws IOException {
    HeaderText text = headerText(file, source);
    try {
      return NpyHeader.parse(text.major(), text.minor(), text.dict(), text.dataOffset());
    } catch (IllegalArgumentException e) {
      throw new DatasetException(file, e.getMessage());
    }
  }

  /** A header's version, its dict's text and where the data starts. */
  private record HeaderText(int major, int minor, String dict, long dataOffset) {}

  private static HeaderText headerText(Path file, ByteSource source) throws IOException {
    long size = source.size();
    ByteBuffer start = source.slice(file, 0, (int) Math.min(size, 12))
        .order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[Math.min(MAGIC_LENGTH, start.remaining())];
    start.get(magic);
    if (!Arrays.equals(magic, NpyHeader.MAGIC)) {
      throw new DatasetException(file, "not a .npy file: it does not start with \\x93NUMPY");
    }
    if (start.remaining() < 4) {
      throw new DatasetException(file, "truncated: the file ends inside the .npy header");
    }
    int major = start.get() & 0xFF;
    int minor = start.get() & 0xFF;
    if ((major != 1 && major != 2 && major != 3) || minor != 0) {
      throw new DatasetException(file, "unsupported .npy format version " + major + "."
          + minor + " (supported: 1.0, 2.0, 3.0)");
    }
    long headerLength;
    int prefix;
    if (major == 1) {
      headerLength = start.getShort() & 0xFFFF;
      prefix = MAGIC_LENGTH + 4;
    } else {
      if (start.remaining() < 4) {
        throw new DatasetException(file, "truncated: the file ends inside the .npy header");
      }
      headerLength = start.getInt() & 0xFFFFFFFFL;
      prefix = MAGIC_LENGTH + 6;
    }
    if (prefix + headerLength > size) {
      throw new DatasetException(file, "truncated: the header is " + headerLength
          + " bytes long but the file has only " + (size - prefix) + " after its start");
    }
    if (headerLength > 1 << 24) {
      throw new DatasetException(file, "corrupt: the header length " + headerLength
          + " is implausibly large");
    }
    ByteBuffer text = source.slice(file, prefix, (int) headerLength);
    byte[] dict = new byte[(int) headerLength];
    text.get(dict);
    return new HeaderText(major, minor, new String(dict,
        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1),
        prefix + headerLength);
  }

  private static INDArray toArray(Path file, NpyHeader h, ByteBuffer data) {
    long[] shape = h.shape();
    int n = (int) h.elementCount();
    DataType type = h.dtype().dataType();
    if (n == 0) {
      return Nd4j.create(type, shape);
    }
    INDArray flat = switch (h.dtype()) {
      case FLOAT16 -> {
        // Every half is a float exactly, so the cast back to half loses nothing.
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
          a[i] = HalfIndexer.toFloat(data.getShort(2 * i));
        }
        yield Nd4j.createFromArray(a).castTo(DataType.FLOAT16);
      }
      case FLOAT32 -> {
        float[] a = new float[n];
        data.asFloatBuffer().get(a);
        yield Nd4j.createFromArray(a);
      }
      case FLOAT64 -> {
        double[] a = new double[n];
        data.asDoubleBuffer().get(a);
        yield Nd4j.createFromArray(a);
      }
      case INT64 -> {
        long[] a = new long[n];
        data.asLongBuffer().get(a);
        yield Nd4j.createFromArray(a);
      }
      case INT32 -> {
        int[] a = new int[n];
        data.asIntBuffer().get(a);
        yield Nd4j.createFromArray(a);
      }
      case INT16 -> {
        short[] a = new short[n];
        data.asShortBuffer().get(a);
        yield Nd4j.createFromArray(a);
      }
      case INT8 -> {
        byte[] a = new byte[n];
        data.get(a);
        yield Nd4j.createFromArray(a);
      }
      case UINT8 -> {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          a[i] = data.get(i) & 0xFF;
        }
        yield Nd4j.createFromArray(a).castTo(DataType.UINT8);
      }
      case BOOL -> {
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
          byte b = data.get(i);
          if (b != 0 && b != 1) {
            throw new DatasetException(file, "corrupt: element " + i + " of a bool array is "
                + b + ", not 0 or 1");
          }
          a[i] = b == 1;
        }
        yield Nd4j.createFromArray(a);
      }
    };
    if (shape.length == 0) {
      return flat.reshape(new long[0]);
    }
    if (!h.fortranOrder()) {
      return flat.reshape('c', shape);
    }
    // Column-major data is the C-order layout of the reversed shape, transposed.
    long[] reversed = new long[shape.length];
    int[] axes = new int[shape.length];
    for (int i = 0; i < shape.length; i++) {
      reversed[i] = shape[shape.length - 1 - i];
      axes[i] = shape.length - 1 - i;
    }
    return flat.reshape('c', reversed).permute(axes).dup('c');
  }

  private static ByteBuffer dataBytes(Path file, INDArray array, NpyDtype dtype) {
    long count = array.length();
    long bytes = count * dtype.itemSize();
    if (bytes > MAX_DATA_BYTES) {
      throw new DatasetException(file, "arrays of more than 2 GiB are not supported (shape "
          + ArrayExpectation.shapeString(array.shape()) + ")");
    }
    ByteBuffer out = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (count == 0) {
      return out.flip();
    }
    INDArray c = array.dup('c');
    switch (dtype) {
      case FLOAT16 -> {
        float[] values = c.castTo(DataType.FLOAT).data().asFloat();
        for (int i = 0; i < count; i++) {
          out.putShort(2 * i, (short) HalfIndexer.fromFloat(values[i]));
        }
      }
      case FLOAT32 -> out.asFloatBuffer().put(c.data().asFloat(), 0, (int) count);
      case FLOAT64 -> out.asDoubleBuffer().put(c.data().asDouble(), 0, (int) count);
      case INT64 -> out.asLongBuffer().put(c.data().asLong(), 0, (int) count);
      case INT32 -> out.asIntBuffer().put(c.data().asInt(), 0, (int) count);
      default -> {
        // One-byte and two-byte types: go through int, which every buffer can give.
        int[] values = c.castTo(DataType.INT32).data().asInt();
        for (int i = 0; i < count; i++) {
          if (dtype == NpyDtype.INT16) {
            out.putShort(2 * i, (short) values[i]);
          } else {
            out.put(i, (byte) values[i]);
          }
        }
      }
    }
    out.position((int) bytes);
    return out.flip();
  }

  private static String describe(NpyHeader h) {
    return ArrayExpectation.typeName(h.dtype().dataType()) + " shape "
        + ArrayExpectation.shapeString(h.shape());
  }

  private static DatasetException ioProblem(Path file, IOException e) {
    return new DatasetException(file, FileInput.problem(file, e), e);
  }
}
