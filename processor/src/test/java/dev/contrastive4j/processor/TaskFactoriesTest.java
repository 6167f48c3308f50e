package dev.contrastive4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.contrastive4j.runtime.tasks.ContrastiveLossTask;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated task factories, building tasks as the runtime does: they refuse what the
 * built-in factories refuse, naming it, and give a task only the views its base has. Each test
 * compiles its own tasks, so that a mutation run counts it as a test of the code that wrote the
 * factories.
 */
class TaskFactoriesTest {

  /** A spec made in code is not validated as a file is: the factory checks its values. */
  @Test
  void valuesOutOfRangeAreRefused(@TempDir Path dir) throws Exception {
    try (LoadedPlugins p = LoadedPlugins.compile(dir, List.of(PluginSources.KNOBS,
        PluginSources.VICREG, PluginSources.TRIPLET, PluginSources.CUSTOM))) {
      assertEquals("task.sim_weight: must be finite and >= 0, was -1.0",
          p.rejected("{\"type\":\"vic-plus\",\"sim_weight\":-1}"));
      assertEquals("task.margin: must be finite and >= 0, was -0.5",
          p.rejected("{\"type\":\"triplet-plus\",\"margin\":-0.5}"));
      assertEquals("task.k: must be in [1, 8], was 0",
          p.rejected("{\"type\":\"custom\",\"k\":0}"));
    }
  }

  /** As the built-in DGI, a DGI task left without views contrasts the graph as it is. */
  @Test
  void dgiTasksGetNoCleanViewAugmentation(@TempDir Path dir) throws Exception {
    try (LoadedPlugins p = LoadedPlugins.compile(dir, List.of(Sources.dgiTask("name = \"t\"")))) {
      ContrastiveLossTask t =
          (ContrastiveLossTask) p.build(p.plugins.task("t").orElseThrow().defaults());
      assertNull(t.settings().cleanViewAugmentation());
    }
  }
}
