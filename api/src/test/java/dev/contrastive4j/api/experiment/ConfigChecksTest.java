package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link ConfigProblems} returns whether the value passed, and reports exactly
 * one problem in the project's words when it did not. Callers chain on the result (a rule
 * between two fields runs only when the first passed), so the result matters as much as the
 * message.
 */
class ConfigChecksTest {

  /** Runs {@code check} at {@code x} of a fresh report; asserts result and the one problem. */
  private static void refused(Predicate<ConfigProblems> check, String problem) {
    ConfigProblems root = ConfigProblems.root();
    assertFalse(check.test(root.at("x")), problem);
    assertEquals(List.of("x.v: " + problem), root.problems());
    assertFalse(root.isEmpty());
  }

  private static void passed(Predicate<ConfigProblems> check) {
    ConfigProblems root = ConfigProblems.root();
    assertTrue(check.test(root.at("x")));
    assertEquals(List.of(), root.problems());
    assertTrue(root.isEmpty());
  }

  @Test
  void rates() {
    passed(p -> p.inUnitInterval("v", 1.0));
    refused(p -> p.inUnitInterval("v", 1.5), "must be in [0, 1], was 1.5");
    passed(p -> p.inHalfOpenUnitInterval("v", 0.0));
    refused(p -> p.inHalfOpenUnitInterval("v", 1.0), "must be in [0, 1), was 1.0");
  }

  @Test
  void positiveNumbers() {
    passed(p -> p.positive("v", 0.5));
    refused(p -> p.positive("v", 0.0), "must be positive, was 0.0");
    refused(p -> p.positive("v", Double.POSITIVE_INFINITY),
        "must be a finite number, was Infinity");
    refused(p -> p.positive("v", 1e-50), "must be at least 1.4E-45 (the smallest float above "
        + "0, which training computes in), was 1.0E-50");
    passed(p -> p.positive("v", 1L));
    refused(p -> p.positive("v", 0L), "must be positive, was 0");
  }

  @Test
  void nonNegativeNumbers() {
    passed(p -> p.nonNegative("v", 0.0));
    refused(p -> p.nonNegative("v", -0.5), "must be >= 0, was -0.5");
    refused(p -> p.nonNegative("v", Double.NaN), "must be a finite number, was NaN");
    refused(p -> p.nonNegative("v", 1e39), "must be at most 3.4028235E38 (the largest float, "
        + "which training computes in), was 1.0E39");
    passed(p -> p.nonNegative("v", 0L));
    refused(p -> p.nonNegative("v", -1L), "must be >= 0, was -1");
    passed(p -> p.atLeast("v", 3, 3));
    refused(p -> p.atLeast("v", 2, 3), "must be at least 3, was 2");
  }

  @Test
  void floatValues() {
    passed(p -> p.floatValue("v", -2.5));
    refused(p -> p.floatValue("v", Double.NaN), "must be a finite number, was NaN");
    refused(p -> p.floatValue("v", -1e39), "must be at least -3.4028235E38 (the largest float, "
        + "which training computes in), was -1.0E39");
    refused(p -> p.floatValue("v", -1e-50), "must be 0 or at least 1.4E-45 in magnitude (the "
        + "smallest float above 0, which training computes in), was -1.0E-50");
  }

  @Test
  void namesAndText() {
    passed(p -> p.oneOf("v", "Bilinear-Glorot", List.of("uniform", "bilinear_glorot")));
    refused(p -> p.oneOf("v", "glorot", List.of("uniform", "bilinear_glorot")),
        "must be one of uniform, bilinear_glorot, was 'glorot'");
    passed(p -> p.notBlank("v", null));
    passed(p -> p.notBlank("v", "a"));
    refused(p -> p.notBlank("v", " "), "must not be blank");
  }
}
