package dev.contrastive4j.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * A call of a public entry point with a bad argument, and the one exception it must throw at
 * once: its documented type and its whole message, which names the argument, set or index at
 * fault in the caller's words (so no Java type or library wording can hide in it).
 *
 * @param description what is wrong, as the test's name
 * @param type the documented exception type (a subtype passes)
 * @param message the exact message
 * @param call the call
 */
public record Refusal(String description, Class<? extends RuntimeException> type,
    String message, Executable call) {

  /** This call as a test. */
  public DynamicTest test() {
    return DynamicTest.dynamicTest(description,
        () -> assertEquals(message, assertThrows(type, call, description).getMessage()));
  }

  /** A call with arguments at the edge of what is valid, which must be accepted. */
  public static DynamicTest accepted(String description, Executable call) {
    return DynamicTest.dynamicTest("accepted: " + description,
        () -> assertDoesNotThrow(call, description));
  }
}
