package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.EvaluationSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Configures the {@link EvaluationSpec} of an experiment. */
public final class EvaluationBuilder extends BlockBuilder {
  private int probeRepeats;
  /** Null while the candidates are the protocol's default, so a change of protocol keeps none. */
  private @Nullable List<Double> probeC;
  private String probeProtocol;

  EvaluationBuilder(EvaluationSpec start) {
    probeRepeats = start.probeRepeats();
    probeC = start.probeCGiven() ? start.probeC() : null;
    probeProtocol = start.probeProtocol();
  }

  EvaluationSpec build() {
    return new EvaluationSpec(probeRepeats, probeC, probeProtocol);
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

  /**
   * The candidate values of the probe's {@code C}, chosen among on the validation split (none
   * under the {@code dgi_paper} protocol, which takes no {@code C}).
   */
  public List<Double> getProbeC() {
    return probeC != null ? probeC : EvaluationSpec.defaultProbeC(probeProtocol);
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

  /** The probe protocol: {@code validated_l2} (default) or {@code dgi_paper}. */
  public String getProbeProtocol() {
    return probeProtocol;
  }

  /**
   * Sets the probe protocol, one of {@link EvaluationSpec#PROBE_PROTOCOLS}; {@code dgi_paper}
   * takes no {@code probeC}.
   */
  public void setProbeProtocol(String value) {
    probeProtocol = set("probeProtocol", value);
  }

  /** Sets the probe protocol, for example {@code probeProtocol("dgi_paper")}. */
  public EvaluationBuilder probeProtocol(String value) {
    setProbeProtocol(value);
    return this;
  }
}
