package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plugin's spec that tells Jackson to ignore properties may be given them: the check before
 * binding follows the spec's own {@code @JsonIgnoreProperties}, as Jackson does.
 */
class IgnoredPropertiesTest {
  private final ExperimentMapper mapper = new ExperimentMapper()
      .registerReadoutType("lenient", PluginSpecs.Lenient.class)
      .registerReadoutType("commented", PluginSpecs.Commented.class);

  @Test
  void aSpecThatIgnoresUnknownPropertiesTakesAny() {
    assertEquals(new PluginSpecs.Lenient(4), mapper.readYaml(
        "task: {type: dgi, readout: {type: lenient, heads: 4, colour: blue}}").task().readout());
  }

  @Test
  void aSpecThatIgnoresNamedPropertiesTakesThoseAndNoOthers() {
    assertEquals(new PluginSpecs.Commented(4), mapper.readYaml(
        "task: {type: dgi, readout: {type: commented, heads: 4, comment: four heads}}")
        .task().readout());
    assertEquals(List.of("task.readout.colour: unknown property; known properties: type, heads"),
        assertThrows(ConfigValidationException.class, () -> mapper.readYaml(
            "task: {type: dgi, readout: {type: commented, comment: x, colour: blue}}"))
            .problems());
  }
}
