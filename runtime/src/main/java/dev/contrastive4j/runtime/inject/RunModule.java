package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.ModelClaim;

/**
 * Everything one run needs, assembled from small modules: the experiment, the data set, the
 * model (parameters, encoder, task), training (optimizer, trainer) and evaluation (the probe),
 * plus the modules of the plugins on the class path.
 * Replace any part with {@code Modules.override(new RunModule(e)).with(yourModule)}; a run
 * records in {@code config.json} which parts were replaced so: the {@code GraphDataset} as
 * {@code dataset.from_binding}, the others ({@link ReplacedParts}) as {@code from_bindings}.
 */
public final class RunModule extends AbstractModule {
  private final Experiment experiment;

  /** The modules of a run of {@code experiment}. */
  public RunModule(Experiment experiment) {
    this.experiment = experiment;
  }

  @Override
  protected void configure() {
    install(new ExperimentModule(experiment));
    install(new ComponentsModule());
    install(new dev.contrastive4j.runtime.plugins.PluginModules());
    install(new DatasetModule());
    install(new ModelModule());
    install(new TrainingModule());
    install(new EvaluationModule());
    // The run itself, bound explicitly for an injector that requires explicit bindings.
    bind(ReplacedParts.class);
    bind(ModelClaim.class);
    bind(ExperimentRun.class);
  }
}
