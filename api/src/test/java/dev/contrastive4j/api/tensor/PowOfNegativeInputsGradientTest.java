package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.awayFromZero;
import static dev.contrastive4j.api.tensor.OpGradients.assertGradients;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Ops#pow} with integer exponents on inputs of both signs: the general branch of its
 * backward, {@code p x^(p-1)}, must keep the sign of odd and negative powers of negative numbers
 * ({@link OpsGradientTest} checks positive inputs only). Inputs keep 0.1 from the pole at 0.
 */
class PowOfNegativeInputsGradientTest {

  @ParameterizedTest(name = "exponent {0}")
  @ValueSource(doubles = {2, 3, 4, -1, -2, -3})
  void integerExponents(double exponent) {
    assertGradients("pow " + exponent, in -> Ops.pow(in.get(0), exponent),
        awayFromZero(63, 4, 3));
  }
}
