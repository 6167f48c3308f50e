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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.dsl.Experiments;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field docs/experiment-config.md lists, written in YAML, in JSON and with the Java DSL,
 * gives one model (the Kotlin DSL's are in the examples' {@code KotlinDslTest}), and one that
 * differs from the defaults, so that no form drops the field. {@code from_bindings} and
 * {@code dataset.from_binding} are left out: a run writes them, and the DSL has none.
 */
class EveryFieldThreeWaysTest {
  private static final Path PAGE = Path.of("..", "docs", "experiment-config.md");
  private final ExperimentMapper mapper = new ExperimentMapper();

  /** One field (or a few that go together) in the three forms. */
  record Field(String name, String yaml, String json, Experiment dsl) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Field> fields() {
    return Stream.of(
        new Field("seed", "seed: 42", "{\"seed\": 42}", experiment(x -> x.seed(42))),
        new Field("dataset.name, data_dir, normalize_features",
            "dataset:\n  name: cora\n  data_dir: /data\n  normalize_features: true",
            "{\"dataset\": {\"name\": \"cora\", \"data_dir\": \"/data\", "
                + "\"normalize_features\": true}}",
            experiment(x -> x.dataset(d -> d.name("cora").dataDir("/data")
                .normalizeFeatures(true)))),
        new Field("encoder (gcn): units, activation, dropout, self_loops",
            "encoder:\n  type: gcn\n  units: [64, 32]\n  activation: relu\n  dropout: 0.25\n"
                + "  self_loops: false",
            "{\"encoder\": {\"type\": \"gcn\", \"units\": [64, 32], \"activation\": \"relu\", "
                + "\"dropout\": 0.25, \"self_loops\": false}}",
            experiment(x -> x.encoder(g -> g.units(64, 32).activation("relu").dropout(0.25)
                .selfLoops(false)))),
        new Field("encoder (sage)", "encoder: {type: sage, units: [16], activation: tanh}",
            "{\"encoder\": {\"type\": \"sage\", \"units\": [16], \"activation\": \"tanh\"}}",
            experiment(x -> x.encoder(sage(s -> s.units(16).activation("tanh"))))),
        new Field("encoder (hetero): aggregation, self_transform",
            "encoder:\n  type: hetero\n  aggregation: sum\n  self_transform: false",
            "{\"encoder\": {\"type\": \"hetero\", \"aggregation\": \"sum\", "
                + "\"self_transform\": false}}",
            experiment(x -> x.encoder(hetero(h -> h.aggregation("sum").selfTransform(false))))),
        new Field("task: node_set, feature, projector_units, seed",
            "task:\n  type: dgi\n  node_set: paper\n  feature: h\n  projector_units: [8, 4]\n"
                + "  seed: 3",
            "{\"task\": {\"type\": \"dgi\", \"node_set\": \"paper\", \"feature\": \"h\", "
                + "\"projector_units\": [8, 4], \"seed\": 3}}",
            experiment(x -> x.task(t -> t.nodeSet("paper").feature("h").projectorUnits(8, 4)
                .seed(3)))),
        new Field("task: corruptor, clean_view, readout",
            "task:\n  type: dgi\n  corruptor: {type: drop-edges}\n"
                + "  clean_view: {type: mask-feature-columns}\n  readout: {type: first-node}",
            "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": \"drop-edges\"}, "
                + "\"clean_view\": {\"type\": \"mask-feature-columns\"}, "
                + "\"readout\": {\"type\": \"first-node\"}}}",
            experiment(x -> x.task(t -> t.corruptor(dropEdges()).cleanView(maskFeatureColumns())
                .readout(firstNode())))),
        new Field("dgi: discriminator", "task: {type: dgi, discriminator: bilinear_glorot}",
            "{\"task\": {\"type\": \"dgi\", \"discriminator\": \"bilinear_glorot\"}}",
            experiment(x -> x.task(t -> t.discriminator("bilinear_glorot")))),
        new Field("encoder: activation prelu_shared",
            "encoder: {type: gcn, activation: prelu_shared}",
            "{\"encoder\": {\"type\": \"gcn\", \"activation\": \"prelu_shared\"}}",
            experiment(x -> x.encoder(g -> g.activation("prelu_shared")))),
        new Field("barlow-twins: lambda, normalize_batch",
            "task: {type: barlow-twins, lambda: 0.005, normalize_batch: false}",
            "{\"task\": {\"type\": \"barlow-twins\", \"lambda\": 0.005, "
                + "\"normalize_batch\": false}}",
            experiment(x -> x.task(barlowTwins(t -> t.lambda(0.005).normalizeBatch(false))))),
        new Field("vicreg: sim_weight, var_weight, cov_weight",
            "task: {type: vicreg, sim_weight: 10, var_weight: 20, cov_weight: 2}",
            "{\"task\": {\"type\": \"vicreg\", \"sim_weight\": 10, \"var_weight\": 20, "
                + "\"cov_weight\": 2}}",
            experiment(x -> x.task(vicReg(t -> t.simWeight(10).varWeight(20).covWeight(2))))),
        new Field("triplet: margin, positive_view",
            "task: {type: triplet, margin: 0.5, positive_view: {type: dropout-features}}",
            "{\"task\": {\"type\": \"triplet\", \"margin\": 0.5, "
                + "\"positive_view\": {\"type\": \"dropout-features\"}}}",
            experiment(x -> x.task(triplet(t -> t.margin(0.5).positiveView(dropoutFeatures()))))),
        new Field("shuffle-features: rate, seed",
            "task: {type: dgi, corruptor: {type: shuffle-features, rate: 0.5, seed: 7}}",
            "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": \"shuffle-features\", "
                + "\"rate\": 0.5, \"seed\": 7}}}",
            experiment(x -> x.task(t -> t.corruptor(shuffleFeaturesGlobally(
                c -> c.rate(0.5).seed(7)))))),
        new Field("dropout-features, drop-edges, mask-feature-columns: rate, seed; compose",
            "task:\n  type: dgi\n  corruptor:\n    type: compose\n    steps:\n"
                + "    - {type: dropout-features, rate: 0.3, seed: 1}\n"
                + "    - {type: drop-edges, rate: 0.4, seed: 2}\n"
                + "    - {type: mask-feature-columns, rate: 0.5, seed: 3}",
            "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": \"compose\", \"steps\": ["
                + "{\"type\": \"dropout-features\", \"rate\": 0.3, \"seed\": 1}, "
                + "{\"type\": \"drop-edges\", \"rate\": 0.4, \"seed\": 2}, "
                + "{\"type\": \"mask-feature-columns\", \"rate\": 0.5, \"seed\": 3}]}}}",
            experiment(x -> x.task(t -> t.corruptor(compose(
                dropoutFeatures(c -> c.rate(0.3).seed(1)), dropEdges(c -> c.rate(0.4).seed(2)),
                maskFeatureColumns(c -> c.rate(0.5).seed(3))))))),
        new Field("readouts: all-nodes, pool's pooling",
            "task: {type: triplet, readout: {type: pool, pooling: max}, "
                + "positive_view: {type: compose, steps: []}}",
            "{\"task\": {\"type\": \"triplet\", \"readout\": {\"type\": \"pool\", "
                + "\"pooling\": \"max\"}, \"positive_view\": {\"type\": \"compose\", "
                + "\"steps\": []}}}",
            experiment(x -> x.task(triplet(t -> t.readout(pool(p -> p.pooling("max")))
                .positiveView(compose()))))),
        new Field("readout all-nodes", "task: {type: vicreg, readout: {type: all-nodes}}",
            "{\"task\": {\"type\": \"vicreg\", \"readout\": {\"type\": \"all-nodes\"}}}",
            experiment(x -> x.task(vicReg(t -> t.readout(allNodes()))))),
        new Field("training.*",
            "training:\n  epochs: 30\n  learning_rate: 0.01\n  weight_decay: 0.0005\n"
                + "  patience: 0\n  metrics_every: 5\n  batch_components: 4\n"
                + "  shuffle_components: false\n  checkpoint_every: 10",
            "{\"training\": {\"epochs\": 30, \"learning_rate\": 0.01, \"weight_decay\": 0.0005, "
                + "\"patience\": 0, \"metrics_every\": 5, \"batch_components\": 4, "
                + "\"shuffle_components\": false, \"checkpoint_every\": 10}}",
            experiment(x -> x.training(t -> t.epochs(30).learningRate(0.01).weightDecay(5e-4)
                .patience(0).metricsEvery(5).batchComponents(4).shuffleComponents(false)
                .checkpointEvery(10)))),
        new Field("evaluation.*", "evaluation: {probe_repeats: 2, probe_c: [0.1, 1]}",
            "{\"evaluation\": {\"probe_repeats\": 2, \"probe_c\": [0.1, 1]}}",
            experiment(x -> x.evaluation(v -> v.probeRepeats(2).probeC(0.1, 1)))),
        new Field("evaluation.probe_protocol",
            "evaluation: {probe_repeats: 50, probe_protocol: dgi_paper}",
            "{\"evaluation\": {\"probe_repeats\": 50, \"probe_protocol\": \"dgi_paper\"}}",
            experiment(x -> x.evaluation(v -> v.probeRepeats(50).probeProtocol("dgi_paper")))),
        new Field("output.*", "output: {directory: runs/x, charts: false}",
            "{\"output\": {\"directory\": \"runs/x\", \"charts\": false}}",
            experiment(x -> x.output(o -> o.directory("runs/x").charts(false)))));
  }

