package dev.contrastive4j.runtime.config;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/experiment-config.md says what the code does: its examples are equal and its messages exact. */
class ExperimentConfigDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "experiment-config.md");
  private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "contrastive4j",
      "runtime", "config", "ExperimentConfigDocsTest.java");

  private static DocBlocks docs;
  private final ExperimentMapper mapper = new ExperimentMapper();

  @BeforeAll
  static void readPage() throws Exception {
    docs = DocBlocks.of(PAGE);
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
}
