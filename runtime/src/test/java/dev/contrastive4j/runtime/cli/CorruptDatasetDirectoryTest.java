package dev.contrastive4j.runtime.cli;

import static dev.contrastive4j.runtime.cli.DamageOutcome.EITHER;
import static dev.contrastive4j.runtime.cli.DamageOutcome.LOADS;
import static dev.contrastive4j.runtime.cli.DamageOutcome.REFUSED;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every array file of the example data directory damaged in many ways in turn (cut short,
 * bytes changed in the header and in the data, replaced, extended, the {@code .npy} header's
 * dtype, shape and order changed, a directory in its place), each read by {@code dataset info}:
 * a damage that can be seen must be refused in one line naming the file, and one that leaves a
 * valid file (commented where it is listed) must load. Positions and bytes come from a
 * fixed-seed {@link Random}, so every run tries the same cases. The manifest has its own test,
 * {@link CorruptManifestTest}.
 */
class CorruptDatasetDirectoryTest {
  private static final long SEED = 20_240_611L;
  private static final List<String> NPY_FILES = List.of("nodes/paper/year.npy",
      "nodes/author/feat.npy", "edges/writes.npy", "split/train.npy");
  private static final List<String> CSV_FILES = List.of("nodes/paper/feat.csv",
      "edges/cites.csv", "edges/cites/weight.csv", "labels.csv", "split/val.csv",
      "split/test.csv");

  @TempDir
  Path scratch;

  @TestFactory
  Stream<DynamicTest> everyArrayFileDamagedEveryWay() throws IOException {
    Path original = DatasetInfoCommandTest.exampleDirectory();
    List<String> files = DirectoryFiles.list(original);
    Random random = new Random(SEED);
    List<DamageCase> cases = new ArrayList<>();
    for (String f : NPY_FILES) {
      cases.addAll(anyFile(f, random));
      cases.addAll(npyFile(f, Files.readAllBytes(original.resolve(f)), random));
    }
    cases.addAll(npyHeaderText());
    cases.addAll(npyData(original, random));
    for (String f : CSV_FILES) {
      cases.addAll(anyFile(f, random));
      cases.addAll(csvFile(f, Files.readAllBytes(original.resolve(f)), random));
    }
    // A few cases once more through train, which loads the data set its own way (bound to
    // the experiment); each is refused before the first epoch.
    List<DamageCase> trained = List.of(cases.get(0), cases.get(cases.size() - 1),
        cases.stream().filter(c -> c.damage().label().contains("NaN")).findFirst().orElseThrow());
    return Stream.concat(cases.stream().map(c -> c.test(original, files, scratch,
            copy -> new String[] {"dataset", "info", "--dataset", copy.toString()})),
        trained.stream().map(c -> c.test(original, files, scratch,
            copy -> new String[] {"train", "--dataset", copy.toString(), "--epochs", "1",
                "--hidden", "8", "--probe-repeats", "1", "--quiet", "--out",
                copy.resolve("run").toString()})));
  }

  /** Damages that no file of any format survives. */
  static List<DamageCase> anyFile(String f, Random random) {
    byte[] garbage = new byte[64];
    random.nextBytes(garbage);
    return List.of(new DamageCase(f, FileDamage.truncate("nothing left", 0), REFUSED),
        new DamageCase(f, FileDamage.replaceWith("64 random bytes", garbage), REFUSED),
        new DamageCase(f, FileDamage.directoryInstead(), REFUSED),
        new DamageCase(f, FileDamage.unreadable(), REFUSED));
  }

  /** Cuts and changed bytes in any {@code .npy} file: its header declares what must follow. */
  private static List<DamageCase> npyFile(String f, byte[] b, Random random) {
    int dataStart = 10 + ((b[8] & 0xff) | (b[9] & 0xff) << 8);
    byte[] tail = new byte[7];
    random.nextBytes(tail);
    return List.of(
        new DamageCase(f, FileDamage.truncate("inside the magic", 5), REFUSED),
        new DamageCase(f, FileDamage.truncate("inside the header", dataStart / 2), REFUSED),
        new DamageCase(f, FileDamage.truncate("header alone", dataStart), REFUSED),
        new DamageCase(f, FileDamage.truncate("inside the data",
            dataStart + (b.length - dataStart) / 2), REFUSED),
        new DamageCase(f, FileDamage.truncate("one byte short", b.length - 1), REFUSED),
        new DamageCase(f, FileDamage.flip("magic", 0, mask(random)), REFUSED),
        new DamageCase(f, FileDamage.flip("format version", 6, mask(random)), REFUSED),
        new DamageCase(f, FileDamage.flip("header length", 8, mask(random)), REFUSED),
        new DamageCase(f, FileDamage.flip("header dict", 10 + random.nextInt(50),
            mask(random)), REFUSED),
        new DamageCase(f, FileDamage.flip("header's last byte", dataStart - 1, mask(random)),
            REFUSED),
        new DamageCase(f, FileDamage.append("7 random bytes", tail), REFUSED));
  }

