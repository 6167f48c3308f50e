package dev.contrastive4j.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The message names the file first; {@code problem()} is the message without it. */
class DatasetExceptionTest {

  @Test
  void aProblemOfAFileKeepsTheFileAndTheProblemApart() {
    Path file = Path.of("cora", "ind.cora.x");
    IOException cause = new IOException("truncated");
    DatasetException e = new DatasetException(file, "ends after 12 bytes", cause);
    assertEquals(file + ": ends after 12 bytes", e.getMessage());
    assertEquals(file, e.file());
    assertEquals("ends after 12 bytes", e.problem());
    assertSame(cause, e.getCause());
  }

  @Test
  void aProblemOfNoFileIsTheWholeMessage() {
    DatasetException e = new DatasetException("unknown data set 'coar'");
    assertNull(e.file());
    assertEquals("unknown data set 'coar'", e.problem());
    assertEquals("unknown data set 'coar'", e.getMessage());
  }
}
