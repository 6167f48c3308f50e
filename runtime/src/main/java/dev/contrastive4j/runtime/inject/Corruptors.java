package dev.contrastive4j.runtime.inject;

import com.google.inject.Provider;
import dev.contrastive4j.api.experiment.ConfigProblems;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.runtime.corruptors.ComposedCorruptor;
import dev.contrastive4j.runtime.corruptors.DropEdges;
import dev.contrastive4j.runtime.corruptors.DropoutFeatures;
import dev.contrastive4j.runtime.corruptors.MaskFeatureColumns;
import dev.contrastive4j.runtime.corruptors.ShuffleFeaturesGlobally;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns corruptor specs into corruptors, through the factories bound by spec class. */
public final class Corruptors {
  // Providers, so that only the factories of the corruptors a run uses are made.
  private final Map<Class<? extends CorruptorSpec>, Provider<CorruptorFactory>> factories;

  /** Corruptors made by {@code factories}, the built-in ones and those plugins bind. */
  @Inject
  public Corruptors(Map<Class<? extends CorruptorSpec>, Provider<CorruptorFactory>> factories) {
    this.factories = factories;
  }

  /** The built-in factories, by spec class. */
  static Map<Class<? extends CorruptorSpec>, Provider<CorruptorFactory>> builtIn() {
    return DeferredFactory.<Class<? extends CorruptorSpec>, CorruptorFactory>ready(Map.of(
        CorruptorSpec.ShuffleFeatures.class, (s, seed, path) -> {
          var spec = (CorruptorSpec.ShuffleFeatures) s;
          return new ShuffleFeaturesGlobally(rate(spec.rate(), false, path),
              seedOf(spec.seed(), seed));
        },
        CorruptorSpec.DropoutFeatures.class, (s, seed, path) -> {
          var spec = (CorruptorSpec.DropoutFeatures) s;
          return new DropoutFeatures(rate(spec.rate(), true, path),
              seedOf(spec.seed(), seed));
        },
        CorruptorSpec.DropEdges.class, (s, seed, path) -> {
          var spec = (CorruptorSpec.DropEdges) s;
          return new DropEdges(rate(spec.rate(), false, path),
              seedOf(spec.seed(), seed));
        },
        CorruptorSpec.MaskFeatureColumns.class, (s, seed, path) -> {
          var spec = (CorruptorSpec.MaskFeatureColumns) s;
          return new MaskFeatureColumns(rate(spec.rate(), false, path),
              seedOf(spec.seed(), seed));
        }));
  }

  /**
   * The corruptor for {@code spec}; each step of a composition gets its own seed.
   *
   * @throws ConfigException naming {@code path} for an unknown kind or a bad rate
   */
  public Corruptor create(CorruptorSpec spec, long seed, String path) {
    if (spec instanceof CorruptorSpec.Compose compose) {
      List<Corruptor> steps = new ArrayList<>();
      for (int i = 0; i < compose.steps().size(); i++) {
        steps.add(create(compose.steps().get(i), stepSeed(seed, i), stepPath(path, i)));
      }
      return steps.isEmpty() ? Corruptor.identity() : ComposedCorruptor.of(steps);
    }
    Provider<CorruptorFactory> factory = factories.get(spec.getClass());
    if (factory == null) {
      throw UnregisteredSpec.at(path, "corruptor", spec);
    }
    return factory.get().create(spec, seed, path);
  }

  /**
   * An experiment made in code is not validated as a file is: its rates are checked here, in
   * the validator's words, so that a bad one is named at its field rather than by the corruptor
   * (dropout's rate must be below 1, as it scales the survivors by 1 / (1 - rate)).
   */
  private static double rate(double rate, boolean belowOne, String path) {
    String problem = ConfigProblems.rateProblem(rate, belowOne);
    if (problem != null) {
      throw new ConfigException(path + ".rate", problem);
    }
    return rate;
  }

  /** The seed of step {@code index} of a composition seeded with {@code seed}. */
  static long stepSeed(long seed, int index) {
    return seed + 7919L * (index + 1);
  }

  /** The JSON path of step {@code index} of the composition at {@code path}. */
  static String stepPath(String path, int index) {
    return path + ".steps[" + index + "]";
  }

  private static long seedOf(Long configured, long fallback) {
    return configured != null ? configured : fallback;
  }
}
