package dev.contrastive4j.runtime.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers never see them half-written: the content goes to a temporary
 * file in the same directory, is flushed to disk, and is then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. If anything fails the temporary file is removed and
 * the target is left as it was.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the content of a file to a stream; the stream is closed by {@link AtomicFiles}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content to {@code out}.
     *
     * @throws IOException to give up: the target is left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target} atomically, creating missing parent directories.
   *
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + absolute.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    boolean moved = false;
    try {
      // CREATE_NEW (not createTempFile) so the file gets the usual permissions, not 0600.
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Writes {@code text} as UTF-8 to {@code target} atomically, creating missing parent
   * directories.
   *
   * @throws IOException if the file cannot be written or moved into place
   */
  public static void writeString(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }
}