  @ParameterizedTest
  @MethodSource("fields")
  void yamlJsonAndTheJavaDslGiveOneModel(Field field) {
    Experiment yaml = mapper.readYaml(field.yaml());
    assertEquals(field.dsl(), yaml, "YAML");
    assertEquals(field.dsl(), mapper.readJson(field.json()), "JSON");
    assertNotEquals(Experiment.defaults(), yaml, "the field changes nothing");
    // What a run writes as config.json reads back as the same model.
    assertEquals(yaml, mapper.readJson(mapper.writeJson(field.dsl())));
  }

  /** The DSL column of the page's field tables names the DSL's own methods. */
  @Test
  void theDslNamesThePageGivesExist() throws Exception {
    String page = Files.readString(PAGE);
    String fields = page.substring(page.indexOf("## Every field and its default"),
        page.indexOf("## Validation"));
    Set<String> methods = new HashSet<>();
    for (Class<?> type : List.of(Experiments.class,
        dev.contrastive4j.api.experiment.dsl.ExperimentBuilder.class,
        dev.contrastive4j.api.experiment.dsl.DatasetBuilder.class,
        dev.contrastive4j.api.experiment.dsl.GcnBuilder.class,
        dev.contrastive4j.api.experiment.dsl.HeteroBuilder.class,
        dev.contrastive4j.api.experiment.dsl.DgiBuilder.class,
        dev.contrastive4j.api.experiment.dsl.BarlowTwinsBuilder.class,
        dev.contrastive4j.api.experiment.dsl.VicRegBuilder.class,
        dev.contrastive4j.api.experiment.dsl.TripletBuilder.class,
        dev.contrastive4j.api.experiment.dsl.TrainingBuilder.class,
        dev.contrastive4j.api.experiment.dsl.EvaluationBuilder.class,
        dev.contrastive4j.api.experiment.dsl.OutputBuilder.class)) {
      for (Method m : type.getMethods()) {
        if (Modifier.isPublic(m.getModifiers())) {
          methods.add(m.getName());
        }
      }
    }
    // The cells of each table's DSL column.
    List<String> named = new ArrayList<>();
    int dsl = -1;
    for (String line : fields.lines().toList()) {
      if (!line.startsWith("|")) {
        dsl = -1;
        continue;
      }
      List<String> cells = Stream.of(line.split("\\|")).map(String::strip).toList();
      if (dsl < 0) {
        dsl = cells.indexOf("DSL");
      } else if (dsl < cells.size() && !cells.get(dsl).startsWith("---")) {
        Matcher name = Pattern.compile("`([A-Za-z]+)").matcher(cells.get(dsl));
        while (name.find()) {
          named.add(name.group(1));
        }
      }
    }
    assertTrue(named.size() >= 35, "the tables were not read: " + named);
    for (String name : named) {
      assertTrue(methods.contains(name), "the page names DSL method '" + name + "'");
    }
  }
}
