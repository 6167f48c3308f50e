package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.EncoderSpec;

/** Configures a GraphSAGE encoder ({@link EncoderSpec.SageSpec}). */
public final class SageBuilder extends EncoderBuilder<SageBuilder> {
  SageBuilder(EncoderSpec.SageSpec start) {
    super(start);
  }

  @Override
  SageBuilder self() {
    return this;
  }

  EncoderSpec.SageSpec build() {
    return new EncoderSpec.SageSpec(getUnits(), getActivation(), getDropout());
  }
}
