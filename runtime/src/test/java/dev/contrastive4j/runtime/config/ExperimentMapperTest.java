package dev.contrastive4j.runtime.config;

import static dev.contrastive4j.api.experiment.dsl.Experiments.allNodes;
import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.compose;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropEdges;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropoutFeatures;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.firstNode;
import static dev.contrastive4j.api.experiment.dsl.Experiments.hetero;
import static dev.contrastive4j.api.experiment.dsl.Experiments.maskFeatureColumns;
import static dev.contrastive4j.api.experiment.dsl.Experiments.pool;
import static dev.contrastive4j.api.experiment.dsl.Experiments.sage;
import static dev.contrastive4j.api.experiment.dsl.Experiments.shuffleFeaturesGlobally;
import static dev.contrastive4j.api.experiment.dsl.Experiments.triplet;
import static dev.contrastive4j.api.experiment.dsl.Experiments.vicReg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExperimentMapperTest {
  private final ExperimentMapper mapper = new ExperimentMapper();

  /** One experiment through the Java DSL, touching every part. */
  static final Experiment BARLOW_TWINS = experiment(e -> e
      .seed(42)
      .dataset(d -> d.name("cora").dataDir("/data/planetoid"))
      .encoder(sage(s -> s.units(256, 128).activation("relu").dropout(0.2)))
      .task(barlowTwins(t -> t
          .nodeSet("paper")
          .projectorUnits(64)
          .seed(3)
          .corruptor(compose(dropEdges(0.3), maskFeatureColumns(c -> c.rate(0.25).seed(9))))
          .cleanView(dropoutFeatures(0.1))
          .readout(pool("max"))
          .lambda(0.005)))
      .training(t -> t.epochs(50).learningRate(0.01).weightDecay(5e-4).patience(7))
      .evaluation(v -> v.probeRepeats(3))
      .output(o -> o.directory("runs/bt").charts(false)));

  /** The same experiment as JSON, with some defaults left out. */
  static final String BARLOW_TWINS_JSON = """
      {
        "seed": 42,
        "dataset": {"name": "cora", "data_dir": "/data/planetoid"},
        "encoder": {"type": "sage", "units": [256, 128], "activation": "relu", "dropout": 0.2},
        "task": {
          "type": "barlow-twins",
          "node_set": "paper",
          "projector_units": [64],
          "seed": 3,
          "corruptor": {"type": "compose", "steps": [
            {"type": "drop-edges", "rate": 0.3},
            {"type": "mask-feature-columns", "rate": 0.25, "seed": 9}]},
          "clean_view": {"type": "dropout-features", "rate": 0.1},
          "readout": {"type": "pool", "pooling": "max"},
          "lambda": 0.005
        },
        "training": {"epochs": 50, "learning_rate": 0.01, "weight_decay": 0.0005, "patience": 7},
        "evaluation": {"probe_repeats": 3},
        "output": {"directory": "runs/bt", "charts": false}
      }
      """;

  /** The same experiment as YAML, with the type names first or last. */
  static final String BARLOW_TWINS_YAML = """
      seed: 42
      dataset:
        name: cora
        data_dir: /data/planetoid
      encoder:
        units: [256, 128]
        activation: relu
        dropout: 0.2
        type: sage
      task:
        type: barlow-twins
        node_set: paper
        projector_units: [64]
        seed: 3
        corruptor:
          type: compose
          steps:
            - {type: drop-edges, rate: 0.3}
            - type: mask-feature-columns
              rate: 0.25
              seed: 9
        clean_view: {type: dropout-features, rate: 0.1}
        readout: {pooling: max, type: pool}
        lambda: 0.005
      training:
        epochs: 50
        learning_rate: 0.01
        weight_decay: 5.0e-4
        patience: 7
      evaluation:
        probe_repeats: 3
      output:
        directory: runs/bt
        charts: false
      """;

  @Test
  void javaDslJsonAndYamlGiveEqualModels() {
    assertEquals(BARLOW_TWINS, mapper.readJson(BARLOW_TWINS_JSON));
    assertEquals(BARLOW_TWINS, mapper.readYaml(BARLOW_TWINS_YAML));
  }

  static Stream<Experiment> experiments() {
    return Stream.of(
        Experiment.defaults(),
        BARLOW_TWINS,
        experiment(e -> e
            .encoder(hetero(h -> h.units(32, 16).aggregation("sum").selfTransform(false)))
            .task(vicReg(t -> t.feature("hidden_state").simWeight(10).varWeight(20)
                .covWeight(2).readout(firstNode())))),
        experiment(e -> e
            .encoder(g -> g.units(16).selfLoops(false).activation("tanh"))
            .task(triplet(t -> t.margin(0.5).corruptor(shuffleFeaturesGlobally(c -> c.rate(0.5)))
                .positiveView(compose()).readout(allNodes())))),
        experiment(e -> e.task(t -> t.nodeSet("paper")
            .corruptor(shuffleFeaturesGlobally(c -> c.seed(7))))));
  }

  @ParameterizedTest
  @MethodSource("experiments")
  void roundTripsThroughJsonAndYaml(Experiment experiment) {
    String json = mapper.writeJson(experiment);
    String yaml = mapper.writeYaml(experiment);
    assertEquals(experiment, mapper.readJson(json));
    assertEquals(experiment, mapper.readYaml(yaml));
    // JSON -> model -> YAML -> model, and writing again changes nothing.
    assertEquals(yaml, mapper.writeYaml(mapper.readJson(json)));
    assertEquals(json, mapper.writeJson(mapper.readYaml(yaml)));
    assertFalse(json.contains("null"), json);
  }

  @ParameterizedTest
  @MethodSource("experiments")
  void readsWhatAPlainObjectMapperWrites(Experiment experiment) throws Exception {
    // Such as a run's config.json: nulls written out, which mean the defaults.
    String plain = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(experiment);
    assertEquals(experiment, mapper.readJson(plain));
  }

  @Test
  void writesEveryDefaultAndNoNulls() {
    assertEquals("""
        seed: 0
        dataset:
          name: csbm
          normalize_features: false
        encoder:
          type: gcn
          units:
          - 512
          activation: prelu
          dropout: 0.0
          self_loops: true
        task:
          type: dgi
          feature: hidden_state
          projector_units: []
          readout:
            type: all-nodes
          discriminator: uniform
        training:
          epochs: 1000
          learning_rate: 0.001
          weight_decay: 0.0
          patience: 20
          metrics_every: 50
          batch_components: 0
          shuffle_components: true
          checkpoint_every: 50
        evaluation:
          probe_repeats: 5
          probe_c:
          - 0.01
          - 0.03
          - 0.1
          - 0.3
          - 1.0
          - 3.0
          probe_protocol: validated_l2
        output:
          charts: true
        """, mapper.writeYaml(Experiment.defaults()));
    assertTrue(mapper.writeJson(Experiment.defaults()).startsWith("{\n  \"seed\": 0,\n"));
  }

  @Test
  void stringsThatLookLikeOtherScalarsStayStrings() {
    Experiment e = experiment(x -> x.task(t -> t.nodeSet("2019").feature("true")));
    assertTrue(mapper.writeYaml(e).contains("node_set: \"2019\""), mapper.writeYaml(e));
    assertEquals(e, mapper.readYaml(mapper.writeYaml(e)));
    // YAML 1.1's other numbers and booleans were written plain, and read back changed (0x10
    // as 16) or refused (1e-3 as a fraction): every one is quoted now.
    for (String text : List.of("1e-3", "1e3", "3.4e+38", ".nan", ".inf", "-.inf", "0x10",
        "1_000", "0b11", "yes", "No", "on", "OFF", "~", "190:20:30")) {
      Experiment named = experiment(x -> x.output(o -> o.directory(text)));
      String yaml = mapper.writeYaml(named);
      assertTrue(yaml.contains("directory: \"" + text + "\""), yaml);
      assertEquals(named, mapper.readYaml(yaml), text);
    }
    // Plain words stay plain.
    String plain = mapper.writeYaml(experiment(x -> x.output(o -> o.directory("runs/x"))));
    assertTrue(plain.contains("directory: runs/x\n"), plain);
  }

  @Test
  void anExperimentWithAValueNoFileHoldsIsNotCalledUnregistered() {
    // It said 'register its types first' of a NaN learning rate.
    Experiment nan = Experiment.defaults().withTraining(
        Experiment.defaults().training().withLearningRate(Double.NaN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> mapper.writeYaml(nan));
    assertEquals("the experiment could not be read back: training.learning_rate: must be a "
        + "finite number, was NaN", e.getMessage());
  }

  static Stream<Arguments> everyTypeName() {
    return Stream.of(
        Arguments.of("{\"encoder\": {\"type\": \"gcn\"}}", EncoderSpec.GcnSpec.class),
        Arguments.of("{\"encoder\": {\"type\": \"sage\"}}", EncoderSpec.SageSpec.class),
        Arguments.of("{\"encoder\": {\"type\": \"hetero\"}}", EncoderSpec.HeteroSpec.class),
        Arguments.of("{\"task\": {\"type\": \"dgi\"}}", TaskSpec.DgiSpec.class),
        Arguments.of("{\"task\": {\"type\": \"barlow-twins\"}}", TaskSpec.BarlowTwinsSpec.class),
        Arguments.of("{\"task\": {\"type\": \"vicreg\"}}", TaskSpec.VicRegSpec.class),
        Arguments.of("{\"task\": {\"type\": \"triplet\"}}", TaskSpec.TripletSpec.class),
        Arguments.of(corruptor("shuffle-features"), CorruptorSpec.ShuffleFeatures.class),
        Arguments.of(corruptor("dropout-features"), CorruptorSpec.DropoutFeatures.class),
        Arguments.of(corruptor("drop-edges"), CorruptorSpec.DropEdges.class),
        Arguments.of(corruptor("mask-feature-columns"), CorruptorSpec.MaskFeatureColumns.class),
        Arguments.of(corruptor("compose"), CorruptorSpec.Compose.class),
        Arguments.of(readout("first-node"), ReadoutSpec.FirstNode.class),
        Arguments.of(readout("all-nodes"), ReadoutSpec.AllNodes.class),
        Arguments.of(readout("pool"), ReadoutSpec.Pool.class));
  }

  private static String corruptor(String type) {
    return "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": \"" + type + "\"}}}";
  }

  private static String readout(String type) {
    return "{\"task\": {\"type\": \"dgi\", \"readout\": {\"type\": \"" + type + "\"}}}";
  }

  @ParameterizedTest
  @MethodSource("everyTypeName")
  void everyBuiltInTypeNameReads(String json, Class<?> expected) {
    Experiment e = mapper.readJson(json);
    Object part = json.contains("corruptor") ? e.task().corruptor()
        : json.contains("readout") ? e.task().readout()
        : json.contains("encoder") ? e.encoder() : e.task();
    assertEquals(expected, part.getClass());
  }

  @Test
  void knowsTheBuiltInTypeNames() {
    assertEquals(List.of("gcn", "hetero", "sage"),
        List.copyOf(mapper.typeNames(EncoderSpec.class)));
    assertEquals(List.of("barlow-twins", "dgi", "triplet", "vicreg"),
        List.copyOf(mapper.typeNames(TaskSpec.class)));
    assertEquals(List.of("compose", "drop-edges", "dropout-features", "mask-feature-columns",
        "shuffle-features"), List.copyOf(mapper.typeNames(CorruptorSpec.class)));
    assertEquals(List.of("all-nodes", "first-node", "pool"),
        List.copyOf(mapper.typeNames(ReadoutSpec.class)));
    assertThrows(IllegalArgumentException.class, () -> mapper.typeNames(Experiment.class));
  }

  @Test
  void knowsTheParametersOfEachTypeBesidesItsName() {
    assertEquals(List.of("pooling"), mapper.parameterNames(ReadoutSpec.class, "pool"));
    assertEquals(List.of(), mapper.parameterNames(ReadoutSpec.class, "first-node"));
    assertEquals(List.of("rate", "seed"),
        mapper.parameterNames(CorruptorSpec.class, "drop-edges"));
    assertEquals("no readout type is named 'poll'; known: all-nodes, first-node, pool",
        assertThrows(IllegalArgumentException.class,
            () -> mapper.parameterNames(ReadoutSpec.class, "poll")).getMessage());
  }

  private ConfigValidationException failure(String json) {
    return assertThrows(ConfigValidationException.class, () -> mapper.readJson(json));
  }

  private ConfigValidationException yamlFailure(String yaml) {
    return assertThrows(ConfigValidationException.class, () -> mapper.readYaml(yaml));
  }

  @Test
  void unknownPropertiesSuggestTheClosestKnownOne() {
    assertEquals("task.projecter_units: unknown property; did you mean 'projector_units'?",
        failure("{\"task\": {\"type\": \"dgi\", \"projecter_units\": [16]}}").getMessage());
    assertEquals("task.nodeSet: unknown property; did you mean 'node_set'?",
        failure("{\"task\": {\"type\": \"dgi\", \"nodeSet\": \"paper\"}}").getMessage());
    assertEquals("training.learning-rate: unknown property; did you mean 'learning_rate'?",
        yamlFailure("training:\n  learning-rate: 0.01\n").getMessage());
    assertEquals("tasks: unknown property; did you mean 'task'?",
        failure("{\"tasks\": {}}").getMessage());
    assertEquals("task.corruptor.steps[0].sede: unknown property; did you mean 'seed'?",
        yamlFailure("task:\n  type: dgi\n  corruptor:\n    type: compose\n    steps:\n"
            + "      - {type: drop-edges, sede: 3}\n").getMessage());
  }

  @Test
  void unknownPropertiesWithoutACloseOneListTheKnownOnes() {
    assertEquals("training.lr: unknown property; known properties: epochs, learning_rate, "
        + "weight_decay, patience, metrics_every, batch_components, shuffle_components, "
        + "checkpoint_every",
        failure("{\"training\": {\"lr\": 0.1}}").getMessage());
    assertEquals("task.readout.pooling: unknown property; known properties: type",
        yamlFailure("task: {type: dgi, readout: {type: first-node, pooling: max}}")
            .getMessage());
  }

  @Test
  void unknownTypeNamesListTheKnownOnes() {
    assertEquals("task.type: unknown task type 'barlow_twins'; known task types: barlow-twins, "
        + "dgi, triplet, vicreg (did you mean 'barlow-twins'?)",
        failure("{\"task\": {\"type\": \"barlow_twins\"}}").getMessage());
    assertEquals("encoder.type: unknown encoder type 'transformer'; known encoder types: gcn, "
        + "hetero, sage", failure("{\"encoder\": {\"type\": \"transformer\"}}").getMessage());
    // A name that is no misspelling may be a plugin's (not so for encoders, which are closed).
    assertEquals("task.corruptor.type: unknown corruptor type 'shuffle'; known corruptor types: "
        + "compose, drop-edges, dropout-features, mask-feature-columns, shuffle-features (a "
        + "plugin adds its types when its jar is on the class path)",
        yamlFailure("task: {type: dgi, corruptor: {type: shuffle}}").getMessage());
    assertEquals("task.readout.type: missing; known readout types: all-nodes, first-node, pool",
        yamlFailure("task: {type: dgi, readout: {pooling: max}}").getMessage());
    assertEquals("encoder.type: must be a string, was 3; known encoder types: gcn, hetero, sage",
        failure("{\"encoder\": {\"type\": 3}}").getMessage());
    // Not an unknown type with the advice to put a plugin's jar on the class path.
    assertEquals("task.type: must not be blank; known task types: barlow-twins, dgi, triplet, "
        + "vicreg", yamlFailure("task: {type: ''}").getMessage());
    assertEquals("task: must be an object with a 'type', was \"dgi\"; known task types: "
        + "barlow-twins, dgi, triplet, vicreg", yamlFailure("task: dgi\n").getMessage());
  }

  @Test
  void valuesOfTheWrongKindNameTheirPath() {
    assertEquals(List.of(
        "seed: must be an integer, was \"seven\"",
        "dataset: must be an object, was \"cora\"",
        "encoder.units: must be a list, was 16",
        "encoder.dropout: must be a number, was \"0.1\"",
        "encoder.self_loops: must be true or false, was \"yes\"",
        "task.projector_units[1]: must be an integer, was 2.5",
        "task.projector_units[2]: must not be null",
        "task.node_set: must be a string, was a list",
        "training.epochs: must be at most 2147483647 (an int), was 3000000000"),
        failure("""
            {"seed": "seven", "dataset": "cora",
             "encoder": {"type": "gcn", "units": 16, "dropout": "0.1", "self_loops": "yes"},
             "task": {"type": "dgi", "projector_units": [1, 2.5, null], "node_set": ["a"]},
             "training": {"epochs": 3000000000}}
            """).problems());
  }

  @Test
  void nullMeansTheDefault() {
    assertEquals(Experiment.defaults(), mapper.readJson(
        "{\"seed\": null, \"task\": null, \"training\": {\"epochs\": null}}"));
    assertEquals(Experiment.defaults(), mapper.readYaml("seed:\ntask:\n"));
  }

  @Test
  void aNameMayBeAnIntegerOrABooleanButNotAFractionOrNaN() {
    assertEquals("2024", mapper.readYaml("output: {directory: 2024}").output().directory());
    assertEquals("true", mapper.readYaml("output: {directory: true}").output().directory());
    // Read as text, these were the names "NaN" and "1.0E300", not what was written.
    assertEquals(List.of("output.directory: must be a string, was NaN",
        "task.node_set: must be a string, was 1.0E300"), failure("""
            {"output": {"directory": NaN}, "task": {"type": "dgi", "node_set": 1e300}}
            """).problems());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ConfigValidationException e = yamlFailure("""
        seed: 1
        encoder:
          type: gcn
          units: [16, 0]
          activaton: relu
        task:
          type: dgi
          projecter_units: [8]
          corruptor:
            type: shuffle-features
            rate: 1.5
          readout: {type: pool, pooling: median}
        training:
          epochs: 0
          learning_rate: ten
        evaluation:
          probe_repeats: 0
        """);
    List<String> expected = List.of(
        "encoder.activaton: unknown property; did you mean 'activation'?",
        "task.projecter_units: unknown property; did you mean 'projector_units'?",
        "training.learning_rate: must be a number, was \"ten\"",
        "encoder.units[1]: must be positive, was 0",
        "task.corruptor.rate: must be in [0, 1], was 1.5",
        "task.readout.pooling: must be one of mean, sum, max, was 'median'",
        "training.epochs: must be at least 1, was 0",
        "evaluation.probe_repeats: must be at least 1, was 0");
    assertEquals(expected, e.problems());
    String nl = System.lineSeparator();
    assertEquals("8 problems:" + nl + "  " + String.join(nl + "  ", expected), e.getMessage());
  }

  @Test
  void syntaxErrorsGiveLineAndColumn() {
    assertEquals("line 2, column 13: Unexpected character (',' (code 44)): was expecting "
        + "double-quote to start field name", failure("{\"seed\": 1,\n \"task\": {},, }")
        .getMessage());
    String duplicate = ": duplicate key; each key may appear once in a mapping";
    assertEquals("line 1, column 19: seed" + duplicate,
        failure("{\"seed\": 1, \"seed\": 2}").getMessage());
    assertEquals("line 2, column 5: seed" + duplicate,
        yamlFailure("seed: 1\nseed: 2\n").getMessage());
    // The key's path, not only its name.
    assertEquals("line 1, column 42: training.epochs" + duplicate,
        yamlFailure("training: {epochs: 5, patience: 3, epochs: 6}\n").getMessage());
    assertEquals("line 3, column 32: task.corruptor.steps[1].type" + duplicate,
        failure("""
            {"task": {"type": "dgi", "corruptor": {"type": "compose", "steps": [
              {"type": "drop-edges"},
              {"type": "drop-edges", "type": "compose"}]}}}""").getMessage());
    assertEquals("line 3, column 14: mapping values are not allowed here",
        yamlFailure("task:\n  type: dgi\n  node_set: a: b\n").getMessage());
    assertEquals("line 2, column 1: expected ',' or ']', but got <stream end>",
        yamlFailure("seed: [1\n").getMessage());
  }

  @Test
  void syntaxErrorsAreToldInTheFilesTermsNotTheParsers() {
    // They named Jackson's feature ALLOW_COMMENTS, SnakeYAML's '\t(TAB)' and its event classes.
    assertEquals("line 1, column 3: a comment, which JSON does not allow; remove it, or write "
        + "the experiment as YAML, where # starts a comment",
        failure("{ // the seed\n \"seed\": 1}").getMessage());
    assertEquals("line 2, column 1: a tab, which YAML does not allow in indentation; indent "
        + "with spaces", yamlFailure("training:\n\tepochs: 5\n").getMessage());
    String complexKey = yamlFailure("? [a, b]\n: 1\n").getMessage();
    assertTrue(complexKey.endsWith("a key that is a list or mapping; keys are plain names"),
        complexKey);
  }

  @Test
  void aYamlIntegerWithALeadingZeroIsRefusedNotReadAsOctal() {
    // 'epochs: 010' trained 8 epochs: Jackson reads YAML 1.1's octal notation.
    assertEquals("line 1, column 20: 010 has a leading zero, which YAML 1.1 reads as an octal "
        + "number (8); write the number without it",
        yamlFailure("training: {epochs: 010}\n").getMessage());
    assertEquals(10, mapper.readYaml("training: {epochs: 10}\n").training().epochs());
    assertEquals(0L, mapper.readYaml("seed: 0\n").seed());
  }

  @Test
  void aSecondDocumentIsASyntaxErrorWhereItStarts() {
    // Not Jackson's 'Trailing token (of type START_OBJECT) found after value (bound as ...)'.
    String problem = ": content after the end of the document; a file holds one";
    assertEquals("line 1, column 13" + problem, failure("{\"seed\": 3} {}").getMessage());
    assertEquals("line 3, column 1" + problem, yamlFailure("seed: 3\n---\nseed: 4\n").getMessage());
  }

  @Test
  void yamlAliasesStandForTheNodeTheirAnchorMarks() {
    // Jackson's YAML parser gives an alias as its anchor's name: directory "name", a view "aug".
    Experiment e = mapper.readYaml("""
        dataset: {name: &name cora}
        task:
          type: barlow-twins
          corruptor: &aug {type: drop-edges, rate: 0.3}
          clean_view: *aug
        output: {directory: *name}
        """);
    assertEquals("cora", e.output().directory());
    assertEquals(dropEdges(0.3), e.task().cleanView());
    assertEquals(dropEdges(0.3), e.task().corruptor());
  }

  @Test
  void yamlMergeKeysAddTheKeysTheMappingLacks() {
    Experiment e = mapper.readYaml("""
        training:
          <<: [{epochs: 5, patience: 1}, {epochs: 6, metrics_every: 2}]
          patience: 3
        evaluation: &probe {probe_repeats: 2}
        output:
          <<: {charts: false}
        """);
    assertEquals(new TrainingSpec(5, null, null, 3, 2), e.training());
    assertEquals(2, e.evaluation().probeRepeats());
    assertFalse(e.output().charts());
  }

  @Test
  void yamlAliasesThatCannotBeResolvedAreSyntaxErrors() {
    assertEquals("line 1, column 11: the alias *x has no anchor &x before it",
        yamlFailure("training: *x\n").getMessage());
    assertEquals("line 2, column 14: the alias *t is inside the node its anchor &t marks; a "
        + "node cannot contain itself", yamlFailure("task: &t\n  corruptor: *t\n").getMessage());
    assertEquals("line 2, column 7: a merge key (<<) takes a mapping or a list of mappings, was "
        + "a number", yamlFailure("training:\n  <<: 5\n").getMessage());
    String laughs = "a: &a [1]\n" + "b: [" + "*a, ".repeat(51) + "]\n";
    assertEquals("line 2, column 205: more than 50 aliases of lists or mappings",
        yamlFailure(laughs).getMessage());
  }

  @Test
  void notANumberAndInfinityAreRefusedAtTheirPath() {
    // JSON's NaN and Infinity (as Python's json module writes them), every problem at once.
    ConfigValidationException json = failure("""
        {"training": {"learning_rate": NaN},
         "task": {"type": "dgi", "corruptor": {"type": "drop-edges", "rate": Infinity}},
         "evaluation": {"probe_c": [1, -Infinity]}}""");
    assertEquals(List.of(
        "training.learning_rate: must be a finite number, was NaN",
        "task.corruptor.rate: must be a finite number, was Infinity",
        "evaluation.probe_c[1]: must be a finite number, was -Infinity"), json.problems());
    // YAML's .nan and .inf, spelled as written.
    assertEquals("training.learning_rate: must be a finite number, was .nan",
        yamlFailure("training:\n  epochs: 5\n  learning_rate: .nan\n").getMessage());
    assertEquals("evaluation.probe_c[1]: must be a finite number, was -.Inf",
        yamlFailure("evaluation:\n  probe_c: [1, -.Inf]\n").getMessage());
  }

  @Test
  void yamlNotANumberWhereNoNumberGoesSaysWhatGoesThere() {
    // The parser could not read .nan or .inf, and its failure was reported as 'must be a
    // finite number' wherever it stood: at a task, a type name, a list of integers, a switch.
    // As JSON's NaN, each is now refused for what the field takes, every problem at once.
    assertEquals(List.of(
        "task: must be an object with a 'type', was .nan; known task types: barlow-twins, dgi, "
            + "triplet, vicreg",
        "encoder.type: must be a string, was .inf; known encoder types: gcn, hetero, sage",
        "training.shuffle_components: must be true or false, was -.inf",
        "evaluation.probe_repeats: must be an integer, was .NaN"), yamlFailure("""
            task: .nan
            encoder: {type: .inf}
            training: {shuffle_components: -.inf}
            evaluation: {probe_repeats: .NaN}
            """).problems());
    assertEquals("encoder.units[0]: must be an integer, was .nan",
        yamlFailure("encoder: {type: gcn, units: [.nan]}\n").getMessage());
    assertEquals("output.directory: must be a string, was .inf",
        yamlFailure("output: {directory: .inf}\n").getMessage());
  }

  @Test
  void aValueSetAsideIsNotBlamedOnAnotherField() {
    // A batch_components of the wrong kind is read as its default 0, which made the
    // shuffle_components: false beside it a second problem, one the user never made.
    assertEquals(List.of("training.batch_components: must be an integer, was \"ten\""),
        yamlFailure("training: {batch_components: ten, shuffle_components: false}\n")
            .problems());
    // Likewise a name of the wrong kind is not the built-in CSBM that takes no data_dir.
    assertEquals(List.of("dataset.name: must be a string, was a list"),
        yamlFailure("dataset: {name: [cora], data_dir: /data}\n").problems());
    // The rules still hold where the other field was written.
    assertEquals(List.of("training.shuffle_components: only mini-batches (batch_components "
            + "above 0) take the components in an order, shuffled or not, and batch_components "
            + "0 trains on the whole graph in one step; leave it at true, or set "
            + "batch_components, was false"),
        yamlFailure("training: {batch_components: 0, shuffle_components: false}\n").problems());
  }

  @Test
  void everyFloatValuedFieldMustSurviveAsAFloat() {
    // Training computes in float: 1e300 became Infinity and 1e-300 became 0, silently.
    String big = "must be at most 3.4028235E38 (the largest float, which training computes "
        + "in), was 1.0E300";
    String tiny = "at least 1.4E-45 (the smallest float above 0, which training computes in), "
        + "was 1.0E-300";
    assertEquals(List.of("task.lambda: " + big,
        "training.learning_rate: must be " + tiny,
        "training.weight_decay: must be 0 or " + tiny,
        "evaluation.probe_c[0]: must be " + tiny), yamlFailure("""
            task: {type: barlow-twins, lambda: 1.0e300}
            training: {learning_rate: 1.0e-300, weight_decay: 1.0e-300}
            evaluation: {probe_c: [1.0e-300]}
            """).problems());
    assertEquals(List.of("task.sim_weight: " + big, "task.cov_weight: must be 0 or " + tiny),
        yamlFailure("task: {type: vicreg, sim_weight: 1.0e300, cov_weight: 1.0e-300}\n")
            .problems());
    assertEquals(List.of("task.margin: " + big),
        yamlFailure("task: {type: triplet, margin: 1.0e300}\n").problems());
    // The largest and smallest floats themselves are fine, and so is 0.
    mapper.readYaml("task: {type: triplet, margin: 3.4028235e38}\n"
        + "training: {learning_rate: 1.4e-45, weight_decay: 0.0}\n");
  }

  @Test
  void encoderUnitsAreIntegersAsProjectorUnitsAre() {
    // They were longs, so the two widths of one experiment had two types.
    Experiment e = mapper.readYaml("""
        encoder: {type: sage, units: [16, 8]}
        task: {type: dgi, projector_units: [4]}
        """);
    assertEquals(List.of(16, 8), e.encoder().units());
    assertEquals(List.of(4), e.task().projectorUnits());
    String big = "must be at most 2147483647 (an int), was 3000000000";
    assertEquals(List.of("encoder.units[0]: " + big, "task.projector_units[0]: " + big),
        yamlFailure("""
        encoder: {type: sage, units: [3000000000]}
        task: {type: dgi, projector_units: [3000000000]}
        """).problems());
    // Past the other end, the other bound; a seed, a long, past a long's.
    assertEquals(List.of("seed: must be at most 9223372036854775807 (a long), was "
        + "9223372036854775808", "encoder.units[0]: must be at least -2147483648 (an int), was "
        + "-3000000000"), yamlFailure("""
        seed: 9223372036854775808
        encoder: {type: sage, units: [-3000000000]}
        """).problems());
  }

  @Test
  void emptyAndNonObjectDocumentsAreRejected() {
    String empty = "is empty; an experiment is an object such as {\"task\": {\"type\": \"dgi\"}}";
    assertEquals(empty, failure("").getMessage());
    assertEquals(empty, yamlFailure("").getMessage());
    assertEquals(empty, yamlFailure("---\n").getMessage());
    assertEquals("must hold an object of experiment settings, was a list",
        failure("[1, 2]").getMessage());
    assertEquals("must hold an object of experiment settings, was \"dgi\"",
        yamlFailure("dgi").getMessage());
    assertEquals(Experiment.defaults(), mapper.readJson("{}"));
  }

  @Test
  void theSourceComesFirst() {
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> mapper.read("{\"training\": {\"epochs\": 0}}", ConfigFormat.JSON, "exp.json"));
    assertEquals("exp.json: training.epochs: must be at least 1, was 0", e.getMessage());
    assertEquals("exp.json", e.source());
  }

  @Test
  void fromTreeLeavesTheTreeAsItIs() throws Exception {
    ObjectNode tree = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"seed\": 3, \"sed\": 1}");
    String before = tree.toString();
    assertThrows(ConfigValidationException.class, () -> mapper.fromTree(tree, null));
    assertEquals(before, tree.toString());
    tree.remove("sed");
    assertEquals(Experiment.defaults().withSeed(3), mapper.fromTree(tree, null));
    assertEquals(mapper.toTree(Experiment.defaults().withSeed(3)),
        mapper.toTree(mapper.fromTree(tree, null)));
  }
}
