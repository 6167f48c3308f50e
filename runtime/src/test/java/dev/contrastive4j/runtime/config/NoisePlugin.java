package dev.contrastive4j.runtime.config;

/** A plugin found through {@code META-INF/services}: registers the Gaussian-noise corruptor. */
public final class NoisePlugin implements SpecTypeProvider {
  @Override
  public void registerTypes(ExperimentMapper mapper) {
    mapper.registerCorruptorType("gaussian-noise", PluginSpecs.GaussianNoise.class);
  }
}
