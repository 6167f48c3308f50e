package dev.contrastive4j.runtime.config;

import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropEdges;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.shuffleFeaturesGlobally;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.Experiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/experiment-config.md says what the code does: its examples are equal and its messages exact. */
class ExperimentConfigDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "experiment-config.md");
  private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "contrastive4j",
      "runtime", "config", "ExperimentConfigDocsTest.java");

  private static DocBlocks docs;
  private static String page;
  private final ExperimentMapper mapper = new ExperimentMapper();

  @BeforeAll
  static void readPage() throws Exception {
    docs = DocBlocks.of(PAGE);
    page = Files.readString(PAGE);
  }

  /** The page's Java example, word for word (the test below checks that it is). */
  static Experiment javaExample() {
    Experiment e = experiment(x -> x
        .seed(42)
        .dataset(d -> d.name("cora"))
        .encoder(gcn(g -> g
            .units(512)
            .activation("prelu")))
        .task(t -> t
            .nodeSet("paper")
            .corruptor(shuffleFeaturesGlobally(
                c -> c.seed(7))))
        .training(t -> t
            .epochs(300)
            .learningRate(0.001)
            .patience(20))
        .evaluation(v -> v.probeRepeats(5))
        .output(o -> o.directory("runs/dgi-cora")));
    return e;
  }

  @Test
  void theJavaExampleIsTheCodeAbove() throws Exception {
    String source = DocBlocks.collapse(Files.readString(THIS_SOURCE));
    for (String paragraph : DocBlocks.paragraphs(docs.block("java"))) {
      if (!paragraph.startsWith("import")) {
        assertTrue(source.contains(paragraph), paragraph);
      }
    }
  }

  @Test
  void javaYamlAndJsonExamplesAreEqual() {
    Experiment java = javaExample();
    assertEquals(java, mapper.readYaml(docs.block("yaml")));
    assertEquals(java, mapper.readJson(docs.block("json")));
  }

  @Test
  void theDefaultsBlockIsWhatIsWritten() {
    assertEquals(mapper.writeYaml(Experiment.defaults()), docs.block("defaults"));
    assertEquals(Experiment.defaults(), mapper.readYaml(docs.block("defaults")));
  }

  @Test
  void theInvalidExampleFailsWithTheMessageShown() {
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> mapper.read(docs.block("invalid"), ConfigFormat.YAML, "experiment.yaml"));
    assertEquals(docs.block("invalid-message").strip(),
        e.getMessage().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theYamlAnchorsExampleSharesItsValues() {
    Experiment e = mapper.readYaml(docs.block("yaml-anchors"));
    assertEquals(experiment(x -> x
        .task(barlowTwins(t -> t.corruptor(dropEdges(0.3)).cleanView(dropEdges(0.3))))
        .training(t -> t.epochs(100).patience(0).learningRate(0.01))), e);
    String message = "line 4, column 15: the alias *view has no anchor &view before it";
    assertTrue(DocBlocks.collapse(page).contains(DocBlocks.collapse(message)), message);
    ConfigValidationException noAnchor = assertThrows(ConfigValidationException.class,
        () -> mapper.readYaml(docs.block("yaml-anchors").replace("&view ", "")));
    assertEquals(message, noAnchor.getMessage());
  }

  @Test
  void anEmptyExperimentIsEveryDefault() {
    assertTrue(page.contains("so `{}` is a valid experiment"));
    assertEquals(Experiment.defaults(), mapper.readJson("{}"));
  }

  /** Inputs that make each message of the page's "Other messages" table. */
  private static final Map<String, String> OTHER_MESSAGES = Map.ofEntries(
      Map.entry("training: {lr: 1}", "training.lr: unknown property; known properties: epochs, "
          + "learning_rate, weight_decay, patience, metrics_every, batch_components, "
          + "shuffle_components, checkpoint_every"),
      Map.entry("task: {type: barlow_twins}", "task.type: unknown task type 'barlow_twins'; "
          + "known task types: barlow-twins, dgi, triplet, vicreg (did you mean "
          + "'barlow-twins'?)"),
      Map.entry("task: {type: rewired-dgi}", "task.type: unknown task type 'rewired-dgi'; "
          + "known task types: barlow-twins, dgi, triplet, vicreg (a plugin adds its types when "
          + "its jar is on the class path)"),
      Map.entry("task: {type: dgi, readout: {pooling: mean}}",
          "task.readout.type: missing; known readout types: all-nodes, first-node, pool"),
      Map.entry("task: dgi", "task: must be an object with a 'type', was \"dgi\"; known task "
          + "types: barlow-twins, dgi, triplet, vicreg"),
      Map.entry("task: .nan", "task: must be an object with a 'type', was .nan; known task "
          + "types: barlow-twins, dgi, triplet, vicreg"),
      Map.entry("encoder: {type: gcn, dropout: 1.0}", "encoder.dropout: must be in [0, 1), was 1.0"),
      Map.entry("encoder: {type: gcn, dropout: .nan}",
          "encoder.dropout: must be a finite number, was .nan"),
      Map.entry("task: {type: dgi, corruptor: {type: dropout-features, rate: 0.99999999999}}",
          "task.corruptor.rate: must be at most 0.99999994 (the largest float below 1, which "
          + "training computes in), was 0.99999999999"),
      Map.entry("training: {learning_rate: 0.0}",
          "training.learning_rate: must be positive, was 0.0"),
      Map.entry("training: {learning_rate: 1.0e300}", "training.learning_rate: must be at most "
          + "3.4028235E38 (the largest float, which training computes in), was 1.0E300"),
      Map.entry("training: {weight_decay: -0.0001}",
          "training.weight_decay: must be >= 0, was -1.0E-4"),
      Map.entry("training: {patience: -1}", "training.patience: must be >= 0, was -1"),
      Map.entry("evaluation: {probe_repeats: 0}",
          "evaluation.probe_repeats: must be at least 1, was 0"),
      Map.entry("evaluation: {probe_protocol: dgi_paper, probe_c: [1.0]}",
          "evaluation.probe_c: the dgi_paper probe protocol is unregularized and chooses nothing "
          + "on the validation split, so it takes no C; remove probe_c, or use probe_protocol "
          + "validated_l2"),
      Map.entry("task: {type: dgi, discriminator: glorot}",
          "task.discriminator: must be one of uniform, bilinear_glorot, was 'glorot'"),
      Map.entry("evaluation: {probe_protocol: paper}",
          "evaluation.probe_protocol: must be one of validated_l2, dgi_paper, was 'paper'"),
      Map.entry("encoder: {type: sage, activation: gelu}",
          "encoder.activation: must be one of none, relu, sigmoid, tanh, prelu, prelu_shared, "
          + "was 'gelu'"),
      Map.entry("encoder: {type: hetero, aggregation: max}",
          "encoder.aggregation: must be one of mean, sum, was 'max'"),
      Map.entry("dataset: {name: csbm, data_dir: x}", "dataset.data_dir: only the Planetoid "
          + "data sets (cora, citeseer, pubmed) are read from a data_dir, but the data set is "
          + "'csbm'; give a data directory of your own as the data set's name"),
      Map.entry("task: {type: dgi, corruptor: {type: compose, steps: [{type: drop-edges}, "
          + "{type: drop-edges, rate: 1.1}]}}",
          "task.corruptor.steps[1].rate: must be in [0, 1], was 1.1"),
      Map.entry("task: {type: triplet, positive_view: {type: dropout-features, rate: -1.0}}",
          "task.positive_view.rate: must be in [0, 1), was -1.0"),
      Map.entry("seed: 3\n---\nseed: 4\n",
          "line 3, column 1: content after the end of the document; a file holds one"),
      Map.entry("training: {epochs: 5, epochs: 6}",
          "line 1, column 29: training.epochs: duplicate key; each key may appear once in a "
          + "mapping"));

  @Test
  void theOtherMessagesAreWhatTheCodeSays() {
    OTHER_MESSAGES.forEach((yaml, message) -> {
      assertTrue(page.contains("`" + message + "`"), "the page shows: " + message);
      ConfigValidationException e = assertThrows(ConfigValidationException.class,
          () -> mapper.read(yaml, ConfigFormat.YAML, "experiment.yaml"), yaml);
      assertEquals("experiment.yaml: " + message, e.getMessage(), yaml);
    });
  }
}
