package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.plugins.Plugins;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tasks by name: the built-in ones, then the plugins', which cannot take a built-in name. */
class TaskCatalogTest {

  private static TaskPlugin dgiPlugin(String name) {
    return new TaskPlugin(name, "dgi", "", "test.OtherDgi", TaskSpec.DgiSpec.class,
        TaskSpec.DgiSpec.DEFAULT, List.of(), new Object());
  }

  @Test
  void aPluginTaskComesAfterTheBuiltInOnesAndIsNotOne() {
    TaskCatalog catalog = TaskCatalog.of(Plugins.of(List.of(TaskRegistry.of(
        dgiPlugin("another-dgi")))));
    assertEquals(List.of("barlow-twins", "dgi", "triplet", "vicreg", "another-dgi"),
        catalog.entries().stream().map(TaskCatalog.Entry::name).toList());
    assertFalse(catalog.get("another-dgi").builtIn());
  }

  @Test
  void aPluginTaskNamedLikeABuiltInOneIsRefused() {
    // Else 'train --task dgi' would train one of the two without a word.
    Plugins plugins = Plugins.of(List.of(TaskRegistry.of(dgiPlugin("dgi"))));
    UserInputException e = assertThrows(UserInputException.class, () -> TaskCatalog.of(plugins));
    assertEquals("the plugin task test.OtherDgi is named 'dgi' like a built-in task; rename it",
        e.getMessage());
  }
}
