package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.EvaluationSpec;

/** Configures the {@link EvaluationSpec} of an experiment. */
public final class EvaluationBuilder extends BlockBuilder {
  private int probeRepeats;

  EvaluationBuilder(EvaluationSpec start) {
    probeRepeats = start.probeRepeats();
  }

  EvaluationSpec build() {
    return new EvaluationSpec(probeRepeats);
  }

  /** How many linear probes to fit, at least 1 (default 5). */
  public int getProbeRepeats() {
    return probeRepeats;
  }

  /** Sets how many linear probes to fit. */
  public void setProbeRepeats(int value) {
    checkOpen();
    probeRepeats = value;
  }

  /** Sets how many linear probes to fit. */
  public EvaluationBuilder probeRepeats(int value) {
    setProbeRepeats(value);
    return this;
  }
}
