package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the real Cora files: each problem must end in one DatasetException whose
 * one-line message names the damaged file and says what is wrong.
 */
class PlanetoidCorruptFilesTest {
  @TempDir
  Path dir;

  private CoraCopy cora;

  @BeforeEach
  void copyCora() {
    cora = CoraCopy.in(dir);
  }

  @Test
  void theUndamagedCopyLoads() {
    assertEquals(2708, load().graph().nodeSet(Planetoid.NODE_SET).totalSize());
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(file("graph"));
    expectProblem("graph", "file not found");
  }

  @Test
  void directoryInsteadOfAFile() throws IOException {
    Files.delete(file("graph"));
    Files.createDirectory(file("graph"));
    expectProblem("graph", "is a directory, not a file");
    Files.delete(file("graph"));
    Files.copy(SharedData.planetoidDir().resolve("ind.cora.graph"), file("graph"));
    Files.delete(file("test.index"));
    Files.createDirectory(file("test.index"));
    expectProblem("test.index", "is a directory, not a file");
  }

  @Test
  void aDataDirectoryThatIsMissingOrAFile() throws IOException {
    Path missing = dir.resolve("nowhere");
    assertEquals(missing + ": directory not found", assertThrows(DatasetException.class,
        () -> Planetoid.load("cora", PlanetoidSource.builder().dataDir(missing).build()))
        .getMessage());
    // Not 'ind.cora.x: cannot read file (FileSystemException: .../ind.cora.x: Not a directory)'.
    Path file = file("x");
    assertEquals(file + ": not a directory", assertThrows(DatasetException.class,
        () -> Planetoid.load("cora", PlanetoidSource.builder().dataDir(file).build()))
        .getMessage());
  }

  @Test
  void truncatedPickle() throws IOException {
    byte[] bytes = Files.readAllBytes(file("tx"));
    Files.write(file("tx"), Arrays.copyOf(bytes, bytes.length / 2));
    expectProblem("tx", "truncated pickle (unexpected end of data)");
  }

  @Test
  void emptyFile() throws IOException {
    Files.write(file("ally"), new byte[0]);
    expectProblem("ally", "empty file, expected a pickle");
  }

  @Test
  void garbageInsteadOfAPickle() throws IOException {
    Files.writeString(file("allx"), "this is not a pickle\n");
    DatasetException e = expectFailure("allx");
    assertTrue(e.getMessage().startsWith(file("allx") + ": corrupt pickle ("), e.getMessage());
  }

  @Test
  void invalidOpcode() throws IOException {
    byte[] bytes = Files.readAllBytes(file("tx"));
    bytes[0] = (byte) 0xff;
    Files.write(file("tx"), bytes);
    expectProblem("tx", "corrupt pickle (invalid pickle opcode: 255)");
  }

