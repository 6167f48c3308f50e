package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.contrastive4j.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Defaults and bounds of {@code @Param}: every mistake is one error on the value at fault. */
class ParamValidationTest {

  private static void assertOneError(String parameter, String message) {
    assertOneError(parameter, message, parameter);
  }

  /** As above, with the error on the line of the parameter's text containing {@code line}. */
  private static void assertOneError(String parameter, String message, String line) {
    JavaFileObject c = Sources.noiseTaking(parameter);
    Compilation compilation = compile(c);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(c).onLineContaining(line);
  }

  /** The bounds are inclusive: a default on either of them, or on both, is in range. */
  @Test
  void defaultsOnTheirBounds() {
    assertThat(compile(Sources.noiseTaking("@Param(value = \"0\", min = 0, max = 1) double low, "
        + "@Param(value = \"1\", min = 0, max = 1) double high, "
        + "@Param(value = \"3\", min = 3, max = 3) int fixed"))).succeededWithoutWarnings();
  }

  /** Training computes in float: the largest and smallest defaults it holds pass. */
  @Test
  void doubleDefaultsAFloatHolds() {
    assertThat(compile(Sources.noiseTaking("@Param(\"3.4028234e38\") double big, "
        + "@Param(\"1.5e-45\") double tiny, @Param(\"0\") double zero, "
        + "@Param(\"-1e30\") double negative"))).succeededWithoutWarnings();
  }

  @Test
  void doubleDefaultThatBecomesZeroAsAFloat() {
    assertOneError("@Param(\"1e-50\") double tiny", "@Param 'tiny': the default \"1e-50\" "
        + "must be 0 or at least 1.4E-45 (the smallest float above 0, which training computes "
        + "in), was 1.0E-50");
  }

  /**
   * An enum nested in the plugin, even one named like a member type of the spec's interface
   * (ReadoutSpec.Pool), is named through the plugin (Pooled.Pool) and compiles.
   */
  @Test
  void enumNamedLikeAMemberTypeOfTheSpecInterfaceButNestedInThePlugin() {
    JavaFileObject r = Sources.readout("Pooled", "pooled",
        "  public enum Pool { MEAN, MAX }",
        "  public Pooled(@Param(\"MAX\") Pool pooling) {}");
    Compilation compilation = compile(r);
    Sources.assertCompilesCleanly(compilation, r);
    assertThat(compilation).generatedSourceFile("com.example.PooledSpec")
        .contentsAsUtf8String().contains("Pooled.Pool.MAX");
  }

  /** Experiments read and write enum constants in lower case: SUM and Sum are one name. */
  @Test
  void enumConstantsThatDifferOnlyInCase() {
    JavaFileObject c = Sources.corruptor("Noise", "noise",
        "  public enum Mode { SUM, MEAN, Sum }",
        "  public Noise(",
        "      @Param(\"MEAN\") Mode mode) {}");
    Sources.assertErrors(compile(c), c, "@Param 'mode': Noise.Mode.SUM and Noise.Mode.Sum are "
        + "one name in experiments", "Mode mode");
  }

  /** The error is on the bound at fault, here on a line of its own. */
  @Test
  void boundThatIsNaN() {
    assertOneError("@Param(value = \"1\",\n      max = Double.NaN) double rate",
        "@Param 'rate': min and max must be numbers, not NaN", "max = Double.NaN");
  }

  @Test
  void minOnAString() {
    assertOneError("@Param(value = \"a\",\n      min = 0) String label",
        "@Param 'label': min and max bound numbers, and 'label' is a string; remove them",
        "min = 0");
  }

  @Test
  void rateAboveItsRange() {
    assertOneError("@Param(value = \"1.5\", min = 0, max = 1) double rate",
        "@Param 'rate': the default 1.5 is out of range; it must be in [0, 1]");
  }

  @Test
  void negativeRate() {
    assertOneError("@Param(value = \"-0.1\", min = 0) double rate",
        "@Param 'rate': the default -0.1 is out of range; it must be >= 0");
  }

  @Test
  void intBelowItsMinimum() {
    assertOneError("@Param(value = \"0\", min = 1) int k",
        "@Param 'k': the default 0 is out of range; it must be >= 1");
  }

  @Test
  void minAboveMax() {
    assertOneError("@Param(value = \"0.5\", min = 1, max = 0) double rate",
        "@Param 'rate': min 1.0 is greater than max 0.0; swap them");
  }

  @Test
  void boundsOnAString() {
    assertOneError("@Param(value = \"a\", max = 3) String label",
        "@Param 'label': min and max bound numbers, and 'label' is a string; remove them");
  }

  @Test
  void defaultThatIsNotANumber() {
    assertOneError("@Param(\"abc\") double rate",
        "@Param 'rate': the default \"abc\" is not a number; write a double such as \"0.5\"");
  }

  @Test
  void defaultThatIsNotFinite() {
    assertOneError("@Param(\"NaN\") double rate",
        "@Param 'rate': the default \"NaN\" is not a finite number");
  }

  @Test
  void defaultThatIsNotABoolean() {
    assertOneError("@Param(\"yes\") boolean shuffle",
        "@Param 'shuffle': the default \"yes\" is not true or false; write a boolean such as "
            + "\"true\"");
  }

  @Test
  void defaultThatIsNotAnInt() {
    assertOneError("@Param(\"1.5\") int k",
        "@Param 'k': the default \"1.5\" is not an int; write an int such as \"10\"");
  }

  @Test
  void defaultThatIsNotAnEnumConstant() {
    assertOneError("@Param(\"DROP\") Mode mode",
        "@Param 'mode': the default \"DROP\" is not a constant of Mode; use one of "
            + "[SHUFFLE, MASK]");
  }

  @Test
  void unsupportedType() {
    assertOneError("@Param(\"1\") float scale",
        "@Param 'scale' has type float; use boolean, int, long, double, String or an enum");
  }

  @Test
  void paramNamedLikeItsEnumType() {
    assertOneError("@Param(\"MASK\") Mode Mode",
        "@Param 'Mode' is named like its type Noise.Mode, which the generated spec's default "
            + "(Noise.Mode.MASK) would then not find; rename the parameter, for example to "
            + "'mode'");
  }

  @Test
  void boundsOnAnEnum() {
    assertOneError("@Param(value = \"MASK\", min = 0) Mode mode",
        "@Param 'mode': min and max bound numbers, and 'mode' is an enum; remove them");
  }
}
