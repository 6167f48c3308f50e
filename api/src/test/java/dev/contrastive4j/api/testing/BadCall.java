package dev.contrastive4j.api.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * A call of a public API with one bad argument, and the refusal it must end in: an exception of
 * the documented type, thrown by the call itself, whose one-line message names the argument or
 * element at fault and speaks the caller's words rather than Java's or a library's.
 *
 * @param description what is wrong, as the test's name
 * @param refusal the documented exception type (a subtype passes)
 * @param names what the message must contain: the argument, set, feature or index at fault
 * @param call the call
 */
public record BadCall(String description, Class<? extends RuntimeException> refusal,
    List<String> names, Executable call) {

  /**
   * Words that give away Java's or a library's own message: a helpful NullPointerException
   * ({@code Cannot invoke "..." because "x" is null}), an index error, a class or package name,
   * Jackson's backquoted types.
   */
  private static final List<String> INTERNAL_WORDING = List.of("java.", "javax.", "org.nd4j",
      "com.fasterxml", "dev.contrastive4j", "Exception", "Cannot invoke", "because \"",
      "out of bounds for length", "Cannot deserialize", "`");

  /** A bad call whose refusal is a {@code refusal} naming each of {@code names}. */
  public static BadCall of(String description, Class<? extends RuntimeException> refusal,
      Executable call, String... names) {
    return new BadCall(description, refusal, List.of(names), call);
  }

  /** This call as a test. */
  public DynamicTest test() {
    return DynamicTest.dynamicTest(description, this::check);
  }

  /** A call with arguments at the edge of what is valid, which must be accepted. */
  public static DynamicTest accepted(String description, Executable call) {
    return DynamicTest.dynamicTest("accepted: " + description,
        () -> assertDoesNotThrow(call, description));
  }

  private void check() {
    Throwable thrown = assertThrows(Throwable.class, call, "accepted: " + description);
    if (!refusal.isInstance(thrown)) {
      fail("expected " + refusal.getSimpleName() + " but got " + thrown, thrown);
    }
    String message = thrown.getMessage();
    assertNotNull(message, "no message");
    assertFalse(message.isBlank(), "blank message");
    assertFalse(message.contains("\n"), "more than one line: " + message);
    for (String name : names) {
      assertTrue(message.contains(name), "does not name " + name + ": " + message);
    }
    for (String word : INTERNAL_WORDING) {
      assertFalse(message.contains(word), "'" + word + "' in: " + message);
    }
  }
}
