package dev.contrastive4j.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What every reader of the project's input files says when a file cannot be read at all, in
 * the few words that follow the file's name in a message ({@code .../labels.csv: is a directory,
 * not a file}), rather than the JDK's exception.
 */
public final class FileInput {
  /** The problem of a path that names a directory where a file is expected. */
  public static final String DIRECTORY = "is a directory, not a file";

  private FileInput() {}

  /**
   * Why {@code file} could not be read: {@code file not found}, {@link #DIRECTORY},
   * {@code permission denied}, or {@code cannot be read (<the system's reason>)}.
   *
   * @param e what reading (or opening) the file threw
   */
  public static String problem(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "file not found";
    }
    if (Files.isDirectory(file)) {
      return DIRECTORY;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage();
    return "cannot be read (" + (reason == null ? e.getClass().getSimpleName() : reason) + ")";
  }
}
