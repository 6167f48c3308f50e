package dev.contrastive4j.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.PluginRegistry;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.runtime.plugins.HandWrittenRegistry.HandDgiSpec;
import dev.contrastive4j.runtime.plugins.HandWrittenRegistry.IdentitySpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every kind of plugin of every registry is listed, by name, and found by its name. */
class PluginListsTest {
  /** A readout spec of a plugin. */
  record FirstSpec() implements ReadoutSpec {}

  /** A registry of the plugins given, as many as a library has of each kind. */
  record Listed(List<TaskPlugin> tasks, List<CorruptorPlugin> corruptors,
      List<ReadoutPlugin> readouts) implements PluginRegistry {}

  /** A registry of one plugin of each kind, all named {@code name}, each with its module. */
  private static Listed library(String name, Module task, Module corruptor, Module readout) {
    return new Listed(
        List.of(new TaskPlugin(name, "dgi", "", "test.Task", HandDgiSpec.class,
            HandDgiSpec.DEFAULT, List.of(), task)),
        List.of(new CorruptorPlugin(name, "", "test.Corruptor", IdentitySpec.class,
            new IdentitySpec(), List.of(), corruptor)),
        List.of(new ReadoutPlugin(name, "", "test.Readout", FirstSpec.class, new FirstSpec(),
            List.of(), readout)));
  }

  private static Listed library(String name) {
    return library(name, new AbstractModule() {}, new AbstractModule() {},
        new AbstractModule() {});
  }

  @Test
  void eachKindIsListedByNameWhateverTheRegistriesOrder() {
    Plugins plugins = Plugins.of(List.of(library("zeta"), library("alpha")));
    assertEquals(List.of("alpha", "zeta"), plugins.tasks().stream().map(TaskPlugin::name)
        .toList());
    assertEquals(List.of("alpha", "zeta"), plugins.corruptors().stream()
        .map(CorruptorPlugin::name).toList());
    assertEquals(List.of("alpha", "zeta"), plugins.readouts().stream()
        .map(ReadoutPlugin::name).toList());
  }

  @Test
  void aTaskIsFoundByItsName() {
    Plugins plugins = Plugins.of(List.of(library("zeta"), library("alpha")));
    assertEquals(Optional.of("zeta"), plugins.task("zeta").map(TaskPlugin::name));
    assertEquals(Optional.empty(), plugins.task("beta"));
  }

  @Test
  void theModulesOfEveryKindAreInstalled() {
    Module task = new AbstractModule() {};
    Module corruptor = new AbstractModule() {};
    Module readout = new AbstractModule() {};
    assertEquals(List.of(task, corruptor, readout),
        Plugins.of(List.of(library("alpha", task, corruptor, readout))).modules());
  }

  @Test
  void theSpecTypesOfEveryKindAreReadByName() throws Exception {
    ObjectMapper mapper = Plugins.of(List.of(library("alpha"))).registerSpecTypes(
        new ObjectMapper());
    assertInstanceOf(FirstSpec.class, mapper.readValue("{\"type\":\"alpha\"}",
        ReadoutSpec.class));
  }
}
