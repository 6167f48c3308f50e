package dev.contrastive4j.runtime.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EnumSetting;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How a run probes its frozen embeddings ({@code evaluation.probe_protocol}); in JSON (a run's
 * {@code summary.json}) a protocol is written as {@link #id()}.
 */
public enum ProbeProtocol {
  /**
   * An L2-regularized logistic regression fitted to convergence, its {@code C} chosen from
   * {@code evaluation.probe_c} on the validation split ({@link ProbeSelection}); the probe the
   * run is given sets everything but {@code C}.
   */
  VALIDATED_L2,
  /**
   * The DGI paper's probe ({@link LinearProbeConfig#dgiPaper()}): unregularized, 100 Adam
   * epochs, nothing chosen on validation. Of the probe the run is given only the seed is kept;
   * its {@code C} is +Infinity (no regularization).
   */
  DGI_PAPER;

  /** The lower-case name, {@code validated_l2} or {@code dgi_paper}, as JSON writes it. */
  @JsonValue
  public String id() {
    return EnumSetting.name(this);
  }

  @Override
  public String toString() {
    return id();
  }

  /**
   * The protocol {@code name} names, ignoring case and treating {@code -} as {@code _}.
   *
   * @throws ProbeException naming the known protocols
   */
  public static ProbeProtocol of(String name) {
    ProbeProtocol protocol = EnumSetting.find(ProbeProtocol.class, name);
    if (protocol == null) {
      throw new ProbeException("evaluation.probe_protocol: "
          + EnumSetting.notOneOf(ProbeProtocol.class, name));
    }
    return protocol;
  }

  /**
   * The protocol of {@code evaluation}. An experiment made in code is not validated as a file
   * is: candidates of {@code C} that the protocol would ignore are refused here, in the
   * validator's words ({@link EvaluationSpec#probeCProblem()}).
   *
   * @throws ProbeException at {@code evaluation.probe_protocol} for a name not known, or at
   *     {@code evaluation.probe_c} for candidates of {@code C} given to {@link #DGI_PAPER}
   */
  public static ProbeProtocol of(EvaluationSpec evaluation) {
    ProbeProtocol protocol = of(evaluation.probeProtocol());
    String takesNoC = evaluation.probeCProblem();
    if (takesNoC != null) {
      throw new ProbeException("evaluation.probe_c: " + takesNoC);
    }
    return protocol;
  }

  /**
   * Checks that {@code dataset} can be probed by this protocol before anything is trained (see
   * {@link ProbeSelection#checkDataset}; this protocol needs no validation rows).
   *
   * @param probeC the candidates of {@code C} ({@link #VALIDATED_L2} only)
   * @throws ProbeException naming the data set and what it lacks
   */
  public void checkDataset(GraphDataset dataset, List<Double> probeC) {
    ProbeSelection.checkDataset(dataset,
        this == DGI_PAPER ? List.of(Double.POSITIVE_INFINITY) : probeC);
  }

  /**
   * Fits {@code repeats} probes by this protocol to the rows {@link ProbeRows#of} makes.
   *
   * @param base the probe the run is given (see each protocol for what it keeps of it)
   * @param probeC the candidates of {@code C} ({@link #VALIDATED_L2} only)
   * @param embeddings one row per node of the data set's target node set
   * @param repeats number of probes, at least 1
   * @throws ProbeException if an argument is null, the data set cannot be probed or
   *     {@code repeats} is below 1
   */
  public ChosenProbe evaluate(LinearProbe base, List<Double> probeC, INDArray embeddings,
      GraphDataset dataset, int repeats) {
    ProbeInput.requireArgument(base, "base probe");
    if (this == VALIDATED_L2) {
      return ProbeSelection.chooseCAndEvaluate(base, probeC, embeddings, dataset, repeats);
    }
    checkDataset(dataset, probeC);
    LinearProbe paper = new LinearProbe(
        LinearProbeConfig.dgiPaper().toBuilder().seed(base.config().seed()).build());
    INDArray rows = ProbeRows.of(embeddings, dataset);
    ProbeReport report = paper.evaluateRepeated(rows, dataset.labels(), dataset.numClasses(),
        dataset.split(), repeats);
    return new ChosenProbe(paper, report, rows, List.of());
  }
}
