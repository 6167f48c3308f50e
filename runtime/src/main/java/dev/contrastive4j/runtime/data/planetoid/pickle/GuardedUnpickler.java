package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * Pyrolite's unpickler over an in-memory pickle, with one guard added: before an opcode that
 * reads a length-prefixed string, the length is checked against the bytes that are left. A
 * truncated or corrupt length then fails at once instead of allocating gigabytes.
 */
final class GuardedUnpickler extends Unpickler {
  private final ByteArrayInputStream in;

  GuardedUnpickler(byte[] pickle) {
    this.in = new ByteArrayInputStream(pickle);
  }

  /** Unpickles the whole buffer. */
  Object load() throws IOException {
    return load(in);
  }

  /** Bytes left after the STOP opcode. */
  int remaining() {
    return in.available();
  }

  @Override
  protected Object dispatch(short key) throws PickleException, IOException {
    switch (key) {
      case Opcodes.BINSTRING, Opcodes.BINBYTES, Opcodes.BINUNICODE, Opcodes.LONG4 ->
          checkLength(4);
      case Opcodes.BINBYTES8, Opcodes.BINUNICODE8, Opcodes.BYTEARRAY8 -> checkLength(8);
      default -> { }
    }
    return super.dispatch(key);
  }

  private void checkLength(int width) throws IOException {
    in.mark(width);
    byte[] raw = in.readNBytes(width);
    in.reset();
    if (raw.length < width) {
      throw new EOFException("length field cut short");
    }
    long length = 0;
    for (int i = width - 1; i >= 0; i--) {
      length = (length << 8) | (raw[i] & 0xff);
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
}
