package dev.contrastive4j.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What the project's writers say when a file cannot be written, in the few words that follow
 * the file's name in a message ({@code .../labels.csv: permission denied}), as {@link FileInput}
 * does for reading, rather than the JDK's exception.
 */
public final class FileOutput {
  /** How {@link #problem} begins when the system refused the write. */
  public static final String CANNOT_BE_WRITTEN = "cannot be written";

  private FileOutput() {}

  /**
   * Why {@code file} could not be written: {@code permission denied}, {@link FileInput#DIRECTORY},
   * or {@code cannot be written (<reason>)} with the reason of {@link #reason}.
   *
   * @param e what writing (or creating, or renaming) the file threw
   */
  public static String problem(Path file, IOException e) {
    if (e instanceof AccessDeniedException) {
      return reason(file, e);
    }
    if (Files.isDirectory(file)) {
      return FileInput.DIRECTORY;
    }
    return CANNOT_BE_WRITTEN + " (" + reason(file, e) + ")";
  }

  /**
   * Why writing {@code target}, a file or a directory, failed, in words: {@code permission
   * denied}; {@code <path> is a file, not a directory} when a file stands where one of its
   * parent directories should be; else the system's reason ({@code No space left on device}).
   *
   * @param e what writing (or creating, or renaming) the target threw
   */
  public static String reason(Path target, IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    Path file = fileAbove(target);
    if (file != null) {
      return file + " is a file, not a directory";
    }
    return FileInput.systemReason(e);
  }

  /**
   * The nearest existing ancestor of {@code path} (as written, so that a message shows the path
   * the user gave) if it is not a directory; null if it is one or none of them exists.
   */
  public static @Nullable Path fileAbove(Path path) {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? null : p;
      }
    }
    return null;
  }
}
