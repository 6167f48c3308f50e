package dev.contrastive4j.api.data;

import java.nio.file.Path;

/**
 * A data set could not be read: a missing, truncated or corrupt file, a wrong shape or data
 * type, a value that is not a number, an index out of range. The message names the file (and
 * where useful the field, row or element) and the problem in one line.
 */
public final class DatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  /** The message without the file's name in front. */
  private final String problem;

  /** A problem with {@code file}; the message reads {@code "<file>: <problem>"}. */
  public DatasetException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  /** A problem with {@code file} that surfaced as {@code cause}. */
  public DatasetException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** A problem that is not tied to one file (an unknown data set name, say). */
  public DatasetException(String message) {
    super(message);
    this.file = null;
    this.problem = message;
  }

  /** The file at fault, or null when the problem is not tied to one file. */
  public Path file() {
    return file;
  }

  /**
   * The message without the file's name in front: what is wrong with {@link #file()}; the
   * whole message when the problem is not tied to one file.
   */
  public String problem() {
    return problem;
  }
}
