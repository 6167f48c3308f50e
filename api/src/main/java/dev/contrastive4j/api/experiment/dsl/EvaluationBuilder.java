package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.EvaluationSpec;
import java.util.List;

/** Configures the {@link EvaluationSpec} of an experiment. */
public final class EvaluationBuilder extends BlockBuilder {
  private int probeRepeats;
  private List<Double> probeC;

  EvaluationBuilder(EvaluationSpec start) {
    probeRepeats = start.probeRepeats();
    probeC = start.probeC();
  }

  EvaluationSpec build() {
    return new EvaluationSpec(probeRepeats, probeC);
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

  /** The candidate values of the probe's {@code C}, chosen among on the validation split. */
  public List<Double> getProbeC() {
    return probeC;
  }

  /** Sets the candidate values of the probe's {@code C}; one value fixes it. */
  public void setProbeC(List<Double> values) {
    probeC = setList("probeC", values);
  }

  /** Sets the candidate values of the probe's {@code C}; one value fixes it. */
  public EvaluationBuilder probeC(double... values) {
    List<Double> list = new java.util.ArrayList<>();
    for (double v : values) {
      list.add(v);
    }
    setProbeC(list);
    return this;
  }
}
