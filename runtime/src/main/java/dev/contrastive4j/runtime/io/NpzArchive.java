package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An open {@code .npz} file, NumPy's zip archive of {@code .npy} entries, read one entry at a
 * time, when asked, so that only the entry in hand is held as bytes. Problems name the archive
 * and the entry: {@code feat.npz: entry 'indptr.npy': truncated: ...}.
 */
final class NpzArchive implements AutoCloseable {
  private static final String NPY = ".npy";

  private final Path file;
  private final ZipFile zip;
  private final Map<String, ZipEntry> entries = new LinkedHashMap<>();

  private NpzArchive(Path file, ZipFile zip) {
    this.file = file;
    this.zip = zip;
    zip.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(NPY))
        .forEach(e -> entries.put(e.getName().substring(0, e.getName().length() - NPY.length()),
            e));
  }

  /**
   * Opens {@code file}.
   *
   * @throws DatasetException if it is not a zip archive
   * @throws IOException if it cannot be read, or is a directory, pipe or device
   */
  static NpzArchive open(Path file) throws IOException {
    // As NpyFiles opens a file: a directory, pipe or device is named as what it is.
    FileInput.requireFile(file);
    try {
      return new NpzArchive(file, new ZipFile(file.toFile()));
    } catch (ZipException e) {
      throw new DatasetException(file, "not a .npz file (a zip archive of .npy files, as "
          + "scipy.sparse.save_npz writes): " + FileInput.systemReason(e), e);
    }
  }

  /** How messages name an entry read on its own, before the archive is named: {@code data.npy}. */
  static Path entryPath(String name) {
    return Path.of(name + NPY);
  }

  /** The archive's file. */
  Path file() {
    return file;
  }

  /** Whether the archive has the entry {@code name}.npy. */
  boolean has(String name) {
    return entries.containsKey(name);
  }

  /** The names of its .npy entries, without the extension, in the archive's order. */
  List<String> names() {
    return new ArrayList<>(entries.keySet());
  }

  /** The entry {@code name} as one string ({@link NpyFiles#readString}). */
  String string(String name) {
    byte[] content = bytes(name);
    return named(name, () -> NpyFiles.readString(entryPath(name), content));
  }

  /**
   * The entry {@code name} as an array of {@code kind} (null for any) and the dimensions
   * ({@link ArrayExpectation#ANY} for any size).
   */
  INDArray array(String name, ElementKind kind, long... dims) {
    byte[] content = bytes(name);
    return named(name, () -> NpyFiles.read(entryPath(name), content,
        ArrayExpectation.of(kind, dims)));
  }

  /**
   * The integer entry {@code name} of the given dimensions, flattened in C order, as ints; the
   * caller checks the values against its bounds.
   */
  int[] ints(String name, long... dims) {
    INDArray a = array(name, ElementKind.INTEGER, dims);
    if (a.length() == 0) {
      return new int[0];
    }
    if (a.dataType() == DataType.INT32) {
      return a.dup('c').data().asInt();
    }
    long[] wide = a.dup('c').data().asLong();
    int[] out = new int[wide.length];
    for (int k = 0; k < wide.length; k++) {
      out[k] = (int) wide[k];
      if (out[k] != wide[k]) {
        throw new DatasetException(file, "entry '" + name + NPY + "': value " + wide[k]
            + " at entry " + k + " is outside the int32 range");
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** The bytes of entry {@code name}, inflated. */
  private byte[] bytes(String name) {
    ZipEntry e = entries.get(name);
    if (e == null) {
      throw new DatasetException(file, "has no '" + name + "' entry; a scipy.sparse matrix "
          + "saved by save_npz has one");
    }
    if (e.getSize() > NpyFiles.MAX_DATA_BYTES) {
      throw new DatasetException(file, "entry '" + e.getName() + "' holds " + e.getSize()
          + " bytes; arrays of more than 2 GiB are not supported");
    }
    try (InputStream in = zip.getInputStream(e)) {
      // The central directory gives the size, so the bytes are read once, into their array.
      return e.getSize() >= 0 ? in.readNBytes((int) e.getSize())
          : in.readNBytes((int) NpyFiles.MAX_DATA_BYTES);
    } catch (IOException problem) {
      throw new DatasetException(file, "entry '" + e.getName() + "' cannot be read (corrupt "
          + "archive: " + FileInput.systemReason(problem) + ")", problem);
    }
  }

  /** Runs a read of entry {@code name}, naming the archive and the entry in its problem. */
  private <T> T named(String name, Supplier<T> read) {
    try {
      return read.get();
    } catch (DatasetException e) {
      throw new DatasetException(file, "entry '" + name + NPY + "': " + e.problem(), e);
    }
  }
}
