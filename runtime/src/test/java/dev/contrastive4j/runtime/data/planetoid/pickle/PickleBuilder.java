package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes protocol-2 to 5 pickle opcodes by hand, so tests can make the numpy and scipy pickles
 * that the real files do not cover (Fortran order, big-endian, int64 indices, Python 3 bytes,
 * protocol 5's in-band buffers).
 * The layouts follow what {@code pickletools.dis} shows for the Planetoid files.
 */
final class PickleBuilder {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  PickleBuilder proto(int version) {
    return op(0x80).raw(version);
  }

  PickleBuilder global(String module, String name) {
    op('c');
    byte[] text = (module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII);
    out.write(text, 0, text.length);
    return this;
  }

  PickleBuilder mark() {
    return op('(');
  }

  PickleBuilder tuple() {
    return op('t');
  }

  PickleBuilder tuple1() {
    return op(0x85);
  }

  PickleBuilder tuple2() {
    return op(0x86);
  }

  PickleBuilder tuple3() {
    return op(0x87);
  }

  PickleBuilder emptyTuple() {
    return op(')');
  }

  PickleBuilder reduce() {
    return op('R');
  }

  PickleBuilder build() {
    return op('b');
  }

  PickleBuilder newobj() {
    return op(0x81);
  }

  PickleBuilder emptyDict() {
    return op('}');
  }

  PickleBuilder setitems() {
    return op('u');
  }

  PickleBuilder emptyList() {
    return op(']');
  }

  PickleBuilder appends() {
    return op('e');
  }

  PickleBuilder none() {
    return op('N');
  }

  PickleBuilder bool(boolean v) {
    return op(v ? 0x88 : 0x89);
  }

  PickleBuilder integer(long v) {
    if (v >= 0 && v < 256) {
      return op('K').raw((int) v);
    } else if (v >= 0 && v < 65536) {
      return op('M').raw((int) v & 0xff).raw((int) v >> 8);
    } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
      return op('J').le((int) v);
    }
    op(0x8a).raw(8); // LONG1 with 8 little-endian two's-complement bytes
    byte[] b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    out.write(b, 0, 8);
    return this;
  }

  /** An int of any size (LONG1 with its little-endian two's-complement bytes). */
  PickleBuilder bigInteger(BigInteger v) {
    byte[] big = v.toByteArray();
    op(0x8a).raw(big.length);
    for (int i = big.length - 1; i >= 0; i--) {
      raw(big[i]);
    }
    return this;
  }

  /** A Python float (BINFLOAT, big-endian). */
  PickleBuilder floating(double v) {
    op('G');
    byte[] b = ByteBuffer.allocate(8).putDouble(v).array();
    out.write(b, 0, 8);
    return this;
  }

  /** A Python 2 byte string (SHORT_BINSTRING or BINSTRING), each char one byte. */
  PickleBuilder str(String s) {
    return byteString(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  PickleBuilder byteString(byte[] b) {
    if (b.length < 256) {
      op('U').raw(b.length);
    } else {
      op('T').le(b.length);
    }
    out.write(b, 0, b.length);
    return this;
  }

  /** A Python 3 str (BINUNICODE). */
  PickleBuilder unicode(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    op('X').le(b.length);
    out.write(b, 0, b.length);
    return this;
  }

  /** Python 3 bytes (BINBYTES). */
  PickleBuilder bytes(byte[] b) {
    op('B').le(b.length);
    out.write(b, 0, b.length);
    return this;
  }

  PickleBuilder stop() {
    return op('.');
  }

  /** {@code numpy.dtype(typestr, 0, 1)} with BUILD state {@code (3, order, None, ...)}. */
  PickleBuilder dtype(String typestr, String order, boolean py3) {
    global("numpy", "dtype");
    text(typestr, py3).integer(0).integer(1).tuple3().reduce();
    mark().integer(3);
    text(order, py3);
    return none().none().none().integer(-1).integer(-1).integer(0).tuple().build();
  }

  /** A numpy array as numpy's {@code __reduce__} writes it. */
  PickleBuilder ndarray(long[] shape, String typestr, String order, boolean fortran, byte[] data,
      boolean py3) {
    global("numpy.core.multiarray", "_reconstruct").global("numpy", "ndarray");
    integer(0).tuple1();
    text("b", py3).tuple3().reduce();
    mark().integer(1).mark();
    for (long d : shape) {
      integer(d);
    }
    tuple();
    dtype(typestr, order, py3).bool(fortran);
    if (py3) {
      bytes(data);
    } else {
      byteString(data);
    }
    return tuple().build();
  }

  /**
   * A numpy array as protocol 5 writes it, as {@code pickletools.dis} shows:
   * {@code numpy._core.numeric._frombuffer(bytearray(data), dtype, shape, layout)} with
   * {@code layout} 'C' or 'F', the global named by STACK_GLOBAL.
   */
  PickleBuilder frombuffer(long[] shape, String typestr, String order, String layout,
      byte[] data) {
    stackGlobal("numpy._core.numeric", "_frombuffer");
    mark().bytearray8(data).dtype(typestr, order, true).mark();
    for (long d : shape) {
      integer(d);
    }
    tuple().unicode(layout);
    return tuple().reduce();
  }

  /** A global as protocol 4 and later name it: two strings, then STACK_GLOBAL. */
  PickleBuilder stackGlobal(String module, String name) {
    return shortUnicode(module).shortUnicode(name).op(0x93);
  }

  /** A {@code bytearray} (BYTEARRAY8), protocol 5's in-band buffer. */
  PickleBuilder bytearray8(byte[] b) {
    op(0x96);
    byte[] length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(b.length)
        .array();
    out.write(length, 0, 8);
    out.write(b, 0, b.length);
    return this;
  }

  /** A Python 3 str of under 256 bytes (SHORT_BINUNICODE). */
  PickleBuilder shortUnicode(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    op(0x8c).raw(b.length);
    out.write(b, 0, b.length);
    return this;
  }

  PickleBuilder text(String s, boolean py3) {
    return py3 ? unicode(s) : str(s);
  }

  byte[] toBytes() {
    return out.toByteArray();
  }

  /** Little-endian raw element bytes. */
  static byte[] int32(int... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  static byte[] int64(long... values) {
    ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      b.putLong(v);
    }
    return b.array();
  }

  static byte[] float64(ByteOrder order, double... values) {
    ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(order);
    for (double v : values) {
      b.putDouble(v);
    }
    return b.array();
  }

  private PickleBuilder op(int code) {
    out.write(code);
    return this;
  }

  private PickleBuilder raw(int b) {
    out.write(b);
    return this;
  }

  private PickleBuilder le(int v) {
    byte[] b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    out.write(b, 0, 4);
    return this;
  }
}
