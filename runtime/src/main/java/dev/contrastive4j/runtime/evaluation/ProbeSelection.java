package dev.contrastive4j.runtime.evaluation;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Chooses the probe's regularization on the validation split: one probe per candidate
 * {@code C}, all with the same seed, and the {@code C} with the best validation accuracy is
 * kept (on a tie, the first candidate, so list them from strong to weak regularization). The
 * test split plays no part in the choice.
 */
public final class ProbeSelection {
  private ProbeSelection() {}

  /**
   * The probe with the chosen {@code C}.
   *
   * @param embeddings one row per node of the data set's target node set (the encoder's
   *     states); a data set that labels graphs is probed on their means ({@link ProbeRows})
   * @throws ProbeException if an argument is null, there are no candidates or one is not
   *     positive, or if the data set cannot be probed (see {@link #checkDataset})
   */
  public static LinearProbe chooseC(LinearProbe base, List<Double> candidates,
      INDArray embeddings, GraphDataset dataset) {
    ProbeInput.requireArgument(base, "base probe");
    checkDataset(dataset, candidates);
    return choose(base, candidates, new Rows(embeddings, dataset)).probe();
  }

  /**
   * Chooses {@code C} as {@link #chooseC} does and evaluates the chosen probe with
   * {@link LinearProbe#evaluateRepeated(INDArray, GraphDataset, int) evaluateRepeated}, giving
   * the same numbers; the fit that chose {@code C} is the report's first, not fitted again.
   *
   * @param embeddings as for {@link #chooseC}
   * @param repeats number of probes, at least 1
   * @throws ProbeException as {@link #chooseC}, or if {@code repeats} is below 1
   */
  public static ChosenProbe chooseCAndEvaluate(LinearProbe base, List<Double> candidates,
      INDArray embeddings, GraphDataset dataset, int repeats) {
    if (repeats < 1) {
      throw new ProbeException("repeats must be >= 1, got " + repeats);
    }
    ProbeInput.requireArgument(base, "base probe");
    checkDataset(dataset, candidates);
    Rows rows = new Rows(embeddings, dataset);
    Choice choice = choose(base, candidates, rows);
    ProbeReport report = choice.result() == null
        ? choice.probe().evaluateRepeated(rows.rows(), rows.labels(), rows.numClasses(),
            rows.split(), repeats)
        : choice.probe().evaluateRepeatedAfter(choice.result(), rows.rows(), rows.labels(),
            rows.numClasses(), rows.split(), repeats);
    return new ChosenProbe(choice.probe(), report, rows.rows(), choice.compared());
  }

  /**
   * The chosen probe and, if it was fitted to choose it, the result of that fit and every
   * candidate's validation accuracy.
   */
  private record Choice(LinearProbe probe, ProbeResult result,
      List<CandidateAccuracy> compared) {}

  /** The data set's rows to classify ({@link ProbeRows}), made once for every fit. */
  private record Rows(INDArray rows, int[] labels, int numClasses, Split split) {
    Rows(INDArray embeddings, GraphDataset dataset) {
      this(ProbeRows.of(embeddings, dataset), dataset.labels(), dataset.numClasses(),
          dataset.split());
    }
  }

  private static Choice choose(LinearProbe base, List<Double> candidates, Rows rows) {
    if (candidates.size() == 1) {
      return new Choice(withC(base, candidates.get(0)), null, List.of());
    }
    LinearProbe bestProbe = null;
    ProbeResult best = null;
    List<CandidateAccuracy> compared = new ArrayList<>();
    for (double c : candidates) {
      LinearProbe probe = withC(base, c);
      ProbeResult result = probe.evaluate(rows.rows(), rows.labels(), rows.numClasses(),
          rows.split());
      compared.add(new CandidateAccuracy(c, result.valAccuracy()));
      if (best == null || result.valAccuracy() > best.valAccuracy()) {
        bestProbe = probe;
        best = result;
      }
    }
    return new Choice(bestProbe, best, compared);
  }

  /**
   * Checks that {@code dataset} can be probed with {@code candidates} before anything is trained:
   * at least one candidate, each positive (or +Infinity, no regularization), two classes, train
   * nodes (or graphs, for a data set that labels graphs) of at least two classes, test nodes or
   * graphs (the run reports test accuracy), and validation nodes or graphs when there is a
   * {@code C} to choose.
   *
   * @throws ProbeException naming the data set and what it lacks, or the candidate at fault
   */
  public static void checkDataset(GraphDataset dataset, List<Double> candidates) {
    ProbeInput.requireArgument(candidates, "probe C candidates");
    if (candidates.isEmpty()) {
      throw new ProbeException("probe C: at least one candidate is needed");
    }
    for (int i = 0; i < candidates.size(); i++) {
      // Checked before any fit, not when the probe of this candidate is made.
      Double c = candidates.get(i);
      if (c == null || !(c > 0)) {
        throw new ProbeException("probe C: candidate " + i + " is " + c + "; C must be > 0 "
            + "(or +Infinity for no regularization)");
      }
    }
    ProbeInput.requireArgument(dataset, "dataset");
    String name = "data set '" + dataset.name() + "'";
    // What the split holds: "node" or "graph".
    String item = dataset.labelLevel().id();
    if (dataset.numClasses() < 2) {
      throw new ProbeException(name + " has " + dataset.numClasses() + " class; the linear "
          + "probe needs at least 2");
    }
    if (dataset.split().train().length == 0) {
      throw new ProbeException(name + ": split.train is empty; the linear probe needs train "
          + item + "s to fit");
    }
    int[] labels = dataset.labels();
    // A data set's train nodes (or graphs) are all labeled: it refuses unlabeled ones.
    int[] trainClasses = IntStream.of(dataset.split().train()).map(i -> labels[i]).distinct()
        .sorted().toArray();
    if (trainClasses.length == 1) {
      // A probe fitted on one class predicts it everywhere: its accuracy would be the class's
      // share, not a measure of the embeddings (scikit-learn refuses such a fit too).
      throw new ProbeException(name + ": every " + item + " of split.train has class "
          + trainClasses[0] + "; the linear probe needs train " + item + "s of at least 2 "
          + "classes");
    }
    if (dataset.split().test().length == 0) {
      throw new ProbeException(name + ": split.test is empty; the linear probe reports test "
          + "accuracy and needs test " + item + "s");
    }
    if (candidates.size() > 1 && dataset.split().val().length == 0) {
      throw new ProbeException(name + ": split.val is empty; choosing the probe's C among "
          + candidates.size() + " candidates needs validation " + item + "s (or set "
          + "evaluation.probe_c to one value)");
    }
  }

  private static LinearProbe withC(LinearProbe base, double c) {
    return new LinearProbe(base.config().toBuilder().c(c).build());
  }
}
