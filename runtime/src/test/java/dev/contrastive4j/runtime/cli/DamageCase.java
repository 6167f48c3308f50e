package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * One file of a data set damaged one way, and the outcome the CLI must give: the test copies
 * the data set's files, damages the copy, runs the command on it and checks the outcome, that
 * neither the original nor the damaged copy was changed by the run, and deletes the copy.
 *
 * @param file the damaged file, relative to the data set's directory
 * @param alsoNamed other files (relative) a refusal may name instead, when the damage shows as
 *     a disagreement with them
 */
record DamageCase(String file, FileDamage damage, DamageOutcome outcome, List<String> alsoNamed) {

  DamageCase(String file, FileDamage damage, DamageOutcome outcome) {
    this(file, damage, outcome, List.of());
  }

  /**
   * The case as a dynamic test on a copy of {@code files} of {@code original} made in a new
   * directory under {@code scratch}, run with the CLI arguments {@code args} gives for it.
   */
  DynamicTest test(Path original, List<String> files, Path scratch,
      Function<Path, String[]> args) {
    return test(original, files, scratch, args, damaged -> "");
  }

  /**
   * As {@link #test(Path, List, Path, Function)}, where a run that loads the damaged copy must
   * print exactly {@code errWhenLoaded} of the damaged file on stderr.
   */
  DynamicTest test(Path original, List<String> files, Path scratch,
      Function<Path, String[]> args, Function<Path, String> errWhenLoaded) {
    String command = args.apply(scratch)[0];
    return DynamicTest.dynamicTest(file + ": " + damage + " (" + command + ")", () -> {
      Map<String, String> before = fingerprints(original, files);
      Path copy = Files.createTempDirectory(scratch, "case");
      for (String f : files) {
        Files.createDirectories(copy.resolve(f).getParent());
        Files.copy(original.resolve(f), copy.resolve(f));
      }
      Path damaged = copy.resolve(file);
      try {
        damage.apply(damaged);
        Assumptions.assumeTrue(FileDamage.isInEffect(damage, damaged),
            "running as root, who reads a file without read permission");
        byte[] damagedBytes = Files.isRegularFile(damaged) && Files.isReadable(damaged)
            ? Files.readAllBytes(damaged) : null;
        CliRun run = CliRun.of(args.apply(copy));
        List<Path> named = new ArrayList<>(List.of(damaged));
        alsoNamed.forEach(f -> named.add(copy.resolve(f)));
        outcome.check(run, named, errWhenLoaded.apply(damaged));
        if (damagedBytes != null) {
          assertArrayEquals(damagedBytes, Files.readAllBytes(damaged), "the run changed " + file);
        }
      } finally {
        damaged.toFile().setReadable(true);
        TreeDelete.delete(copy);
      }
      assertEquals(before, fingerprints(original, files), "the original files changed");
    });
  }

  /** SHA-256 of each of {@code files} under {@code dir}. */
  static Map<String, String> fingerprints(Path dir, List<String> files)
      throws IOException, NoSuchAlgorithmException {
    Map<String, String> sums = new TreeMap<>();
    for (String f : files) {
      sums.put(f, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(dir.resolve(f)))));
    }
    return sums;
  }
}
