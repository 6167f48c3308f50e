package dev.contrastive4j.examples.minibatch;

import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Random molecules of {@link #KINDS} kinds, each a graph of its own: node set {@code atom} with
 * a float32 feature {@code feat} of {@link #WIDTH} values (around a mean that depends on the
 * kind), edge set {@code bond}, a ring of atoms in both directions with, the higher the kind,
 * the more chords across it.
 */
public final class RandomMolecules {
  /** The number of kinds of molecule. */
  public static final int KINDS = 3;
  /** The width of the atoms' feature. */
  public static final int WIDTH = 8;

  private static final int FEWEST_ATOMS = 4;
  private static final int MOST_ATOMS = 12;

  private RandomMolecules() {}

  /**
   * Molecules with their kinds and a split of them.
   *
   * @param molecules the molecules, one graph each
   * @param kinds the kind of each molecule, in [0, {@link #KINDS})
   * @param split the molecules' indices: the first 60 % train, the next 20 % val, the rest test
   */
  public record Labeled(List<GraphTensor> molecules, int[] kinds, Split split) {}

  /**
   * {@code count} molecules drawn from {@code seed}, of the kinds 0, 1, 2, 0, 1, ... in turn,
   * split 60 % / 20 % / 20 % in order.
   */
  public static Labeled labeled(int count, long seed) {
    Random random = new Random(seed);
    List<GraphTensor> molecules = new ArrayList<>();
    int[] kinds = new int[count];
    for (int i = 0; i < count; i++) {
      kinds[i] = i % KINDS;
      molecules.add(molecule(kinds[i], seed, random));
    }
    Split split = new Split(IntStream.range(0, count * 6 / 10).toArray(),
        IntStream.range(count * 6 / 10, count * 8 / 10).toArray(),
        IntStream.range(count * 8 / 10, count).toArray());
    return new Labeled(List.copyOf(molecules), kinds, split);
  }

  /**
   * One molecule of {@code kind} in [0, {@link #KINDS}), drawn from {@code random}; the mean of
   * each kind's atoms is drawn from {@code kindSeed}, so molecules made with the same
   * {@code kindSeed} share it.
   */
  public static GraphTensor molecule(int kind, long kindSeed, Random random) {
    float[] mean = kindMean(kind, kindSeed);
    int atoms = FEWEST_ATOMS + random.nextInt(MOST_ATOMS - FEWEST_ATOMS + 1);
    float[][] feat = new float[atoms][WIDTH];
    IntStream.Builder source = IntStream.builder();
    IntStream.Builder target = IntStream.builder();
    for (int i = 0; i < atoms; i++) {
      for (int d = 0; d < WIDTH; d++) {
        feat[i][d] = mean[d] + (float) random.nextGaussian() * 1.5f;
      }
      bond(source, target, i, (i + 1) % atoms);
      if (random.nextDouble() < 0.3 * kind) {
        bond(source, target, i, random.nextInt(atoms));
      }
    }
    return GraphTensor.builder()
        .nodeSet("atom", NodeSet.of(atoms, Map.of("feat",
            Feature.dense(Nd4j.createFromArray(feat)))))
        .edgeSet("bond", EdgeSet.of(new Adjacency("atom", "atom", source.build().toArray(),
            target.build().toArray()), Map.of()))
        .build();
  }

  /** Both directions of the bond between atoms {@code a} and {@code b}. */
  private static void bond(IntStream.Builder source, IntStream.Builder target, int a, int b) {
    source.add(a).add(b);
    target.add(b).add(a);
  }

  private static float[] kindMean(int kind, long kindSeed) {
    if (kind < 0 || kind >= KINDS) {
      throw new IllegalArgumentException("molecule kind must be in [0, " + KINDS + "), was "
          + kind);
    }
    Random random = new Random(kindSeed * KINDS + kind);
    float[] mean = new float[WIDTH];
    for (int d = 0; d < WIDTH; d++) {
      mean[d] = (float) random.nextGaussian();
    }
    return mean;
  }
}
