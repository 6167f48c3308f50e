package dev.contrastive4j.runtime.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How the project's readers take in a file: what they say when it cannot be read at all, in the
 * few words that follow the file's name in a message ({@code .../labels.csv: is a directory, not
 * a file}) rather than the JDK's exception, and how its bytes become text.
 */
public final class FileInput {
  /** The problem of a path that names a directory where a file is expected. */
  public static final String DIRECTORY = "is a directory, not a file";

  /** The problem of a path that names a pipe, device or socket where a file is expected. */
  public static final String NOT_A_FILE = "is a pipe, device or socket, not a file";

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
    if (e instanceof NotAFileException) {
      return NOT_A_FILE;
    }
    if (Files.isDirectory(file)) {
      return DIRECTORY;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot be read (" + systemReason(e) + ")";
  }

  /**
   * The system's reason for {@code e} ({@code Not a directory}, {@code No space left on
   * device}) without the exception's class; the path a reason-less exception names, with what
   * its class means.
   */
  static String systemReason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() == null && f.getFile() != null) {
      if (e instanceof FileAlreadyExistsException) {
        return f.getFile() + " already exists";
      }
      if (e instanceof DirectoryNotEmptyException) {
        return f.getFile() + " is a directory that is not empty";
      }
      if (e instanceof NoSuchFileException) {
        return f.getFile() + " not found";
      }
    }
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage();
    return reason == null ? e.getClass().getSimpleName() : reason;
  }

  /**
   * Refuses a path that exists but is neither a regular file nor a directory (which opening
   * reports itself): opening a named pipe waits for a writer, and a device such as
   * {@code /dev/zero} never ends.
   *
   * @throws IOException for which {@link #problem} says {@link #NOT_A_FILE}
   */
  public static void requireFile(Path file) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      throw new NotAFileException(file);
    }
  }

  /** What {@link #requireFile} throws. */
  private static final class NotAFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    NotAFileException(Path file) {
      super(file.toString(), null, NOT_A_FILE);
    }
  }

  /**
   * Why {@code dir} cannot be read from as a directory: {@code directory not found} or
   * {@code not a directory}; null if it is one.
   */
  public static @Nullable String directoryProblem(Path dir) {
    if (Files.isDirectory(dir)) {
      return null;
    }
    return Files.exists(dir) ? "not a directory" : "directory not found";
  }

  /**
   * The text of a file's bytes: UTF-8, whose byte order mark is dropped (editors on Windows
   * write one), or UTF-16 when a UTF-16 byte order mark starts the file.
   *
   * @throws IllegalArgumentException naming where the first byte that is not text is, e.g.
   *     {@code line 3, column 7: not UTF-8 text (byte 0xe9); save the file as UTF-8}
   */
  public static String text(byte[] content) {
    if (startsWith(content, 0xFE, 0xFF)) {
      return decode(content, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(content, 0xFF, 0xFE)) {
      return decode(content, 2, StandardCharsets.UTF_16LE);
    }
    return decode(content, startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0, StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] content, int... bytes) {
    if (content.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((content[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static String decode(byte[] content, int start, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      String before = out.toString();
      long line = 1 + before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new IllegalArgumentException("line " + line + ", column " + column + ": not "
          + charset.name() + " text (byte 0x" + Integer.toHexString(content[in.position()] & 0xFF)
          + "); save the file as UTF-8");
    }
    return out.toString();
  }
}
