package dev.contrastive4j.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.runtime.readouts.ReadoutAllNodes;
import dev.contrastive4j.runtime.readouts.ReadoutFirstNode;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a task keeps of its settings, and the defaults it fills in. */
class TaskSettingsTest {
  @Test
  void withFeatureNameChangesOnlyTheFeatureAndNullMeansTheHiddenState() {
    TaskSettings settings = TaskSettings.of("paper").withProjectorUnits(List.of(3)).withSeed(9);
    TaskSettings other = settings.withFeatureName("state_2");
    assertEquals(new TaskSettings("paper", "state_2", null, null, null, List.of(3), 9), other);
    assertEquals(EncodedGraph.HIDDEN_STATE, other.withFeatureName(null).featureName());
  }

  @Test
  void aTaskKeepsItsSettingsAndReadout() {
    ReadoutAllNodes readout = new ReadoutAllNodes();
    TaskSettings settings = TaskSettings.of("paper").withReadout(readout);
    DeepGraphInfomax task = new DeepGraphInfomax(settings, new ParameterStore(1), 4);
    assertSame(settings, task.settings());
    assertSame(readout, task.readout());
    // Without one, TF-GNN's default: the first node of each component.
    assertTrue(new DeepGraphInfomax(TaskSettings.of("paper"), new ParameterStore(1), 4)
        .readout() instanceof ReadoutFirstNode);
  }
}
