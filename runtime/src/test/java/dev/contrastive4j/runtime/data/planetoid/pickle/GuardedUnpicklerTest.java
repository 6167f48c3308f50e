package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cuts that Pyrolite alone would misreport: a text argument cut short still parses (as "-"
 * or as another class name), an extension code fails before its argument is read, and an
 * 8-byte length past the end asks for more than an array can hold.
 */
class GuardedUnpicklerTest {
  @TempDir
  Path dir;

  @Test
  void everyCutOfTextArgumentsIsTruncation() {
    // INT -12, then INST collections.defaultdict with it as argument (the reader ignores it).
    byte[] p = "(I-12\nicollections\ndefaultdict\n.".getBytes(StandardCharsets.US_ASCII);
    PickleFiles.expectTruncatedAtEveryCut(dir, p);
  }

  @Test
  void anExtensionCodeCutShortIsTruncationAndAWholeOneUnsupported() {
    for (byte[] cut : new byte[][] {{(byte) 0x80, 2, (byte) 0x82},
        {(byte) 0x80, 2, (byte) 0x83, 1}, {(byte) 0x80, 2, (byte) 0x84, 1, 0, 0}}) {
      PickleFiles.expectProblem(dir, cut, PickleFileReader::read,
          "truncated pickle (unexpected end of data)");
    }
    byte[] whole = {(byte) 0x80, 2, (byte) 0x83, 1, 0, '.'};
    PickleFiles.expectProblem(dir, whole, PickleFileReader::read,
        "corrupt pickle (Unimplemented opcode EXT1/EXT2/EXT4 encountered. Don't use extension "
        + "codes when pickling via copyreg.add_extension() to avoid this error.)");
  }

  @Test
  void eightByteLengthsPastTheEndOrNegative() {
    // BINBYTES8 of 2^40 bytes with 2 there, then of length -1.
    byte[] huge = {(byte) 0x80, 4, (byte) 0x8e, 0, 0, 0, 0, 0, 1, 0, 0, 'a', 'b', '.'};
    PickleFiles.expectProblem(dir, huge, PickleFileReader::read,
        "truncated pickle (unexpected end of data)");
    byte[] negative = {(byte) 0x80, 4, (byte) 0x8e, -1, -1, -1, -1, -1, -1, -1, -1, '.'};
    PickleFiles.expectProblem(dir, negative, PickleFileReader::read,
        "corrupt pickle (negative length -1 of a string)");
  }
}
