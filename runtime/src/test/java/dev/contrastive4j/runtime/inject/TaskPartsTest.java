package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.runtime.corruptors.ComposedCorruptor;
import dev.contrastive4j.runtime.corruptors.DropEdges;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tasks.Triplet;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts a task is made with: its views, checked against the data set before training, each
 * refused at its own field.
 */
class TaskPartsTest {
  private final Corruptors corruptors = new Corruptors(Corruptors.builtIn());
  private final Tasks tasks = new Tasks(Tasks.builtIn(), corruptors,
      new Readouts(Readouts.builtIn()));

  private static final CorruptorSpec DROPOUT = new CorruptorSpec.DropoutFeatures(0.5, null);

  /** Why a DGI task with these views is refused on integer features. */
  private String refusal(CorruptorSpec corruptor, CorruptorSpec cleanView) {
    return assertThrows(ConfigException.class, () -> tasks.create(new TaskSpec.DgiSpec(null,
        null, null, null, corruptor, cleanView, null), IntFeatures.dataset(),
        new ParameterStore(0), 4, 0)).getMessage();
  }

  @Test
  void aViewThatCannotCorruptTheDataSetIsRefusedAtItsField() {
    // Dropout scales features, which integers cannot hold: it failed in the first step.
    String corruptor = refusal(DROPOUT, null);
    assertTrue(corruptor.startsWith("task.corruptor: DropoutFeatures: "), corruptor);
    assertTrue(corruptor.endsWith(" (data set 'ints')"), corruptor);
    assertTrue(refusal(null, DROPOUT).startsWith("task.clean_view: DropoutFeatures: "));
    // A composition names the step at fault.
    assertTrue(refusal(new CorruptorSpec.Compose(List.of(new CorruptorSpec.DropEdges(0.1, null),
        DROPOUT)), null).startsWith("task.corruptor.steps[1]: DropoutFeatures: "));
  }

  @Test
  void theTripletsPositiveViewIsCheckedToo() {
    String positive = assertThrows(ConfigException.class, () -> tasks.create(
        new TaskSpec.TripletSpec(null, null, null, null, null, null, null, null, DROPOUT),
        IntFeatures.dataset(), new ParameterStore(0), 4, 0)).getMessage();
    assertTrue(positive.startsWith("task.positive_view: DropoutFeatures: "), positive);
    assertInstanceOf(Triplet.class, tasks.create(TaskSpec.TripletSpec.DEFAULT,
        SmallGraphs.rings(3, 4), new ParameterStore(0), 4, 0));
  }

  @Test
  void everyProjectorLayerNeedsAUnit() {
    ConfigException e = assertThrows(ConfigException.class, () -> tasks.create(
        new TaskSpec.DgiSpec(null, null, List.of(0), null, null, null, null),
        SmallGraphs.rings(3, 4), new ParameterStore(0), 4, 0));
    assertEquals("task.projector_units[0]: must be positive, was 0", e.getMessage());
  }

  @Test
  void twoViewMethodsAugmentEachViewNotConfigured() {
    TaskSettings unset = new TaskSettings("node", null, null, null, null, List.of(), 5);
    TaskSettings augmented = Tasks.twoViews(unset, corruptors);
    assertInstanceOf(ComposedCorruptor.class, augmented.corruptor());
    assertInstanceOf(ComposedCorruptor.class, augmented.cleanViewAugmentation());
    Corruptor mine = Corruptor.identity();
    TaskSettings configured = Tasks.twoViews(new TaskSettings("node", null, mine, mine, null,
        List.of(), 5), corruptors);
    assertSame(mine, configured.corruptor());
    assertSame(mine, configured.cleanViewAugmentation());
  }

  @Test
  void theTripletsPositiveViewIsTheDefaultAugmentationUnlessConfigured() {
    TaskSettings settings = TaskSettings.of("node");
    assertInstanceOf(ComposedCorruptor.class, Tasks.positiveView(null, settings, corruptors));
    assertInstanceOf(DropEdges.class, Tasks.positiveView(new CorruptorSpec.DropEdges(0.1, null),
        settings, corruptors));
  }
}
