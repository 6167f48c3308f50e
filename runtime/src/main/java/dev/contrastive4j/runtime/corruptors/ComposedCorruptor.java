package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.Replayable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chain of corruptors applied in order, like {@link Corruptor#andThen} but able to list and
 * describe its steps (for logs and experiment records). Nested chains are flattened.
 */
public final class ComposedCorruptor implements Corruptor, Replayable {
  private final List<Corruptor> steps;

  private ComposedCorruptor(List<Corruptor> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The chain that applies {@code steps} from first to last; no steps means the identity.
   *
   * @throws CorruptionException if a step is null
   */
  public static ComposedCorruptor of(Corruptor... steps) {
    return of(List.of(checkNotNull(steps)));
  }

  /** The chain that applies {@code steps} in list order; see {@link #of(Corruptor...)}. */
  public static ComposedCorruptor of(List<? extends Corruptor> steps) {
    List<Corruptor> flat = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Corruptor step = steps.get(i);
      if (step == null) {
        throw new CorruptionException("corruptor chain: step " + i + " is null");
      }
      if (step instanceof ComposedCorruptor c) {
        flat.addAll(c.steps);
      } else {
        flat.add(step);
      }
    }
    return new ComposedCorruptor(flat);
  }

  /** Applies each step to the previous step's output; the input is not modified. */
  @Override
  public GraphTensor corrupt(GraphTensor graph) {
    GraphTensor current = graph;
    for (Corruptor step : steps) {
      current = step.corrupt(current);
    }
    return current;
  }

  /** A longer chain: these steps, then {@code next}. */
  @Override
  public ComposedCorruptor andThen(Corruptor next) {
    List<Corruptor> more = new ArrayList<>(steps);
    more.add(next);
    return of(more);
  }

  /** Skips the calls in every replayable step (each step is called once per call). */
  @Override
  public void skipCalls(long n) {
    steps.forEach(step -> Replayable.skip(step, n));
  }

  /** The steps in the order they are applied (unmodifiable). */
  public List<Corruptor> steps() {
    return steps;
  }

  /** The steps joined by {@code " -> "}, or {@code "identity"} for an empty chain. */
  @Override
  public String toString() {
    return steps.isEmpty() ? "identity"
        : steps.stream().map(String::valueOf).collect(Collectors.joining(" -> "));
  }

  private static Corruptor[] checkNotNull(Corruptor[] steps) {
    if (steps == null) {
      throw new CorruptionException("corruptor chain: steps array is null");
    }
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] == null) {
        throw new CorruptionException("corruptor chain: step " + i + " is null");
      }
    }
    return steps;
  }
}
