package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.runtime.encoders.HiddenActivation;
import dev.contrastive4j.runtime.layers.Aggregation;
import dev.contrastive4j.runtime.readouts.Pooling;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The names the api's validator accepts are exactly those the runtime can build. */
class ModelNamesTest {
  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
  }

  @Test
  void validatorNamesMatchTheRuntimeEnums() {
    assertEquals(names(HiddenActivation.class), EncoderSpec.ACTIVATIONS);
    assertEquals(names(Aggregation.class), EncoderSpec.HeteroSpec.AGGREGATIONS);
    assertEquals(names(Pooling.class), ReadoutSpec.Pool.POOLINGS);
  }
}
