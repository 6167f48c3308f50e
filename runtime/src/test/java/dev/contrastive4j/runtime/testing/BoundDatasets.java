package dev.contrastive4j.runtime.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.inject.RunModule;

/** Runs wired as a user wires one with a data set of their own (README, "Replacing a part"). */
public final class BoundDatasets {
  private BoundDatasets() {}

  /**
   * The injector of a run of {@code experiment} whose data set a binding supplies, with the
   * modules of plugins (as a generated module registers a plugin task) installed too.
   */
  public static Injector injector(Experiment experiment, GraphDataset dataset,
      Module... plugins) {
    return Guice.createInjector(Modules.combine(Modules.override(new RunModule(experiment))
        .with(new AbstractModule() {
          @Override
          protected void configure() {
            bind(GraphDataset.class).toInstance(dataset);
          }
        }), Modules.combine(plugins)));
  }
}
