package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A null setting of a spec takes its default, and a setting that is given, even one that
 * reads like "off" (false, an empty list), is kept as given.
 */
class SpecDefaultsTest {

  @Test
  void encoders() {
    assertEquals(false, new EncoderSpec.GcnSpec(null, null, null, false).selfLoops());
    assertEquals(true, EncoderSpec.GcnSpec.DGI.selfLoops());
    EncoderSpec.HeteroSpec hetero = EncoderSpec.HeteroSpec.DEFAULT;
    assertEquals(List.of(512), hetero.units());
    assertEquals("mean", hetero.aggregation());
    assertEquals(true, hetero.selfTransform());
    EncoderSpec.HeteroSpec given = new EncoderSpec.HeteroSpec(List.of(8, 4), null, null, "sum",
        false);
    assertEquals(List.of(8, 4), given.units());
    assertEquals("sum", given.aggregation());
    assertEquals(false, given.selfTransform());
  }

  @Test
  void tasks() {
    assertEquals(false, new TaskSpec.BarlowTwinsSpec(null, null, null, null, null, null, null,
        null, false).normalizeBatch());
    assertEquals(List.of(), TaskSpec.VicRegSpec.DEFAULT.projectorUnits());
    assertEquals(CorruptorSpec.DEFAULT_AUGMENTATION, TaskSpec.VicRegSpec.DEFAULT.corruptor());
    assertEquals(CorruptorSpec.DEFAULT_AUGMENTATION, TaskSpec.VicRegSpec.DEFAULT.cleanView());
    CorruptorSpec drop = new CorruptorSpec.DropEdges(0.3, null);
    CorruptorSpec shuffle = new CorruptorSpec.ShuffleFeatures(0.5, null);
    assertEquals("hidden_state", TaskSpec.VicRegSpec.DEFAULT.feature());
    assertEquals(new ReadoutSpec.AllNodes(), TaskSpec.VicRegSpec.DEFAULT.readout());
    TaskSpec.VicRegSpec views = new TaskSpec.VicRegSpec(null, "h", null, null, drop, shuffle,
        new ReadoutSpec.FirstNode(), null, null, null);
    assertEquals("h", views.feature());
    assertEquals(new ReadoutSpec.FirstNode(), views.readout());
    assertEquals(drop, views.corruptor());
    assertEquals(shuffle, views.cleanView());
    assertEquals(new ReadoutSpec.AllNodes(), TaskSpec.TripletSpec.DEFAULT.readout());
    assertEquals(CorruptorSpec.DEFAULT_AUGMENTATION, TaskSpec.TripletSpec.DEFAULT.positiveView());
    TaskSpec.TripletSpec triplet = new TaskSpec.TripletSpec(null, null, null, null, null, null,
        new ReadoutSpec.FirstNode(), null, drop);
    assertEquals(new ReadoutSpec.FirstNode(), triplet.readout());
    assertEquals(drop, triplet.positiveView());
    assertEquals(List.of(32), new TaskSpec.VicRegSpec(null, null, List.of(32), null, null, null,
        null, null, null, null).projectorUnits());
    assertEquals(List.of(), TaskSpec.TripletSpec.DEFAULT.projectorUnits());
    assertEquals(List.of(16), new TaskSpec.TripletSpec(null, null, List.of(16), null, null,
        null, null, null, null).projectorUnits());
    assertEquals("triplet", TaskSpec.typeName(TaskSpec.TripletSpec.DEFAULT));
  }

  @Test
  void trainingOutputAndExperiment() {
    assertEquals(0, TrainingSpec.DEFAULT.batchComponents());
    assertEquals(64, new TrainingSpec(null, null, null, null, null, 64).batchComponents());
    assertEquals(true, OutputSpec.DEFAULT.charts());
    assertEquals(false, new OutputSpec(null, false).charts());
    assertEquals(List.of(), Experiment.defaults().fromBindings());
    assertEquals(List.of("dataset"),
        Experiment.defaults().withFromBindings(List.of("dataset")).fromBindings());
  }
}
