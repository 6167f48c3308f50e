package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The bytes a {@code .npy} file is parsed from: a file, read where asked, or an entry of a
 * {@code .npz} archive already in memory, which is sliced without a copy.
 */
interface ByteSource {
  /** The number of bytes. */
  long size() throws IOException;

  /**
   * The {@code length} bytes from {@code position}, positioned at their start.
   *
   * @param file the name a message about a file that ends too early gives
   * @throws DatasetException if the source ends before them
   */
  ByteBuffer slice(Path file, long position, int length) throws IOException;

  /** The bytes of an open file. */
  static ByteSource of(FileChannel channel) {
    return new ByteSource() {
      @Override
      public long size() throws IOException {
        return channel.size();
      }

      @Override
      public ByteBuffer slice(Path file, long position, int length) throws IOException {
        ByteBuffer into = ByteBuffer.allocate(length);
        long pos = position;
        while (into.hasRemaining()) {
          int n = channel.read(into, pos);
          if (n < 0) {
            throw new DatasetException(file, "truncated: the file ended while it was being read");
          }
          pos += n;
        }
        return into.flip();
      }
    };
  }

  /** The bytes of an array. */
  static ByteSource of(byte[] content) {
    return new ByteSource() {
      @Override
      public long size() {
        return content.length;
      }

      @Override
      public ByteBuffer slice(Path file, long position, int length) {
        if (position + length > content.length) {
          throw new DatasetException(file, "truncated: the file ended while it was being read");
        }
        return ByteBuffer.wrap(content, (int) position, length).slice();
      }
    };
  }
}
