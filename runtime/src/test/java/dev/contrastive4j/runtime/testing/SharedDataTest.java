package dev.contrastive4j.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
  @Test
  void presentDataIsReturned() {
    Path p = Path.of("/somewhere");
    assertEquals(p, SharedData.require(Optional.of(p), "x", true));
    assertEquals(p, SharedData.require(Optional.of(p), "x", false));
  }

  @Test
  void missingDataSkipsOutsideCi() {
    assertThrows(TestAbortedException.class,
        () -> SharedData.require(Optional.empty(), "x", false));
  }

  @Test
  void missingDataFailsOnCi() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> SharedData.require(Optional.empty(), "the data", true));
    assertEquals("the data is missing (CI=true: shared data is required)", e.getMessage());
  }
}
