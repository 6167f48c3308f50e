package dev.contrastive4j.runtime.io;

/**
 * A file that could not be read as what it should hold. The message says why in the few words
 * that follow the file's name in a reader's own message ({@code file not found}, {@code line 3,
 * column 7: not UTF-8 text ...}); the cause is what the JDK or Jackson threw, if anything.
 */
public final class UnreadableFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Says why, with what was thrown (or null). */
  public UnreadableFileException(String problem, Throwable cause) {
    super(problem, cause);
  }
}
