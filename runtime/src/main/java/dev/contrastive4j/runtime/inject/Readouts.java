package dev.contrastive4j.runtime.inject;

import com.google.inject.Provider;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.runtime.readouts.PoolReadout;
import dev.contrastive4j.runtime.readouts.Pooling;
import dev.contrastive4j.runtime.readouts.ReadoutAllNodes;
import dev.contrastive4j.runtime.readouts.ReadoutFirstNode;
import jakarta.inject.Inject;
import java.util.Map;

/** Turns readout specs into readouts, through the factories bound by spec class. */
public final class Readouts {
  // Providers, so that only the factory of the readout a run uses is made.
  private final Map<Class<? extends ReadoutSpec>, Provider<ReadoutFactory>> factories;

  /** Readouts made by {@code factories}, the built-in ones and those plugins bind. */
  @Inject
  public Readouts(Map<Class<? extends ReadoutSpec>, Provider<ReadoutFactory>> factories) {
    this.factories = factories;
  }

  /** The built-in factories, by spec class. */
  static Map<Class<? extends ReadoutSpec>, Provider<ReadoutFactory>> builtIn() {
    return DeferredFactory.<Class<? extends ReadoutSpec>, ReadoutFactory>ready(Map.of(
        ReadoutSpec.AllNodes.class, (spec, path) -> new ReadoutAllNodes(),
        ReadoutSpec.FirstNode.class, (spec, path) -> new ReadoutFirstNode(),
        ReadoutSpec.Pool.class, (spec, path) -> new PoolReadout(Enums.parse(Pooling.class,
            ((ReadoutSpec.Pool) spec).pooling(), path + ".pooling"))));
  }

  /**
   * The readout for {@code spec}; null means every node (transductive training).
   *
   * @throws ConfigException naming {@code path} for an unknown kind or pooling
   */
  public Readout create(ReadoutSpec spec, String path) {
    if (spec == null) {
      return new ReadoutAllNodes();
    }
    Provider<ReadoutFactory> factory = factories.get(spec.getClass());
    if (factory == null) {
      throw UnregisteredSpec.at(path, "readout", spec);
    }
    return factory.get().create(spec, path);
  }
}
