package dev.contrastive4j.runtime.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats an array can be stored in, told apart by the file name's extension. */
public enum ArrayFormat {
  /** NumPy's binary {@code .npy} format: any rank, exact types ({@link NpyFiles}). */
  NPY(".npy"),
  /** Comma-separated numbers: 1-D or 2-D arrays ({@link CsvFiles}). */
  CSV(".csv");

  private final String extension;

  ArrayFormat(String extension) {
    this.extension = extension;
  }

  /** The extension including the dot, e.g. {@code .npy}. */
  public String extension() {
    return extension;
  }

  /** The format of {@code file} by its extension (case-insensitive), if it is one of these. */
  public static Optional<ArrayFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (ArrayFormat f : values()) {
      if (name.endsWith(f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
