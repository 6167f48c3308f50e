package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * Pyrolite's unpickler over an in-memory pickle, with one guard added: before each opcode runs,
 * its argument (fixed-width bytes, a length-prefixed string or text lines) is checked against
 * the bytes that are left. Pyrolite itself reads a missing byte as -1 in places (a protocol of
 * -1, a string of -1 bytes); with the guard, every cut-off pickle reports the end of the data,
 * and a corrupt length fails at once instead of allocating gigabytes.
 */
final class GuardedUnpickler extends Unpickler {
  private final Buffer in;

  GuardedUnpickler(byte[] pickle) {
    this.in = new Buffer(pickle);
  }

  /** Unpickles the whole buffer. */
  Object load() throws IOException {
    return load(in);
  }

  /** Bytes left after the STOP opcode. */
  int remaining() {
    return in.available();
  }

  /** How many bytes have been read: after a failure, the end of the opcode that failed. */
  int position() {
    return in.position();
  }

  @Override
  protected Object dispatch(short key) throws PickleException, IOException {
    switch (key) {
      case Opcodes.PROTO, Opcodes.BININT1, Opcodes.BINPUT, Opcodes.BINGET, Opcodes.EXT1 ->
          need(1);
      case Opcodes.BININT2, Opcodes.EXT2 -> need(2);
      case Opcodes.BININT, Opcodes.LONG_BINPUT, Opcodes.LONG_BINGET, Opcodes.EXT4 -> need(4);
      case Opcodes.BINFLOAT, Opcodes.FRAME -> need(8);
      case Opcodes.SHORT_BINSTRING, Opcodes.SHORT_BINBYTES, Opcodes.SHORT_BINUNICODE,
          Opcodes.LONG1 -> needPrefixed(1);
      case Opcodes.BINSTRING, Opcodes.BINBYTES, Opcodes.BINUNICODE, Opcodes.LONG4 ->
          needPrefixed(4);
      case Opcodes.BINBYTES8, Opcodes.BINUNICODE8, Opcodes.BYTEARRAY8 -> needPrefixed(8);
      case Opcodes.INT, Opcodes.LONG, Opcodes.FLOAT, Opcodes.STRING, Opcodes.UNICODE,
          Opcodes.PUT, Opcodes.GET, Opcodes.PERSID -> needLines(1);
      case Opcodes.GLOBAL, Opcodes.INST -> needLines(2);
      default -> { }
    }
    return super.dispatch(key);
  }

  private void need(int bytes) throws EOFException {
    if (in.available() < bytes) {
      throw new EOFException("an opcode argument of " + bytes + " bytes is cut short");
    }
  }

  /** A little-endian length of {@code width} bytes, then that many bytes. */
  private void needPrefixed(int width) throws EOFException {
    need(width);
    long length = 0;
    for (int i = width - 1; i >= 0; i--) {
      length = (length << 8) | in.peek(i);
    }
    if (width == 4) {
      length = (int) length; // signed, as Python reads it
    }
    if (length < 0) {
      throw new PickleException("negative length " + length + " of a string");
    }
    if (length > in.available() - width) {
      throw new EOFException("a string of " + length + " bytes runs past the end of the data");
    }
  }

  private void needLines(int lines) throws EOFException {
    if (!in.hasLines(lines)) {
      throw new EOFException("a text argument is not terminated by a newline");
    }
  }

  /** A byte array stream that can look ahead without consuming. */
  private static final class Buffer extends ByteArrayInputStream {
    Buffer(byte[] bytes) {
      super(bytes);
    }

    int position() {
      return pos;
    }

    /** The unsigned byte {@code offset} positions ahead. */
    int peek(int offset) {
      return buf[pos + offset] & 0xff;
    }

    boolean hasLines(int lines) {
      int found = 0;
      for (int i = pos; i < count && found < lines; i++) {
        if (buf[i] == '\n') {
          found++;
        }
      }
      return found >= lines;
    }
  }
}
