package dev.contrastive4j.runtime.testing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.google.inject.AbstractModule;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.PluginRegistry;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.runtime.inject.ComponentsModule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registry written by hand the way the processor generates one, of two readouts that fail a
 * run as only a plugin can: {@code thinning} ({@link ThinningReadout}) and {@code exhausting}
 * ({@link ExhaustingReadout}); {@link ContextRegistry} puts it on the class path.
 */
public final class TestReadouts implements PluginRegistry {
  /** The type name of {@link ThinningReadout}. */
  public static final String THINNING = "thinning";
  /** The type name of {@link ExhaustingReadout}. */
  public static final String EXHAUSTING = "exhausting";

  /**
   * The thinning readout's spec, as the processor generates one.
   *
   * @param rows the nodes read once {@code fullReads} reads are done (default 1)
   * @param fullReads the reads of every node before that (default 0)
   */
  @JsonTypeName(THINNING)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ThinningSpec(@Nullable Integer rows, @Nullable Integer fullReads)
      implements ReadoutSpec {
    /** Puts the defaults in for nulls. */
    public ThinningSpec {
      rows = rows == null ? 1 : rows;
      fullReads = fullReads == null ? 0 : fullReads;
    }
  }

  /**
   * The exhausting readout's spec.
   *
   * @param reads the reads before memory runs out (default 0)
   */
  @JsonTypeName(EXHAUSTING)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ExhaustingSpec(@Nullable Integer reads) implements ReadoutSpec {
    /** Puts the default in for null. */
    public ExhaustingSpec {
      reads = reads == null ? 0 : reads;
    }
  }

  /** Registers the thinning readout's factory, as a generated module does. */
  public static final class ThinningModule extends AbstractModule {
    @Override
    protected void configure() {
      ComponentsModule.readouts(binder()).addBinding(ThinningSpec.class).toInstance(
          (spec, path) -> new ThinningReadout(((ThinningSpec) spec).rows(),
              ((ThinningSpec) spec).fullReads()));
    }
  }

  /** Registers the exhausting readout's factory. */
  public static final class ExhaustingModule extends AbstractModule {
    @Override
    protected void configure() {
      ComponentsModule.readouts(binder()).addBinding(ExhaustingSpec.class).toInstance(
          (spec, path) -> new ExhaustingReadout(((ExhaustingSpec) spec).reads()));
    }
  }

  @Override
  public List<TaskPlugin> tasks() {
    return List.of();
  }

  @Override
  public List<CorruptorPlugin> corruptors() {
    return List.of();
  }

  @Override
  public List<ReadoutPlugin> readouts() {
    return List.of(new ReadoutPlugin(THINNING, "every node, then the first nodes only",
        ThinningReadout.class.getName(), ThinningSpec.class, new ThinningSpec(null, null),
        List.of(new ParameterInfo("rows", "int", "1", "nodes read after full_reads"),
            new ParameterInfo("full_reads", "int", "0", "reads of every node first")),
        new ThinningModule()),
        new ReadoutPlugin(EXHAUSTING, "every node, until memory runs out",
            ExhaustingReadout.class.getName(), ExhaustingSpec.class, new ExhaustingSpec(null),
            List.of(new ParameterInfo("reads", "int", "0", "reads before memory runs out")),
            new ExhaustingModule()));
  }
}
