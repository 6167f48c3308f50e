package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.plugins.PluginSpecTypes;
import dev.contrastive4j.runtime.plugins.Plugins;
import dev.contrastive4j.runtime.plugins.SpecParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --task} over a configuration changes its task's type and keeps the parameters every
 * task has (readout, corruptors, projector, node set, seed), which it used to drop unsaid, and
 * says which of the old type's own parameters it left out.
 */
class TaskOptionTest {
  private static Experiment apply(String task, String yaml) {
    TrainCommand train = new TrainCommand();
    train.task = task;
    return train.apply(new ExperimentMapper().readYaml(yaml));
  }

  @Test
  void anotherTaskTypeKeepsTheSharedParametersAndLeavesOutTheOldTypesOwn() {
    Experiment e = apply("vicreg", """
        task:
          type: barlow-twins
          lambda: 0.01
          node_set: node
          projector_units: [8]
          seed: 4
          corruptor: {type: drop-edges, rate: 0.3}
          clean_view: {type: mask-feature-columns, rate: 0.1}
          readout: {type: pool, pooling: max}
        """);
    assertEquals(new TaskSpec.VicRegSpec("node", null, List.of(8), 4L,
        new CorruptorSpec.DropEdges(0.3, null), new CorruptorSpec.MaskFeatureColumns(0.1, null),
        new ReadoutSpec.Pool("max"), null, null, null), e.task());
  }

  @Test
  void anotherTaskTrainsOnItsOwnScheduleUnlessTheConfigurationOrAnOptionGivesOne() {
    assertEquals(new TrainingSpec(200, null, null, 0, null),
        apply("vicreg", "task: {type: dgi}").training());
    assertEquals(new TrainingSpec(300, null, null, 0, null),
        apply("triplet", "training: {epochs: 300}").training());
    TrainCommand train = new TrainCommand();
    train.task = "barlow-twins";
    train.patience = 5;
    assertEquals(new TrainingSpec(100, null, null, 5, null),
        train.apply(Experiment.defaults()).training());
  }

  @Test
  void whatIsLeftOutIsListedForANote() {
    TaskSpec barlow = new ExperimentMapper().readYaml("""
        task: {type: barlow-twins, lambda: 0.01, normalize_batch: false, seed: 4}
        """).task();
    TaskTypeSwitch switched = TaskTypeSwitch.of(TaskCatalog.load(), new ExperimentMapper(),
        "vicreg", barlow);
    assertEquals(List.of("task.lambda (0.01)", "task.normalize_batch (false)"),
        switched.leftOut());
    assertEquals("contrastive4j: note: --task vicreg left out task.lambda (0.01), "
        + "task.normalize_batch (false), set for the configuration's barlow-twins task: vicreg "
        + "does not take them, and starts from its own defaults", switched.note());
    // What the old type has by default was never the configuration's choice: nothing to say.
    TaskTypeSwitch quiet = TaskTypeSwitch.of(TaskCatalog.load(), new ExperimentMapper(), "dgi",
        TaskSpec.BarlowTwinsSpec.DEFAULT);
    assertEquals(List.of(), quiet.leftOut());
    assertNull(quiet.note());
  }

  @Test
  void trainSaysWhatTaskLeftOutOfTheConfiguration(@TempDir Path dir) throws IOException {
    // It used to go without a word: a DGI configuration's discriminator, gone under --task.
    Path config = dir.resolve("dgi.yaml");
    Files.writeString(config, """
        task: {type: dgi, discriminator: bilinear_glorot}
        encoder: {type: gcn, units: [8]}
        evaluation: {probe_repeats: 1}
        output: {charts: false}
        """);
    CliRun run = CliRun.of("train", "--config", config.toString(), "--task", "barlow-twins",
        "--epochs", "1", "--quiet", "--out", dir.resolve("run").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("contrastive4j: note: --task barlow-twins left out task.discriminator "
        + "(bilinear_glorot), set for the configuration's dgi task: barlow-twins does not take "
        + "it, and starts from its own defaults", run.errLines()[0]);
  }

  /**
   * A parameter the new type has too, by name, is kept when the new type takes its value (as a
   * plugin extending DGI takes the discriminator), and left out, with the others, when not.
   */
  @Test
  void aParameterOfTheSameNameIsKeptWhenTheNewTypeTakesItsValue() {
    TaskCatalog catalog = TaskCatalog.of(Plugins.of(List.of(scoredDgiRegistry())));
    ExperimentMapper mapper = new ExperimentMapper();
    new PluginSpecTypes(catalog.plugins()).registerTypes(mapper);
    TaskTypeSwitch kept = TaskTypeSwitch.of(catalog, mapper, "scored-dgi",
        mapper.readYaml("task: {type: dgi, seed: 3}").task());
    assertEquals(new ScoredDgiSpec(null, null, null, 3L, null, null, null, 2.0), kept.task());
    TaskTypeSwitch back = TaskTypeSwitch.of(catalog, mapper, "dgi",
        new ScoredDgiSpec(null, null, null, null, null, null, null, 0.5));
    assertEquals(List.of("task.discriminator (0.5)"), back.leftOut());
    assertEquals(TaskSpec.DgiSpec.DEFAULT, back.task());
    // The names DGI's discriminator takes are no numbers.
    TaskTypeSwitch refused = TaskTypeSwitch.of(catalog, mapper, "scored-dgi",
        mapper.readYaml("task: {type: dgi, discriminator: bilinear_glorot}").task());
    assertEquals(List.of("task.discriminator (bilinear_glorot)"), refused.leftOut());
    assertEquals(ScoredDgiSpec.DEFAULT, refused.task());
  }

  /** A task plugin whose {@code discriminator} is a number, where DGI's is a name. */
  @JsonTypeName("scored-dgi")
  record ScoredDgiSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout,
      Double discriminator) implements TaskSpec {
    static final ScoredDgiSpec DEFAULT = new ScoredDgiSpec(null, null, null, null, null, null,
        null, 2.0);

    ScoredDgiSpec {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      discriminator = discriminator == null ? 2.0 : discriminator;
    }
  }