  /** The dtype, shape and order written in each {@code .npy} header, changed. */
  private static List<DamageCase> npyHeaderText() {
    return List.of(
        // A wider or narrower type than the data has: the data no longer fits the header.
        new DamageCase("nodes/paper/year.npy", FileDamage.replaceText("<i4", "<i8"), REFUSED),
        new DamageCase("nodes/author/feat.npy", FileDamage.replaceText("<f4", "<f8"), REFUSED),
        new DamageCase("edges/writes.npy", FileDamage.replaceText("<i8", "<i4"), REFUSED),
        new DamageCase("split/train.npy", FileDamage.replaceText("<i8", "<i2"), REFUSED),
        // Types the format does not support, or not for this feature.
        new DamageCase("nodes/author/feat.npy", FileDamage.replaceText("<f4", "<c8"), REFUSED),
        new DamageCase("edges/writes.npy", FileDamage.replaceText("'<i8'", "'|O8'"), REFUSED),
        new DamageCase("nodes/author/feat.npy", FileDamage.replaceText("<f4", "<i4"), REFUSED),
        new DamageCase("nodes/paper/year.npy", FileDamage.replaceText("'<i4'", "'xyz'"),
            REFUSED),
        // Another number of rows or columns than the data has, or than the schema says.
        new DamageCase("nodes/paper/year.npy", FileDamage.replaceText("(24,)", "(25,)"), REFUSED),
        new DamageCase("nodes/paper/year.npy", FileDamage.replaceText("(24,)", "(12,)"), REFUSED),
        new DamageCase("nodes/author/feat.npy", FileDamage.replaceText("(8, 2)", "(8, 3)"),
            REFUSED),
        new DamageCase("nodes/author/feat.npy", FileDamage.replaceText("(8, 2)", "(2, 8)"),
            REFUSED),
        new DamageCase("nodes/author/feat.npy", FileDamage.replaceText("(8, 2)", "(16,  )"),
            REFUSED),
        new DamageCase("edges/writes.npy", FileDamage.replaceText("(19, 2)", "(19,-2)"), REFUSED),
        new DamageCase("split/train.npy", FileDamage.replaceText("(6,)", "(5,)"), REFUSED),
        new DamageCase("split/train.npy", FileDamage.replaceText("(6,)", "(6)"), REFUSED),
        new DamageCase("split/train.npy", FileDamage.replaceText("False", "Flase"), REFUSED),
        // Fortran order: a 1-D array reads the same, and the author features, read
        // transposed, are still 16 finite floats; nothing in the file can tell.
        new DamageCase("nodes/paper/year.npy", FileDamage.replaceText("False", "True "), LOADS),
        new DamageCase("split/train.npy", FileDamage.replaceText("False", "True "), LOADS),
        new DamageCase("nodes/author/feat.npy", FileDamage.replaceText("False", "True "), LOADS),
        // Read transposed, the authorships' first column holds paper indices past the 8
        // authors.
        new DamageCase("edges/writes.npy", FileDamage.replaceText("False", "True "), REFUSED));
  }

  /** Bytes changed in the data of the {@code .npy} files, with what each change means. */
  private static List<DamageCase> npyData(Path original, Random random) throws IOException {
    List<DamageCase> cases = new ArrayList<>();
    for (String f : NPY_FILES) {
      byte[] b = Files.readAllBytes(original.resolve(f));
      int dataStart = 10 + ((b[8] & 0xff) | (b[9] & 0xff) << 8);
      int width = f.endsWith("writes.npy") || f.endsWith("train.npy") ? 8 : 4;
      int element = dataStart + width * random.nextInt((b.length - dataStart) / width);
      // The most significant byte of an element (little-endian): for an index, far outside
      // its node set; a year of 1 073 743 kinds is still an int32, so it loads.
      DamageOutcome highByte = f.endsWith("year.npy") ? LOADS
          : f.endsWith("feat.npy") ? EITHER : REFUSED;
      cases.add(new DamageCase(f, FileDamage.set("top byte of an element", element + width - 1,
          0x40), highByte));
      // The lowest byte: another index may still be in range (and a train node labeled), a
      // float's last mantissa bits give another finite float, a year another year.
      cases.add(new DamageCase(f, FileDamage.flip("lowest byte of an element", element,
          mask(random)), f.endsWith("writes.npy") || f.endsWith("train.npy") ? EITHER : LOADS));
    }
    // A float32 made NaN (exponent all ones, mantissa non-zero): features must be finite.
    byte[] feat = Files.readAllBytes(original.resolve("nodes/author/feat.npy"));
    int at = 128 + 4 * random.nextInt((feat.length - 128) / 4);
    cases.add(new DamageCase("nodes/author/feat.npy", FileDamage.bytes(
        "element at byte " + at + " made NaN", b -> {
          byte[] copy = b.clone();
          copy[at + 3] = 0x7f;
          copy[at + 2] = (byte) 0xc0;
          return copy;
        }), REFUSED));
    return cases;
  }

  /** Cuts and changed bytes in a CSV file, which says nothing of its own length. */
  private static List<DamageCase> csvFile(String f, byte[] b, Random random) {
    int dataStart = new String(b, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
    int inData = dataStart + random.nextInt(b.length - 1 - dataStart);
    boolean splitPart = f.startsWith("split/");
    // A file cut inside its header line has no line break after it, and is refused (a split
    // part so cut was read as an empty part). A split part cut at a row boundary is a shorter,
    // valid part: nothing in such a file says how many rows it had. Every other CSV file's
    // rows are counted by the manifest, or by the edge file (edges/cites.csv cut at a row
    // boundary shows as its weights having more rows).
    return List.of(
        new DamageCase(f, FileDamage.truncate("inside the header", 2), REFUSED),
        new DamageCase(f, FileDamage.truncate("inside the data", inData),
            splitPart ? EITHER : REFUSED, f.equals("edges/cites.csv")
                ? List.of("edges/cites/weight.csv") : List.of()),
        new DamageCase(f, FileDamage.set("a cell", inData, 'x'), REFUSED),
        new DamageCase(f, FileDamage.set("a cell", inData, 0xff), REFUSED),
        new DamageCase(f, FileDamage.append("NUL bytes", new byte[8]), REFUSED));
  }

  /** A non-zero XOR mask. */
  private static int mask(Random random) {
    return 1 + random.nextInt(255);
  }
}
