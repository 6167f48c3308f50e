package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Named settings are read in any case, with - or _, and kept as listed: two experiments that
 * mean the same setting are equal, and a run's config.json writes the listed name.
 */
class SettingNamesTest {

  @Test
  void eachNamedSettingKeepsItsListedName() {
    assertEquals("prelu_shared",
        new EncoderSpec.GcnSpec(null, "PReLU-Shared", null, null).activation());
    assertEquals("tanh", new EncoderSpec.SageSpec(null, "TANH", null).activation());
    EncoderSpec.HeteroSpec hetero = new EncoderSpec.HeteroSpec(null, "Relu", null, "SUM", null);
    assertEquals("relu", hetero.activation());
    assertEquals("sum", hetero.aggregation());
    assertEquals("max", new ReadoutSpec.Pool("Max").pooling());
    assertEquals("bilinear_glorot", new TaskSpec.DgiSpec(null, null, null, null, null, null,
        null, "Bilinear-Glorot").discriminator());
    assertEquals("dgi_paper", new EvaluationSpec(null, null, "Dgi-Paper").probeProtocol());
    assertEquals("dgi_paper",
        EvaluationSpec.DEFAULT.withProbeProtocol("DGI_PAPER").probeProtocol());
  }

  @Test
  void aBuiltInDataSetIsNamedInLowerCaseButADirectoryOrABoundDataSetIsNot() {
    assertEquals("cora", new DatasetSpec("Cora", null).name());
    assertEquals("csbm", new DatasetSpec("CSBM", null).name());
    assertEquals(new DatasetSpec("citeseer", "/data"), new DatasetSpec("CiteSeer", "/data"));
    assertEquals("/data/My-Graph", new DatasetSpec("/data/My-Graph", null).name());
    assertEquals("Cora", DatasetSpec.bound("Cora").name());
  }

  @Test
  void theSameSettingsSpeltTwoWaysMakeEqualExperiments() {
    Experiment typed = Experiment.defaults()
        .withDataset(new DatasetSpec("CSBM", null))
        .withEncoder(new EncoderSpec.GcnSpec(null, "PRELU", null, null))
        .withEvaluation(new EvaluationSpec(null, null, "Validated-L2"));
    assertEquals(Experiment.defaults(), typed);
  }

  /** A name that is none of the listed ones is kept as written, for the validator to quote. */
  @Test
  void anUnknownNameIsKeptForTheValidator() {
    EncoderSpec.GcnSpec gcn = new EncoderSpec.GcnSpec(null, "Swish", null, null);
    assertEquals("Swish", gcn.activation());
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> ExperimentValidator.validate(Experiment.defaults().withEncoder(gcn)));
    assertTrue(e.getMessage().contains("encoder.activation: must be one of none, relu, sigmoid, "
        + "tanh, prelu, prelu_shared, was 'Swish'"), e.getMessage());
    assertEquals("Max-Pool", new ReadoutSpec.Pool("Max-Pool").pooling());
    assertNull(SettingNames.canonical(null, List.of("a")));
  }
}
