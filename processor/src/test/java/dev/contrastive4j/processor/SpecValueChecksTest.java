package dev.contrastive4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.plugins.Plugins;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks a generated spec runs for the experiment's validator, on a double without bounds
 * and on the values only a task of a base has. Each test compiles its own plugins, rather than
 * sharing a compilation as GeneratedCodeTest does, so that a mutation run counts them as the
 * tests of the processor that wrote the checks.
 */
class SpecValueChecksTest {
  /** An unbounded double, which training would hold as a float. */
  private static final JavaFileObject GAIN = Sources.corruptor("Gain", "gain",
      "  public Gain(@Param(\"1\") double gain) {}");

  /** What the validator finds in the experiment's {@code task}, given as JSON. */
  private static List<String> problems(Compilation c, Path dir, String task) throws Exception {
    assertThat(c).succeededWithoutWarnings();
    try (URLClassLoader l = Sources.load(c, dir)) {
      ObjectMapper json = Plugins.discover(l).registerSpecTypes(new ObjectMapper());
      TaskSpec spec = json.readValue(task, TaskSpec.class);
      return ExperimentValidator.problems(Experiment.defaults().withTask(spec));
    }
  }

  @Test
  void aDoubleWithoutBoundsMustBeAFiniteFloat(@TempDir Path dir) throws Exception {
    Compilation c = Sources.compile(GAIN);
    String dgi = "{\"type\":\"dgi\",\"corruptor\":{\"type\":\"gain\",\"gain\":%s}}";
    assertEquals(List.of(), problems(c, dir.resolve("ok"), dgi.formatted("2.5")));
    // 1e400 reads as Infinity.
    assertEquals(List.of("task.corruptor.gain: must be a finite number, was Infinity"),
        problems(c, dir.resolve("infinite"), dgi.formatted("1e400")));
    assertEquals(List.of("task.corruptor.gain: must be at most 3.4028235E38 (the largest "
        + "float, which training computes in), was 1.0E300"),
        problems(c, dir.resolve("huge"), dgi.formatted("1e300")));
  }

  /** The margin and the positive view are a triplet task's own: the validator checks both. */
  @Test
  void aTripletTaskChecksItsMarginAndItsPositiveView(@TempDir Path dir) throws Exception {
    Compilation c = Sources.compile(Sources.task("Triplet", "name = \"trip\""), GAIN);
    assertEquals(List.of("task.margin: must be >= 0, was -1.0",
        "task.positive_view.gain: must be a finite number, was Infinity"),
        problems(c, dir, "{\"type\":\"trip\",\"margin\":-1,"
            + "\"positive_view\":{\"type\":\"gain\",\"gain\":1e400}}"));
  }
}
