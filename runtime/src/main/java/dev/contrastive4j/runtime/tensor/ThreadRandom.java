package dev.contrastive4j.runtime.tensor;

import java.util.function.Supplier;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs code that seeds the calling thread's ND4J generator ({@link Nd4j#getRandom()}, which
 * DL4J's weight initializers draw from) and puts the generator's state back afterwards: a
 * program that builds runs on its own threads (a server) keeps its own random stream, rather
 * than finding it reseeded to a fixed value after each injector or probe.
 */
public final class ThreadRandom {
  private ThreadRandom() {}

  /** The value of {@code work}, with the thread's ND4J generator as it was before it. */
  public static <T> T keeping(Supplier<T> work) {
    Random random = Nd4j.getRandom();
    long root = random.rootState();
    long node = random.nodeState();
    try {
      return work.get();
    } finally {
      random.setStates(root, node);
    }
  }
}
