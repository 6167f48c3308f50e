package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plugin's spec reaches the injector without its Guice module (a hand-made injector that left
 * it out): the refusal names the field, the type as experiments write it and its class, and
 * says how to bring the module in.
 */
class UnregisteredSpecTest {
  private static final String HOW = "; put its plugin's jar on the class path, where "
      + "PluginModules finds the plugin registry, or install the plugin's generated Guice module "
      + "in the injector";

  @JsonTypeName("gaussian-noise")
  record NoiseSpec() implements CorruptorSpec {}

  @JsonTypeName("median-pool")
  record MedianSpec() implements ReadoutSpec {}

  @JsonTypeName("my-dgi")
  record MyDgiSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout)
      implements TaskSpec {}

  @Test
  void aCorruptorNamesItsTypeAndClass() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new Corruptors(Corruptors.builtIn()).create(new NoiseSpec(), 0, "task.corruptor"));
    assertEquals("task.corruptor: no corruptor is registered for type 'gaussian-noise' ("
        + NoiseSpec.class.getName() + ")" + HOW, e.getMessage());
  }

  @Test
  void aReadoutNamesItsTypeAndClass() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new Readouts(Readouts.builtIn()).create(new MedianSpec(), "task.readout"));
    assertEquals("task.readout: no readout is registered for type 'median-pool' ("
        + MedianSpec.class.getName() + ")" + HOW, e.getMessage());
  }

  @Test
  void aTaskNamesItsTypeAndClass() {
    GraphDataset data = CsbmGenerator.generate(CsbmConfig.defaults().withNumNodes(60));
    Tasks tasks = new Tasks(Tasks.builtIn(), new Corruptors(Corruptors.builtIn()),
        new Readouts(Readouts.builtIn()));
    ConfigException e = assertThrows(ConfigException.class, () -> tasks.create(
        new MyDgiSpec(null, null, List.of(), null, null, null, null), data,
        new ParameterStore(0), 4, 0));
    assertEquals("task.type: no task is registered for type 'my-dgi' ("
        + MyDgiSpec.class.getName() + ")" + HOW, e.getMessage());
  }
}
