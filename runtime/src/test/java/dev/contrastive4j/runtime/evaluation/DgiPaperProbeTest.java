package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.ProvisionException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The DGI paper's probe protocol: 100 unregularized Adam epochs, nothing chosen on validation. */
class DgiPaperProbeTest {
  private static final GraphDataset DATA = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(400).withNumClasses(3).withFeatures(40, 0.1, 0.4).withSeed(11));
  private static final INDArray FEATURES = DATA.graph().nodeSet(DATA.targetNodeSet())
      .feature(DATA.featureName()).toDense();

  @Test
  void theConfigIsThePapersLogReg() {
    LinearProbeConfig paper = LinearProbeConfig.dgiPaper();
    assertEquals(Double.POSITIVE_INFINITY, paper.c());
    assertEquals(0.0, paper.l2For(140), "no weight decay");
    assertEquals(0.01, paper.learningRate());
    assertEquals(1.0, paper.learningRateDecay(), "a constant rate");
    assertEquals(100, paper.maxEpochs());
    assertEquals(0.0, paper.tolerance(), "no convergence test");
    assertEquals(0.999, paper.beta2());
    assertEquals(WeightInit.XAVIER_UNIFORM, paper.weightInit());
    assertEquals(false, paper.standardize());
    // The default keeps its own beta2 and initialization.
    assertEquals(0.99, LinearProbeConfig.defaults().beta2());
    assertEquals(WeightInit.XAVIER, LinearProbeConfig.defaults().weightInit());
  }

  @Test
  void aDatasetThatCannotBeProbedIsRefusedBeforeAnyFit() {
    // The paper's protocol checks the data set as the validated one does (no validation rows
    // needed): train nodes of one class would fit a constant.
    GraphDataset oneClass = ProbeSelectionTest.trainOfClassOne(DATA, new int[0]);
    assertEquals("data set 'csbm': every node of split.train has class 1; the linear probe "
        + "needs train nodes of at least 2 classes", assertThrows(ProbeException.class,
            () -> ProbeProtocol.DGI_PAPER.evaluate(new LinearProbe(), List.of(), FEATURES,
                oneClass, 1)).getMessage());
  }

  @Test
  void everyProbeTrainsExactly100EpochsUnregularizedWhateverTheRunsProbeSays() {
    LinearProbe given = new LinearProbe(LinearProbeConfig.builder().c(0.01).maxEpochs(7)
        .seed(3).build());
    ChosenProbe chosen = ProbeProtocol.DGI_PAPER.evaluate(given, List.of(), FEATURES, DATA, 3);
    assertEquals(Double.POSITIVE_INFINITY, chosen.probe().config().c());
    assertEquals(3, chosen.probe().config().seed(), "the run's probe gives the seed");
    assertEquals(3, chosen.report().runs().size());
    for (ProbeResult run : chosen.report().runs()) {
      assertEquals(100, run.epochs(), run.toString());
    }
    assertEquals(List.of(3L, 4L, 5L),
        chosen.report().runs().stream().map(ProbeResult::seed).toList());
    // The same numbers as the paper's probe fitted directly.
    assertEquals(new LinearProbe(LinearProbeConfig.dgiPaper().toBuilder().seed(3).build())
        .evaluateRepeated(FEATURES, DATA, 3), chosen.report());
  }

  @Test
  void unregularizedWeightsGrowBeyondThoseOfAnL2Probe() {
    Split split = DATA.split();
    FittedProbe paper = new LinearProbe(LinearProbeConfig.dgiPaper()).fit(FEATURES,
        DATA.labels(), DATA.numClasses(), split);
    FittedProbe penalized = new LinearProbe(LinearProbeConfig.dgiPaper().toBuilder().c(0.01)
        .build()).fit(FEATURES, DATA.labels(), DATA.numClasses(), split);
    assertTrue(paper.weights().norm2Number().doubleValue()
        > penalized.weights().norm2Number().doubleValue());
  }

  @Test
  void validationRowsPlayNoPart() {
    ChosenProbe withVal = ProbeProtocol.DGI_PAPER.evaluate(new LinearProbe(), List.of(),
        FEATURES, DATA, 2);
    GraphDataset noVal = new GraphDataset(DATA.name(), DATA.graph(), DATA.targetNodeSet(),
        DATA.featureName(), DATA.labels(), DATA.numClasses(),
        new Split(DATA.split().train(), new int[0], DATA.split().test()));
    ProbeProtocol.DGI_PAPER.checkDataset(noVal, List.of());
    ChosenProbe withoutVal = ProbeProtocol.DGI_PAPER.evaluate(new LinearProbe(), List.of(),
        FEATURES, noVal, 2);
    for (int r = 0; r < 2; r++) {
      assertEquals(withVal.report().runs().get(r).testAccuracy(),
          withoutVal.report().runs().get(r).testAccuracy());
      assertTrue(Double.isNaN(withoutVal.report().runs().get(r).valAccuracy()));
    }
    // validated_l2 needs them to choose C among several candidates.
    assertThrows(ProbeException.class,
        () -> ProbeProtocol.VALIDATED_L2.checkDataset(noVal, List.of(0.1, 1.0)));
  }

  @Test
  void theDefaultProtocolStillChoosesCOnValidation() {
    ChosenProbe chosen = ProbeProtocol.VALIDATED_L2.evaluate(new LinearProbe(),
        List.of(0.01, 1.0), FEATURES, DATA, 1);
    assertTrue(List.of(0.01, 1.0).contains(chosen.probe().config().c()));
    assertNotEquals(100, chosen.report().runs().get(0).epochs());
  }

  @Test
  void candidatesOfCGivenInCodeAreRefusedAsTheValidatorRefusesThemNotIgnored() {
    String problem = "evaluation.probe_c: the dgi_paper probe protocol is unregularized and "
        + "chooses nothing on the validation split, so it takes no C; remove probe_c, or use "
        + "probe_protocol validated_l2";
    // withProbeProtocol keeps candidates given, for them to be refused rather than dropped.
    EvaluationSpec given = new EvaluationSpec(5, List.of(0.1)).withProbeProtocol("dgi_paper");
    assertEquals(problem,
        assertThrows(ProbeException.class, () -> ProbeProtocol.of(given)).getMessage());
    // A run made in code is not validated: it is refused when built, before anything is trained.
    ProvisionException built = assertThrows(ProvisionException.class,
        () -> BoundDatasets.injector(Experiment.defaults().withEvaluation(given), DATA)
            .getInstance(ExperimentRun.class));
    assertEquals(problem, assertInstanceOf(ProbeException.class, built.getCause())
        .getMessage());
    assertEquals(ProbeProtocol.DGI_PAPER,
        ProbeProtocol.of(new EvaluationSpec(5).withProbeProtocol("dgi_paper")));
  }

  @Test
  void namesAreReadAsTheConfigurationWritesThem() {
    assertEquals(ProbeProtocol.DGI_PAPER, ProbeProtocol.of("dgi-paper"));
    assertEquals(ProbeProtocol.VALIDATED_L2, ProbeProtocol.of("VALIDATED_L2"));
    assertEquals("evaluation.probe_protocol: must be one of validated_l2, dgi_paper, was 'x'",
        assertThrows(ProbeException.class, () -> ProbeProtocol.of("x")).getMessage());
    assertEquals("[validated_l2, dgi_paper]", Arrays.toString(ProbeProtocol.values()));
  }
}