  /** The registry of {@link ScoredDgiSpec}. */
  private static TaskRegistry scoredDgiRegistry() {
    List<ParameterInfo> parameters = new ArrayList<>(SpecParameters.of(
        (Record) TaskSpec.DgiSpec.DEFAULT));
    parameters.set(parameters.size() - 1,
        new ParameterInfo("discriminator", "double", "2.0", "a score"));
    return TaskRegistry.of(new TaskPlugin("scored-dgi", "dgi", "", "test.ScoredDgi",
        ScoredDgiSpec.class, ScoredDgiSpec.DEFAULT, parameters, new Object()));
  }

  @Test
  void aTaskWithNothingSetBecomesTheNewTypesDefaults() {
    assertEquals(TaskSpec.TripletSpec.DEFAULT, apply("triplet", "task: {type: dgi}").task());
    assertEquals(TaskSpec.BarlowTwinsSpec.DEFAULT,
        apply("barlow-twins", "seed: 1").task());
  }

  @Test
  void whatTheOldTypePutInByDefaultGivesWayToTheNewTypesDefaults() {
    // A two-view task's spec holds its augmentations, as its config.json records them: they
    // are the old type's defaults, not a choice DGI's corruptor should inherit.
    assertEquals(TaskSpec.DgiSpec.DEFAULT, apply("dgi", "task: {type: barlow-twins}").task());
    assertEquals(TaskSpec.TripletSpec.DEFAULT, apply("triplet", "task: {type: vicreg}").task());
    Experiment e = apply("dgi", """
        task:
          type: vicreg
          clean_view: {type: drop-edges, rate: 0.3}
        """);
    assertEquals(new TaskSpec.DgiSpec(null, null, null, null, null,
        new CorruptorSpec.DropEdges(0.3, null), null), e.task());
  }

  @Test
  void theSameTypeKeepsEverything() {
    Experiment e = apply("barlow-twins", "task: {type: barlow-twins, lambda: 0.5}");
    assertEquals(0.5, ((TaskSpec.BarlowTwinsSpec) e.task()).lambda());
  }

  @Test
  void theReadoutOptionSetsItsTypeAndKeepsAConfiguredReadoutOfThatType() {
    TrainCommand train = new TrainCommand();
    train.readout = "pool";
    assertEquals(new ReadoutSpec.Pool("mean"),
        train.apply(Experiment.defaults()).task().readout());
    assertEquals(new ReadoutSpec.Pool("max"), train.apply(new ExperimentMapper().readYaml(
        "task: {type: vicreg, readout: {type: pool, pooling: max}}")).task().readout());
    train.readout = "first-node";
    train.task = "barlow-twins";
    Experiment e = train.apply(new ExperimentMapper().readYaml(
        "task: {type: dgi, readout: {type: pool, pooling: max}}"));
    assertEquals(new ReadoutSpec.FirstNode(), e.task().readout());
    assertEquals(TaskSpec.BarlowTwinsSpec.class, e.task().getClass());
  }

  @Test
  void anUnknownReadoutIsOneLineNamingTheOption() {
    CliRun run = CliRun.of("train", "--readout", "poll", "--quiet");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: --readout poll: task.readout.type: unknown readout type "
        + "'poll'; known readout types: all-nodes, first-node, pool (did you mean 'pool'?)",
        run.err().strip());
  }
}
