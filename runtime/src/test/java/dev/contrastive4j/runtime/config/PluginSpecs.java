package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.contrastive4j.api.experiment.CheckedSpec;
import dev.contrastive4j.api.experiment.ConfigProblems;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Specs as a plugin would write them: a generated task, a user corruptor and readout. */
final class PluginSpecs {
  private PluginSpecs() {}

  /** An InfoNCE-style task with a temperature of its own. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record InfoNce(@Nullable String nodeSet, @Nullable String feature,
      @Nullable List<Integer> projectorUnits, @Nullable Long seed,
      @Nullable CorruptorSpec corruptor, @Nullable CorruptorSpec cleanView,
      @Nullable ReadoutSpec readout, @Nullable Double temperature)
      implements TaskSpec, CheckedSpec {
    InfoNce {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      temperature = temperature == null ? 0.5 : temperature;
    }

    @Override
    public List<Integer> projectorUnits() {
      return projectorUnits;
    }

    @Override
    public void check(ConfigProblems problems) {
      problems.positive("temperature", temperature);
    }
  }

  /** Adds Gaussian noise to the features. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record GaussianNoise(@Nullable Double sigma, @Nullable Long seed)
      implements CorruptorSpec, CheckedSpec {
    GaussianNoise {
      sigma = sigma == null ? 0.1 : sigma;
    }

    @Override
    public void check(ConfigProblems problems) {
      problems.nonNegative("sigma", sigma);
    }
  }

  /** A corruptor whose constructor checks its own argument. */
  record EvenSteps(@Nullable Integer steps) implements CorruptorSpec {
    EvenSteps {
      if (steps != null && steps % 2 != 0) {
        throw new IllegalArgumentException("steps must be even, was " + steps);
      }
    }
  }

  /** How {@link Attention} normalizes its scores. */
  enum Normalization { SOFTMAX, SPARSEMAX }

  /** A readout by attention. */
  record Attention(@Nullable Integer heads, @Nullable Normalization normalization)
      implements ReadoutSpec {}
}
