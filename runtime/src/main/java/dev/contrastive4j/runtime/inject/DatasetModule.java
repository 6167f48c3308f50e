package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import com.google.inject.spi.ProviderKeyBinding;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.runtime.data.DatasetOrigin;
import dev.contrastive4j.runtime.data.Datasets;
import dev.contrastive4j.runtime.data.FeatureNormalization;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;

/**
 * Provides the data set the experiment names (loaded once), and whether the run's data set is
 * that one or was supplied by a binding that replaced it.
 */
public final class DatasetModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(GraphDataset.class).toProvider(ExperimentDataset.class).in(Singleton.class);
    // Bound explicitly, for an injector that requires explicit bindings.
    bind(ExperimentDataset.class);
  }

  /**
   * {@link DatasetOrigin#BINDING} when another module (such as a {@code Modules.override}) has
   * replaced the binding above.
   *
   * @throws BindingException if that binding is not a singleton: the encoder, the task, the
   *     training options and the run each read the data set, and would each load a copy
   * @throws ConfigException if the experiment asks for normalized features of a data set that
   *     a binding supplies: the binding's data set is used as it is, so the flag would be lost
   */
  @Provides
  @Singleton
  DatasetOrigin origin(Injector injector, Experiment experiment) {
    Binding<GraphDataset> binding = injector.getBinding(GraphDataset.class);
    if (!Scopes.isSingleton(binding)) {
      throw new BindingException("GraphDataset is bound without a singleton scope at "
          + Bindings.declaredAt(binding) + ": every part of the run that reads it would load "
          + "its own copy; bind it with @Provides @Singleton, toInstance(...) or "
          + ".in(Singleton.class)");
    }
    DatasetOrigin origin = binding instanceof ProviderKeyBinding<?> configured
        && configured.getProviderKey().equals(Key.get(ExperimentDataset.class))
        ? DatasetOrigin.EXPERIMENT : DatasetOrigin.BINDING;
    if (origin == DatasetOrigin.BINDING && experiment.dataset().normalizeFeatures()) {
      throw new ConfigException("dataset.normalize_features", "the data set is supplied by a "
          + "binding of GraphDataset at " + Bindings.declaredAt(binding) + ", which is used as "
          + "it is; normalize its features in code (FeatureNormalization.normalizeRows) or "
          + "leave normalize_features false");
    }
    return origin;
  }

  /**
   * Loads the data set the experiment's {@code dataset} spec names, its features row-normalized
   * if the spec asks for it.
   */
  static final class ExperimentDataset implements Provider<GraphDataset> {
    private final DatasetSpec spec;

    @Inject
    ExperimentDataset(Experiment experiment) {
      this.spec = experiment.dataset();
    }

    @Override
    public GraphDataset get() {
      if (spec.fromBinding()) {
        // A run made in code with its own data set: only the same binding can supply it again.
        throw new ConfigException("dataset.from_binding", "the data set '" + spec.name()
            + "' was supplied in code by a binding of GraphDataset and cannot be loaded by "
            + "name; bind the same data set again (Modules.override), or name one to load");
      }
      // A name that names no data set is the configuration's fault, at its field; a data
      // directory that cannot be read is its files', which the loader names.
      String problem = Datasets.nameProblem(spec.name());
      if (problem != null) {
        throw new ConfigException("dataset.name", problem);
      }
      String dir = spec.dataDir();
      GraphDataset loaded = Datasets.load(spec.name(), dir == null ? null : Path.of(dir));
      if (!spec.normalizeFeatures()) {
        return loaded;
      }
      try {
        return FeatureNormalization.normalizeRows(loaded);
      } catch (InvalidGraphException e) {
        throw new ConfigException("dataset.normalize_features", "data set '" + loaded.name()
            + "': " + e.getMessage());
      }
    }
  }
}
