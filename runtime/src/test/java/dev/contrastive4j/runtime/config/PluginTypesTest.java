package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginTypesTest {
  private static ExperimentMapper withPluginTypes() {
    return new ExperimentMapper()
        .registerTaskType("info-nce", PluginSpecs.InfoNce.class)
        .registerCorruptorType("gaussian-noise", PluginSpecs.GaussianNoise.class)
        .registerCorruptorType("even-steps", PluginSpecs.EvenSteps.class)
        .registerReadoutType("attention", PluginSpecs.Attention.class);
  }

  @Test
  void registeredTypesReadWriteAndListByName() {
    ExperimentMapper mapper = withPluginTypes();
    Experiment e = mapper.readYaml("""
        task:
          type: info-nce
          temperature: 0.2
          corruptor: {type: gaussian-noise, sigma: 0.3}
          readout: {type: attention, heads: 4}
        """);
    PluginSpecs.InfoNce expected = new PluginSpecs.InfoNce(null, null, null, null,
        new PluginSpecs.GaussianNoise(0.3, null), null, new PluginSpecs.Attention(4, null), 0.2);
    assertEquals(expected, e.task());
    assertEquals(e, mapper.readJson(mapper.writeJson(e)));
    assertEquals(e, mapper.readYaml(mapper.writeYaml(e)));
    assertTrue(mapper.writeYaml(e).contains("type: info-nce"), mapper.writeYaml(e));
    assertEquals(List.of("barlow-twins", "dgi", "info-nce", "triplet", "vicreg"),
        List.copyOf(mapper.typeNames(TaskSpec.class)));
    assertEquals(List.of("all-nodes", "attention", "first-node", "pool"),
        List.copyOf(mapper.typeNames(ReadoutSpec.class)));
  }

  @Test
  void pluginObjectsGetTheSameChecks() {
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> withPluginTypes().readYaml("""
            task:
              type: info-nce
              temprature: 0.2
              projector_units: [0]
              corruptor: {type: gaussian-noize}
              clean_view: {type: gaussian-noise, sigma: -1}
            """));
    assertEquals(List.of(
        "task.temprature: unknown property; did you mean 'temperature'?",
        "task.corruptor.type: unknown corruptor type 'gaussian-noize'; known corruptor types: "
            + "compose, drop-edges, dropout-features, even-steps, gaussian-noise, "
            + "mask-feature-columns, shuffle-features (did you mean 'gaussian-noise'?)",
        "task.projector_units[0]: must be positive, was 0",
        "task.clean_view.sigma: must be >= 0, was -1.0"), e.problems());
  }

  @Test
  void aConstructorsOwnCheckIsReportedAtItsPath() {
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> withPluginTypes().readYaml("""
            task:
              type: dgi
              corruptor:
                type: compose
                steps: [{type: drop-edges}, {type: even-steps, steps: 3}]
            """));
    assertEquals(List.of("task.corruptor.steps[1]: steps must be even, was 3"), e.problems());
  }

  @Test
  void jacksonsOwnErrorsAreReportedAtTheirPath() {
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> withPluginTypes().readYaml("""
            task:
              type: dgi
              readout: {type: attention, normalization: medium}
              corruptor: {type: compose, steps: [{type: drop-edges}, {type: even-steps, steps: 3}]}
            training: {epochs: 0}
            """));
    assertEquals(List.of("task.readout.normalization: Cannot deserialize value of type "
        + "`dev.contrastive4j.runtime.config.PluginSpecs$Normalization` from String \"medium\": "
        + "not one of the values accepted for Enum class: [SOFTMAX, SPARSEMAX]",
        "task.corruptor.steps[1]: steps must be even, was 3",
        "training.epochs: must be at least 1, was 0"), e.problems());
  }

  @Test
  void withoutRegistrationThePluginTypesAreUnknown() {
    ExperimentMapper builtIn = new ExperimentMapper();
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> builtIn.readYaml("task: {type: info-nce}"));
    assertEquals("task.type: unknown task type 'info-nce'; known task types: barlow-twins, dgi, "
        + "triplet, vicreg (a plugin adds its types when its jar is on the class path)",
        e.getMessage());
    Experiment plugin = Experiment.defaults().withTask(new PluginSpecs.InfoNce(null, null, null,
        null, null, null, null, null));
    IllegalArgumentException write = assertThrows(IllegalArgumentException.class,
        () -> builtIn.writeYaml(plugin));
    assertTrue(write.getMessage().startsWith("the experiment could not be read back (register "
        + "its types first): task.type: unknown task type"), write.getMessage());
    // Registering later takes effect for the next read.
    builtIn.registerTaskType("info-nce", PluginSpecs.InfoNce.class);
    assertEquals(plugin, builtIn.readYaml(builtIn.writeYaml(plugin)));
  }

  @Test
  void namesAndClassesAreRegisteredOnce() {
    ExperimentMapper mapper = withPluginTypes();
    mapper.registerTaskType("info-nce", PluginSpecs.InfoNce.class); // the same again is fine
    assertEquals("the task type 'dgi' is already registered for "
        + "dev.contrastive4j.api.experiment.TaskSpec$DgiSpec", assertThrows(
            IllegalArgumentException.class,
            () -> mapper.registerTaskType("dgi", PluginSpecs.InfoNce.class)).getMessage());
    assertEquals(PluginSpecs.GaussianNoise.class.getName() + " is already registered as the "
        + "corruptor type 'gaussian-noise'", assertThrows(IllegalArgumentException.class,
            () -> mapper.registerCorruptorType("noise", PluginSpecs.GaussianNoise.class))
        .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> mapper.registerCorruptorType(" ", PluginSpecs.EvenSteps.class));
    assertThrows(IllegalArgumentException.class,
        () -> mapper.registerCorruptorType("abstract", CorruptorSpec.class));
  }

  @Test
  void providersOnTheClassPathRegisterWithPlugins() {
    assertTrue(ExperimentMapper.withPlugins().typeNames(CorruptorSpec.class)
        .contains("gaussian-noise"));
    assertFalse(new ExperimentMapper().typeNames(CorruptorSpec.class).contains("gaussian-noise"));
    assertEquals(new PluginSpecs.GaussianNoise(0.1, null), ExperimentMapper.withPlugins()
        .readYaml("task: {type: dgi, corruptor: {type: gaussian-noise}}").task().corruptor());
  }

  @Test
  void mapValuesAndAPlainObjectsOwnTypeAreCheckedAsEveryValue() {
    ExperimentMapper mapper = new ExperimentMapper()
        .registerReadoutType("weighted", PluginSpecs.Weighted.class);
    assertEquals(new PluginSpecs.Weighted(Map.of("paper", 0.5, "author", 2.0),
        new PluginSpecs.Window(3)), mapper.readYaml("""
            task: {type: dgi, readout: {type: weighted, weights: {paper: 0.5, author: 2},
                window: {type: 3}}}
            """).task().readout());
    // Only a part chosen by a type name has a type name; a plain object's type is its own.
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> mapper.readYaml("""
            task: {type: dgi, readout: {type: weighted, weights: {paper: {kg: 2}, author: .nan},
                window: {type: wide}}}
            """));
    assertEquals(List.of("task.readout.weights.paper: must be a number, was an object",
        "task.readout.weights.author: must be a finite number, was .nan",
        "task.readout.window.type: must be an integer, was \"wide\""), e.problems());
    assertEquals(List.of("task.readout.weights: must be an object, was a list"),
        assertThrows(ConfigValidationException.class, () -> mapper.readYaml(
            "task: {type: dgi, readout: {type: weighted, weights: [1]}}")).problems());
  }

  @Test
  void aTaskItsConstructorRefusesHidesNoOtherProblem() {
    ExperimentMapper mapper = new ExperimentMapper()
        .registerTaskType("multi-view", PluginSpecs.MultiView.class);
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> mapper.readYaml("""
            task: {type: multi-view, views: 1}
            training: {epochs: 0}
            """));
    // The task is set aside and the rest bound again, so the model's own checks still run.
    assertEquals(List.of("task: views must be at least 2, was 1",
        "training.epochs: must be at least 1, was 0"), e.problems());
  }

  @Test
  void aPrimitiveLeftOutOrNullIsOneProblem() {
    ExperimentMapper mapper = new ExperimentMapper()
        .registerReadoutType("heads", PluginSpecs.Heads.class);
    String problem = "task.readout.heads: Cannot map `null` into type `int` (set "
        + "DeserializationConfig.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES to 'false' "
        + "to allow)";
    for (String readout : List.of("{type: heads}", "{type: heads, heads: null}")) {
      assertEquals(List.of(problem), assertThrows(ConfigValidationException.class,
          () -> mapper.readYaml("task: {type: dgi, readout: " + readout + "}")).problems(),
          readout);
    }
    assertEquals(new PluginSpecs.Heads(2),
        mapper.readYaml("task: {type: dgi, readout: {type: heads, heads: 2}}").task().readout());
  }
}
