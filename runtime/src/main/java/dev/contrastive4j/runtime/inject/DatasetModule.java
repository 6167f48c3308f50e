package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.data.Datasets;
import java.nio.file.Path;

/** Provides the data set the experiment names (loaded once). */
public final class DatasetModule extends AbstractModule {
  @Provides
  @Singleton
  GraphDataset dataset(Experiment experiment) {
    String dir = experiment.dataset().dataDir();
    return Datasets.load(experiment.dataset().name(), dir == null ? null : Path.of(dir));
  }
}
