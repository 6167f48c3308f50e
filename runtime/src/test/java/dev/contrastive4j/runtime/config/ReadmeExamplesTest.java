package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README.md's experiment in Java, Kotlin and YAML is the one docs/experiment-config.md shows,
 * whose copies {@code ExperimentConfigDocsTest} and {@code KotlinDslTest} hold to the code: so
 * the README's claim that the tests check them is true of its own copies too.
 */
class ReadmeExamplesTest {
  @Test
  void theReadmesThreeWayExampleIsThePagesWordForWord() throws Exception {
    DocBlocks readme = DocBlocks.of(Path.of("..", "README.md"));
    DocBlocks page = DocBlocks.of(Path.of("..", "docs", "experiment-config.md"));
    for (String name : List.of("java", "kotlin", "yaml")) {
      assertEquals(page.block(name), readme.block(name), "README.md's " + name + " example");
    }
  }
}
