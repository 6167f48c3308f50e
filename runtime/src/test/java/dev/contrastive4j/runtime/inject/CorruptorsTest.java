package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.runtime.corruptors.ComposedCorruptor;
import dev.contrastive4j.runtime.corruptors.DropEdges;
import dev.contrastive4j.runtime.corruptors.DropoutFeatures;
import dev.contrastive4j.runtime.corruptors.MaskFeatureColumns;
import dev.contrastive4j.runtime.corruptors.ShuffleFeaturesGlobally;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corruptors that specs make: each step of a composition with its rate and seed. */
class CorruptorsTest {
  private final Corruptors corruptors = new Corruptors(Corruptors.builtIn());

  /** The steps that a composition of {@code steps}, seeded with {@code seed}, makes. */
  private List<Corruptor> steps(long seed, CorruptorSpec... steps) {
    return assertInstanceOf(ComposedCorruptor.class, corruptors.create(
        new CorruptorSpec.Compose(List.of(steps)), seed, "task.corruptor")).steps();
  }

  @Test
  void eachStepIsMadeWithItsOwnRate() {
    List<Corruptor> steps = steps(0, new CorruptorSpec.DropEdges(0.3, null),
        new CorruptorSpec.DropEdges(0.6, null));
    assertEquals(0.3, ((DropEdges) steps.get(0)).rateFor("edge"));
    assertEquals(0.6, ((DropEdges) steps.get(1)).rateFor("edge"));
  }

  @Test
  void stepsWithoutASeedDrawApartAndFollowTheCompositionsSeed() {
    // Two like steps with one seed would drop the same edges.
    CorruptorSpec drop = new CorruptorSpec.DropEdges(0.2, null);
    List<Corruptor> steps = steps(100, drop, drop);
    long first = ((DropEdges) steps.get(0)).seed();
    assertNotEquals(first, ((DropEdges) steps.get(1)).seed());
    assertNotEquals(first, ((DropEdges) steps(101, drop, drop).get(0)).seed());
    // A step's own seed is kept.
    assertEquals(7, ((DropEdges) steps(100, new CorruptorSpec.DropEdges(0.2, 7L)).get(0))
        .seed());
  }

  @Test
  void aStepsBadRateIsNamedAtTheStep() {
    ConfigException e = assertThrows(ConfigException.class, () -> steps(0,
        new CorruptorSpec.DropEdges(0.2, null), new CorruptorSpec.DropEdges(1.5, null)));
    assertEquals("task.corruptor.steps[1].rate: must be in [0, 1], was 1.5", e.getMessage());
    assertEquals("task.corruptor.steps[1].rate", e.path());
  }

  @Test
  void aCompositionOfNoStepsLeavesTheGraphAsItIs() {
    assertSame(Corruptor.identity().getClass(), corruptors.create(
        new CorruptorSpec.Compose(List.of()), 0, "task.corruptor").getClass());
  }

  @Test
  void eachBuiltInSpecMakesItsCorruptor() {
    assertInstanceOf(ShuffleFeaturesGlobally.class, corruptors.create(
        new CorruptorSpec.ShuffleFeatures(1.0, null), 0, "task.corruptor"));
    assertInstanceOf(DropoutFeatures.class, corruptors.create(
        new CorruptorSpec.DropoutFeatures(0.5, null), 0, "task.corruptor"));
    assertInstanceOf(MaskFeatureColumns.class, corruptors.create(
        new CorruptorSpec.MaskFeatureColumns(0.5, null), 0, "task.corruptor"));
  }
}
