package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.awayFromZero;
import static dev.contrastive4j.api.tensor.Arrays64.fill;
import static dev.contrastive4j.api.tensor.OpGradients.assertGradients;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Ops#prelu} with a slope that broadcasts over more than the rows: one slope for every
 * element (rank 0, {@code [1]}, {@code [1, 1]}) or one per row ({@code [N, 1]}), so the slope's
 * gradient sums over every broadcast axis, not only axis 0 as with the per-channel slopes of
 * {@link OpsGradientTest}. Inputs of both signs keep 0.1 from the kink; slopes are not 1, so the
 * two sides differ.
 */
class PreluSharedSlopeGradientTest {

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(new long[] {5, 3}, new long[] {}),
        Arguments.of(new long[] {5, 3}, new long[] {1}),
        Arguments.of(new long[] {5, 3}, new long[] {1, 1}),
        Arguments.of(new long[] {5, 3}, new long[] {5, 1}),
        Arguments.of(new long[] {2, 4, 3}, new long[] {4, 1}),
        Arguments.of(new long[] {7}, new long[] {}));
  }

  @ParameterizedTest(name = "x {0}, alpha {1}")
  @MethodSource("shapes")
  void gradientsOfInputAndSlope(long[] x, long[] alpha) {
    assertGradients("prelu", in -> Ops.prelu(in.get(0), in.get(1)),
        awayFromZero(61, x), fill(62, alpha, 0.1, 0.6));
  }
}
