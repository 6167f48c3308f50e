package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.runtime.readouts.PoolReadout;
import dev.contrastive4j.runtime.readouts.Pooling;
import dev.contrastive4j.runtime.readouts.ReadoutAllNodes;
import dev.contrastive4j.runtime.readouts.ReadoutFirstNode;

/** Turns readout specs into readouts. */
public final class Readouts {
  private Readouts() {}

  /**
   * The readout for {@code spec}; null means every node (transductive training).
   *
   * @throws ConfigException naming {@code path} for an unknown pooling
   */
  public static Readout create(ReadoutSpec spec, String path) {
    if (spec == null || spec instanceof ReadoutSpec.AllNodes) {
      return new ReadoutAllNodes();
    }
    if (spec instanceof ReadoutSpec.FirstNode) {
      return new ReadoutFirstNode();
    }
    if (spec instanceof ReadoutSpec.Pool pool) {
      return new PoolReadout(Enums.parse(Pooling.class, pool.pooling(), path + ".pooling"));
    }
    throw new ConfigException(path, "no readout is registered for "
        + spec.getClass().getSimpleName());
  }

}
