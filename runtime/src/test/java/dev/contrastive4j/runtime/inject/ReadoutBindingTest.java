package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.readouts.PoolReadout;
import dev.contrastive4j.runtime.readouts.ReadoutAllNodes;
import dev.contrastive4j.runtime.readouts.ReadoutFirstNode;
import org.junit.jupiter.api.Test;

/** Readouts are map bindings like tasks and corruptors, so plugins can add theirs. */
class ReadoutBindingTest {
  record CountingSpec(int start) implements ReadoutSpec {}

  record UnboundSpec() implements ReadoutSpec {}

  static final class CountingReadout implements Readout {
    final int start;

    CountingReadout(int start) {
      this.start = start;
    }

    @Override
    public Tensor read(EncodedGraph graph, String nodeSet, String featureName) {
      return graph.state(nodeSet, featureName);
    }

    @Override
    public long count(GraphTensor graph, String nodeSet) {
      return graph.nodeSet(nodeSet).totalSize();
    }
  }

  private static Readouts readouts() {
    Injector injector = Guice.createInjector(new ComponentsModule(), new AbstractModule() {
      @Override
      protected void configure() {
        ComponentsModule.readouts(binder()).addBinding(CountingSpec.class).toInstance(
            (spec, path) -> new CountingReadout(((CountingSpec) spec).start()));
      }
    });
    return injector.getInstance(Readouts.class);
  }

  @Test
  void builtInKindsAndPluginsAreBuiltFromTheirSpecs() {
    Readouts readouts = readouts();
    assertInstanceOf(ReadoutAllNodes.class, readouts.create(null, "task.readout"));
    assertInstanceOf(ReadoutAllNodes.class, readouts.create(new ReadoutSpec.AllNodes(), "r"));
    assertInstanceOf(ReadoutFirstNode.class, readouts.create(new ReadoutSpec.FirstNode(), "r"));
    assertInstanceOf(PoolReadout.class, readouts.create(new ReadoutSpec.Pool("max"), "r"));
    CountingReadout plugin = assertInstanceOf(CountingReadout.class,
        readouts.create(new CountingSpec(3), "task.readout"));
    assertSame(3, plugin.start);
  }

  @Test
  void anUnregisteredKindNamesThePath() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> readouts().create(new UnboundSpec(), "task.readout"));
    assertEquals("task.readout: no readout is registered for type 'UnboundSpec' ("
        + UnboundSpec.class.getName() + "); put its plugin's jar on the class path, where "
        + "PluginModules finds the plugin registry, or install the plugin's generated Guice "
        + "module in the injector", e.getMessage());
  }

  @Test
  void anUnknownPoolingNamesItsField() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> readouts().create(new ReadoutSpec.Pool("median"), "task.readout"));
    assertEquals("task.readout.pooling: must be one of mean, sum, max, was 'median'",
        e.getMessage());
  }
}
