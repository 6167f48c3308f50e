package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Corruptor;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * How a task makes its two views: a corruptor for each. DGI keeps the first view clean and
 * corrupts the second ({@link #cleanAnd}); Graph Barlow Twins and other two-view methods augment
 * both with independently seeded corruptors ({@link #symmetric}).
 */
public final class TwoViewAugmentation {
  private final Corruptor first;
  private final Corruptor second;
  private final boolean firstIsClean;

  private TwoViewAugmentation(Corruptor first, Corruptor second, boolean firstIsClean) {
    if (first == null || second == null) {
      throw new CorruptionException("a two-view augmentation needs a corruptor for each view, "
          + "got " + (first == null ? "none for the first" : "none for the second"));
    }
    this.first = first;
    this.second = second;
    this.firstIsClean = firstIsClean;
  }

  /** The first view is the input itself, the second {@code corruptor}'s output (DGI). */
  public static TwoViewAugmentation cleanAnd(Corruptor corruptor) {
    return new TwoViewAugmentation(Corruptor.identity(), corruptor, true);
  }

  /** Each view made by its own corruptor. */
  public static TwoViewAugmentation of(Corruptor first, Corruptor second) {
    return new TwoViewAugmentation(first, second, false);
  }

  /**
   * Both views made by the same kind of corruptor, with two different seeds drawn from {@code
   * seed}, so the views differ (Graph Barlow Twins).
   *
   * @param factory makes a corruptor from a seed, e.g. {@code s -> new DropEdges(0.3, s)}
   */
  public static TwoViewAugmentation symmetric(LongFunction<? extends Corruptor> factory,
      long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    return new TwoViewAugmentation(factory.apply(seeds.nextLong()),
        factory.apply(seeds.nextLong()), false);
  }

  /** Both views of {@code graph}: the first corruptor's output, then the second's. */
  public ViewPair views(GraphTensor graph) {
    return new ViewPair(first.corrupt(graph), second.corrupt(graph));
  }

  /** The corruptor of the first view ({@link Corruptor#identity()} when it is clean). */
  public Corruptor first() {
    return first;
  }

  /** The corruptor of the second view. */
  public Corruptor second() {
    return second;
  }

  /** Whether the first view is the input unchanged, so a task may reuse it. */
  public boolean firstIsClean() {
    return firstIsClean;
  }

  @Override
  public String toString() {
    return "TwoViewAugmentation{first=" + (firstIsClean ? "clean" : first) + ", second="
        + second + "}";
  }
}