  @Test
  void textInsteadOfAPickle() throws IOException {
    // Pyrolite fails inside with an IndexOutOfBoundsException: named as corruption at a byte.
    Files.copy(file("test.index"), file("graph"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    DatasetException e = expectFailure("graph");
    assertTrue(e.getMessage().matches(".*: corrupt pickle \\(the opcodes before byte \\d+ do not "
        + "fit together\\)"), e.getMessage());
  }

  @Test
  void aMisspeltClassName() throws IOException {
    replace("x", "_reconstruct", "oreconstruct");
    expectProblem("x", "unreadable pickle: it calls numpy.core.multiarray.oreconstruct, which is "
        + "not a class of numpy, scipy or Python that this reader knows (the file is damaged, or "
        + "was written by another library)");
  }

  @Test
  void dataAfterTheEndOfThePickle() throws IOException {
    Files.write(file("ty"), "xyz".getBytes(StandardCharsets.US_ASCII),
        java.nio.file.StandardOpenOption.APPEND);
    expectProblem("ty", "corrupt pickle (3 bytes of data after the end of the pickle)");
  }

  @Test
  void wrongClassInsideThePickle() throws IOException {
    replace("tx", "csr_matrix", "csc_matrix");
    expectProblem("tx", "expected a scipy.sparse csr_matrix, found scipy.sparse.csr.csc_matrix");
  }

  @Test
  void wrongKindOfObject() throws IOException {
    Files.copy(file("x"), file("y"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    expectProblem("y", "expected a numpy.ndarray, found scipy.sparse csr_matrix");
  }

  @Test
  void csrIndptrDoesNotFitTheShape() throws IOException {
    // tx's _shape is (1000, 1433): BININT2 0x03e8; claim 999 rows.
    replace("tx", bytes('_', 's', 'h', 'a', 'p', 'e', 'q', 5, 'M', 0xe8, 0x03),
        bytes('_', 's', 'h', 'a', 'p', 'e', 'q', 5, 'M', 0xe7, 0x03));
    expectProblem("tx", "csr_matrix of shape (999, 1433) is invalid: CSR indptr must "
        + "have rows + 1 = 1000 entries, had 1001");
  }

  @Test
  void csrIndicesDoNotFitTheShape() throws IOException {
    // allx's _shape is (1708, 1433): claim 1000 columns (BININT2 0x03e8 instead of 0x0599).
    replace("allx", bytes('M', 0xac, 0x06, 'M', 0x99, 0x05, 0x86),
        bytes('M', 0xac, 0x06, 'M', 0xe8, 0x03, 0x86));
    DatasetException e = expectFailure("allx");
    assertTrue(e.getMessage().startsWith(file("allx") + ": csr_matrix of shape (1708, 1000) is "
        + "invalid: CSR column index "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" is outside [0, 1000)"), e.getMessage());
  }

  @Test
  void arrayDataDoesNotFitTheShape() throws IOException {
    // ally's shape (1708, 7) becomes (1709, 7).
    replace("ally", bytes('M', 0xac, 0x06, 'K', 7, 0x86), bytes('M', 0xad, 0x06, 'K', 7, 0x86));
    expectProblem("ally", "numpy.ndarray data has 47824 bytes but shape (1709, 7) of int32 "
        + "needs 47852");
  }

  @Test
  void labelsThatAreNotATable() throws IOException {
    // ally's shape (1708, 7) becomes (11956,): BININT 0x2eb4 and TUPLE1, the same six bytes.
    replace("ally", bytes('M', 0xac, 0x06, 'K', 7, 0x86), bytes('J', 0xb4, 0x2e, 0, 0, 0x85));
    expectProblem("ally", "labels have shape (11956,), expected (nodes, classes)");
  }

  @Test
  void labelRowThatIsNotOneHot() throws IOException {
    // ally's raw data: BINSTRING of 47824 = 0xbad0 bytes; its first int32 becomes 2.
    byte[] bytes = Files.readAllBytes(file("ally"));
    int at = indexOf(bytes, bytes('T', 0xd0, 0xba, 0, 0)) + 5;
    bytes[at] = 2;
    Files.write(file("ally"), bytes);
    expectProblem("ally", "row 0 is not one-hot (column 0 holds 2.0)");
  }

  @Test
  void testIndexLineThatIsNotANumber() throws IOException {
    List<String> lines = Files.readAllLines(file("test.index"));
    lines.set(4, "abc");
    Files.write(file("test.index"), lines);
    expectProblem("test.index", "line 5: 'abc' is not a node index");
  }

  @Test
  void testIndexEditedOnWindowsStillLoads() throws IOException {
    String text = Files.readString(file("test.index"));
    Files.writeString(file("test.index"), "\uFEFF" + text.replace("\n", "\r\n"));
    assertEquals(1000, load().split().test().length);
    Files.write(file("test.index"), ("2692\n2\u00e93\n").getBytes(StandardCharsets.ISO_8859_1));
    expectProblem("test.index", "line 2, column 2: not UTF-8 text (byte 0xe9); save the file as "
        + "UTF-8");
  }

  @Test
  void testIndexListedTwice() throws IOException {
    List<String> lines = Files.readAllLines(file("test.index"));
    lines.set(1, lines.get(0));
    Files.write(file("test.index"), lines);
    expectProblem("test.index", "node index " + lines.get(0) + " is listed twice");
  }

  @Test
  void edgeIndexPastTheNodeCount() throws IOException {
    // Node 0's neighbours are [633, 1862, 2582]; make the last one 9999 (0x270f).
    replace("graph", bytes('M', 0x79, 0x02, 'M', 0x46, 0x07, 'M', 0x16, 0x0a),
        bytes('M', 0x79, 0x02, 'M', 0x46, 0x07, 'M', 0x0f, 0x27));
    expectProblem("graph", "neighbour 2 of node 0 is 9999, outside the 2708 nodes [0, 2708)");
  }

  private dev.contrastive4j.api.data.GraphDataset load() {
    return cora.load();
  }

  private Path file(String suffix) {
    return cora.file(suffix);
  }

  private DatasetException expectFailure(String suffix) {
    return cora.expectFailure(suffix);
  }

  private void expectProblem(String suffix, String problem) {
    cora.expectProblem(suffix, problem);
  }

  private void replace(String suffix, String from, String to) throws IOException {
    cora.replace(suffix, from.getBytes(StandardCharsets.ISO_8859_1),
        to.getBytes(StandardCharsets.ISO_8859_1));
  }

  private void replace(String suffix, byte[] from, byte[] to) throws IOException {
    cora.replace(suffix, from, to);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return CoraCopy.indexOf(haystack, needle);
  }

  private static byte[] bytes(int... values) {
    return CoraCopy.bytes(values);
  }
}
