package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void defaultsRoundTrip() throws Exception {
    Experiment e = Experiment.defaults();
    assertEquals(e, JSON.readValue(JSON.writeValueAsString(e), Experiment.class));
    assertEquals(512L, e.encoder().outputDim());
    assertEquals(1000, e.training().epochs());
    assertEquals(false, e.dataset().normalizeFeatures());
  }

  @Test
  void polymorphicPartsReadByTypeName() throws Exception {
    Experiment e = JSON.readValue("""
        {"seed": 7,
         "dataset": {"name": "cora", "data_dir": "/data", "normalize_features": true},
         "encoder": {"type": "sage", "units": [64, 32], "dropout": 0.1},
         "task": {"type": "barlow-twins", "lambda": 0.005, "projector_units": [16],
                  "corruptor": {"type": "compose", "steps": [
                     {"type": "drop-edges", "rate": 0.3}, {"type": "mask-feature-columns"}]},
                  "readout": {"type": "pool", "pooling": "max"}},
         "training": {"epochs": 50, "learning_rate": 0.01}}
        """, Experiment.class);
    assertEquals(7L, e.seed());
    assertEquals("/data", e.dataset().dataDir());
    assertEquals(true, e.dataset().normalizeFeatures());
    assertEquals(32L, e.encoder().outputDim());
    var task = assertInstanceOf(TaskSpec.BarlowTwinsSpec.class, e.task());
    assertEquals(0.005, task.lambda());
    assertEquals(true, task.normalizeBatch());
    var steps = assertInstanceOf(CorruptorSpec.Compose.class, task.corruptor()).steps();
    assertEquals(new CorruptorSpec.DropEdges(0.3, null), steps.get(0));
    assertEquals(0.2, ((CorruptorSpec.MaskFeatureColumns) steps.get(1)).rate());
    assertEquals(new ReadoutSpec.Pool("max"), task.readout());
    assertEquals(0.01, e.training().learningRate());
    // Barlow Twins' schedule: no early stopping, since the file gives no patience.
    assertEquals(0, e.training().patience());
    assertEquals(List.of(16), task.projectorUnits());
    assertEquals(e, JSON.readValue(JSON.writeValueAsString(e), Experiment.class));
  }
}
