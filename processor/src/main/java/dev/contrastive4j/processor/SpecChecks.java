package dev.contrastive4j.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a generated spec runs as a {@code CheckedSpec}, so that the api's
 * {@code ExperimentValidator} reports a configured value out of range together with every other
 * problem of an experiment, before any work. Each is a statement on {@code problems}, which
 * stands at the spec's place in the experiment.
 */
final class SpecChecks {
  static final ClassName CHECKED_SPEC =
      ClassName.get("dev.contrastive4j.api.experiment", "CheckedSpec");
  static final ClassName CONFIG_PROBLEMS =
      ClassName.get("dev.contrastive4j.api.experiment", "ConfigProblems");

  private SpecChecks() {}

  static List<CodeBlock> component(ComponentModel m) {
    return bounds(m.params());
  }

  static List<CodeBlock> task(TaskModel m) {
    List<CodeBlock> checks = new ArrayList<>();
    switch (m.base()) {
      case BARLOW_TWINS -> checks.add(CodeBlock.builder()
          .beginControlFlow("if (lambda != null)")
          .addStatement("problems.nonNegative($S, lambda)", "lambda")
          .endControlFlow().build());
      case VICREG -> {
        for (String w : List.of("simWeight", "varWeight", "covWeight")) {
          checks.add(CodeBlock.builder()
              .addStatement("problems.nonNegative($S, $N)", SpecField.snake(w), w).build());
        }
      }
      case TRIPLET -> {
        checks.add(CodeBlock.builder().addStatement("problems.nonNegative($S, margin)", "margin")
            .build());
        // The validator checks the corruptors every task has; this one only triplets have.
        checks.add(CodeBlock.builder()
            .beginControlFlow("if (positiveView instanceof $T checked)", CHECKED_SPEC)
            .addStatement("checked.check(problems.at($S))", "positive_view")
            .endControlFlow().build());
      }
      default -> { }
    }
    checks.addAll(bounds(m.params()));
    return checks;
  }

  /**
   * A configured number outside its {@code min} and {@code max}; a double that is not a finite
   * number (said so before its range, as the api says it of the built-in rates), or that
   * training could not hold as a float (as the api checks the built-in ones).
   */
  private static List<CodeBlock> bounds(List<ConfiguredParam> params) {
    List<CodeBlock> checks = new ArrayList<>();
    for (ConfiguredParam p : params) {
      boolean asFloat = p.kind() == ParamKind.DOUBLE;
      if (!p.kind().isNumber() || !(p.bounded() || asFloat)) {
        continue;
      }
      CodeBlock.Builder check = CodeBlock.builder();
      if (asFloat) {
        check.beginControlFlow("if (!$T.isFinite(this.$N))", Double.class, p.javaName())
            .addStatement("problems.report($S, $S + this.$N)", p.jsonName(),
                "must be a finite number, was ", p.javaName());
      }
      if (p.bounded()) {
        CodeBlock within = FactoryWriter.withinBounds(p, CodeBlock.of("this.$N", p.javaName()));
        if (asFloat) {
          check.nextControlFlow("else if (!($L))", within);
        } else {
          check.beginControlFlow("if (!($L))", within);
        }
        check.addStatement("problems.report($S, $S + this.$N)", p.jsonName(),
            "must be " + p.rangeText() + ", was ", p.javaName());
      }
      if (asFloat) {
        check.nextControlFlow("else")
            .addStatement("problems.floatValue($S, this.$N)", p.jsonName(), p.javaName());
      }
      check.endControlFlow();
      checks.add(check.build());
    }
    return checks;
  }
}
