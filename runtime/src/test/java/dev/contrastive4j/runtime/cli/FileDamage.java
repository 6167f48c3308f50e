package dev.contrastive4j.runtime.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * One way of damaging a file in place, named for the test's display name: cutting it short,
 * changing bytes, replacing it, putting a directory in its place.
 */
record FileDamage(String label, Action action) {

  /** What a damage does to the file at a path. */
  @FunctionalInterface
  interface Action {
    void apply(Path file) throws IOException;
  }

  void apply(Path file) throws IOException {
    action.apply(file);
  }

  /** The file's bytes changed by {@code change}. */
  static FileDamage bytes(String label, UnaryOperator<byte[]> change) {
    return new FileDamage(label, file -> Files.write(file, change.apply(Files.readAllBytes(file))));
  }

  /** The file cut to its first {@code length} bytes. */
  static FileDamage truncate(String where, int length) {
    return bytes("truncated to " + length + " bytes (" + where + ")",
        b -> Arrays.copyOf(b, Math.min(length, b.length)));
  }

  /** The byte at {@code position} XORed with {@code mask} (not 0). */
  static FileDamage flip(String where, int position, int mask) {
    return bytes(String.format("byte %d (%s) xor 0x%02x", position, where, mask & 0xff), b -> {
      byte[] copy = b.clone();
      copy[position] ^= (byte) mask;
      return copy;
    });
  }

  /** The byte at {@code position} set to {@code value}. */
  static FileDamage set(String where, int position, int value) {
    return bytes(String.format("byte %d (%s) set to 0x%02x", position, where, value & 0xff),
        b -> {
          byte[] copy = b.clone();
          copy[position] = (byte) value;
          return copy;
        });
  }

  /** The whole file replaced by {@code garbage}. */
  static FileDamage replaceWith(String what, byte[] garbage) {
    return bytes("replaced by " + what, b -> garbage.clone());
  }

  /** {@code tail} added after the file's end. */
  static FileDamage append(String what, byte[] tail) {
    return bytes("followed by " + what, b -> {
      byte[] copy = Arrays.copyOf(b, b.length + tail.length);
      System.arraycopy(tail, 0, copy, b.length, tail.length);
      return copy;
    });
  }

  /**
   * The first {@code from} in the file (read as ISO-8859-1, one char a byte, so offsets stay)
   * replaced by {@code to}; fails the test if there is none, so no case silently does nothing.
   */
  static FileDamage replaceText(String from, String to) {
    return bytes("'" + from + "' made '" + to + "'", b -> {
      String text = new String(b, StandardCharsets.ISO_8859_1);
      int at = text.indexOf(from);
      if (at < 0) {
        throw new AssertionError("'" + from + "' is not in the file");
      }
      return (text.substring(0, at) + to + text.substring(at + from.length()))
          .getBytes(StandardCharsets.ISO_8859_1);
    });
  }

  /** An empty directory where the file was. */
  static FileDamage directoryInstead() {
    return new FileDamage("a directory instead", file -> {
      Files.delete(file);
      Files.createDirectory(file);
    });
  }

  /** The file's read permission taken away (which root ignores: see {@link #isInEffect}). */
  static FileDamage unreadable() {
    return new FileDamage("unreadable (mode 000)",
        file -> Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------")));
  }

  /** Whether the damage did something to {@code file}: root can still read a mode-000 file. */
  static boolean isInEffect(FileDamage damage, Path file) {
    return !damage.label().startsWith("unreadable") || !Files.isReadable(file);
  }

  @Override
  public String toString() {
    return label;
  }
}
