package dev.contrastive4j.examples.annotated;

import dev.contrastive4j.api.annotations.ContrastiveTask;
import dev.contrastive4j.api.annotations.Param;
import dev.contrastive4j.runtime.layers.DgiDiscriminator;
import dev.contrastive4j.runtime.tasks.DeepGraphInfomax;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * A task plugin: Deep Graph Infomax whose negative view rewires the graph ({@link EdgeRewiring})
 * instead of shuffling features, and whose representations are read by {@link ScaledNodes}
 * (referenced by its name). Its discriminator is an enum {@code @Param}, so that experiments
 * choose it as they choose the built-in {@code dgi}'s ({@code task.discriminator}). The
 * processor generates {@code RewiredDgiSpec}, {@code RewiredDgiFactory}, {@code
 * RewiredDgiModule} and the scaffold {@code META-INF/contrastive4j/rewired-dgi.json};
 * {@code contrastive4j train --task rewired-dgi} trains it.
 */
@ContrastiveTask(
    name = "rewired-dgi",
    description = "Deep Graph Infomax against a rewired graph, on row-scaled nodes",
    corruptor = EdgeRewiring.class,
    readoutName = "scaled-nodes")
public class RewiredDgi extends DeepGraphInfomax {
  public RewiredDgi(TaskSettings settings, ParameterStore store, long representationDim,
      @Param(value = "UNIFORM", description = "uniform: kernel U(-1/sqrt(d), 1/sqrt(d)), no "
          + "bias; bilinear_glorot: Glorot kernel over fans d*d and d, plus a bias")
      DgiDiscriminator discriminator) {
    super(settings, store, representationDim, discriminator);
  }
}
