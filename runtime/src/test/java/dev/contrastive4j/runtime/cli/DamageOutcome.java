package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

/**
 * What a CLI run on a damaged data set must end in. A refusal is the project's standard for a
 * corrupt file: a non-zero exit and one line, {@code contrastive4j: ...}, naming the file at
 * fault, with no exception class or stack trace in it.
 */
enum DamageOutcome {
  /** The damage is detectable and must be refused. */
  REFUSED,
  /** The damaged file is still a valid file of its kind (say, another finite float). */
  LOADS,
  /** Either, depending on where the bytes fall; a refusal must still be a clean one. */
  EITHER;

  /**
   * Fails unless {@code run} ended as this outcome says: loaded with {@code errWhenLoaded} on
   * stderr, or refused naming one of {@code named}.
   */
  void check(CliRun run, List<Path> named, String errWhenLoaded) {
    if (this == LOADS || (this == EITHER && run.exitCode() == 0)) {
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(errWhenLoaded, run.err());
      return;
    }
    assertNotEquals(0, run.exitCode(), "loaded, though damaged: " + run.out());
    assertEquals(1, run.errLines().length, run.err());
    String line = run.errLines()[0];
    assertTrue(line.startsWith("contrastive4j: "), line);
    assertTrue(named.stream().anyMatch(p -> line.contains(p.toString())),
        "names none of " + named + ": " + line);
    for (String leak : new String[] {"Exception", "at dev.", "java.lang", "java.io"}) {
      assertFalse(line.contains(leak), "'" + leak + "' in: " + line);
    }
  }
}
