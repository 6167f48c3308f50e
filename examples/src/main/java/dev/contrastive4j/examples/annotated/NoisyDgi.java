package dev.contrastive4j.examples.annotated;

import dev.contrastive4j.api.annotations.ContrastiveTask;
import dev.contrastive4j.runtime.tasks.DeepGraphInfomax;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * A task plugin: Deep Graph Infomax whose negative view is made by {@link FeatureNoise} and whose
 * representations are read by {@link ScaledNodes} (referenced by its name). The processor
 * generates {@code NoisyDgiSpec}, {@code NoisyDgiFactory}, {@code NoisyDgiModule} and the
 * scaffold {@code META-INF/contrastive4j/noisy-dgi.json}; {@code contrastive4j train --task
 * noisy-dgi} trains it.
 */
@ContrastiveTask(
    name = "noisy-dgi",
    description = "Deep Graph Infomax against shuffled, noisy features, on row-scaled nodes",
    corruptor = FeatureNoise.class,
    readoutName = "scaled-nodes")
public class NoisyDgi extends DeepGraphInfomax {
  public NoisyDgi(TaskSettings settings, ParameterStore store, long representationDim) {
    super(settings, store, representationDim);
  }
}
