package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.contrastive4j.api.experiment.CheckedSpec;
import dev.contrastive4j.api.experiment.ConfigProblems;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.List;
import java.util.Map;
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

  /** A task whose constructor refuses fewer than two views. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record MultiView(@Nullable String nodeSet, @Nullable String feature,
      @Nullable List<Integer> projectorUnits, @Nullable Long seed,
      @Nullable CorruptorSpec corruptor, @Nullable CorruptorSpec cleanView,
      @Nullable ReadoutSpec readout, @Nullable Integer views) implements TaskSpec {
    MultiView {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      if (views != null && views < 2) {
        throw new IllegalArgumentException("views must be at least 2, was " + views);
      }
    }
  }

  /** A readout with a parameter of a primitive type, which has no null for a default. */
  record Heads(int heads) implements ReadoutSpec {}

  /** A readout that takes whatever else its object holds (Jackson's ignoreUnknown). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Lenient(@Nullable Integer heads) implements ReadoutSpec {}

  /** A readout that lets its object hold a comment, which it ignores. */
  @JsonIgnoreProperties({"comment"})
  record Commented(@Nullable Integer heads) implements ReadoutSpec {}

  /** A readout with a weight per node set and a window of its own. */
  record Weighted(@Nullable Map<String, Double> weights, @Nullable Window window)
      implements ReadoutSpec {}

  /** A plain object, not one chosen by a type name, with a property of its own called type. */
  record Window(@Nullable Integer type) {}
}
