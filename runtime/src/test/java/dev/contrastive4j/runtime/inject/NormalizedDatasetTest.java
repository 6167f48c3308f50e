package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.run.ExperimentRun;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The data set every part of a run reads (training, and {@code evaluate} rebuilding the run) is
 * row-normalized when the experiment asks for it; a data set bound in code cannot be.
 */
class NormalizedDatasetTest {
  private static final Experiment NORMALIZED = Experiment.defaults()
      .withDataset(new DatasetSpec("csbm", null).withNormalizeFeatures(true));

  private static INDArray rowSums(GraphDataset dataset) {
    return dataset.graph().nodeSet(dataset.targetNodeSet()).feature(dataset.featureName())
        .toDense().castTo(DataType.DOUBLE).sum(1);
  }

  @Test
  void theRunModuleProvidesTheNormalizedDataSet() {
    Injector injector = Guice.createInjector(new RunModule(NORMALIZED));
    INDArray sums = rowSums(injector.getInstance(GraphDataset.class));
    INDArray stored = rowSums(Guice.createInjector(new RunModule(Experiment.defaults()))
        .getInstance(GraphDataset.class));
    // Every CSBM node has words: each row now sums to one, where it summed to its word count.
    assertEquals(1.0, sums.minNumber().doubleValue(), 1e-6);
    assertEquals(1.0, sums.maxNumber().doubleValue(), 1e-6);
    assertEquals(true, stored.maxNumber().doubleValue() > 1);
  }

  @Test
  void aBoundDataSetIsNotNormalizedSilently() {
    GraphDataset small = CsbmGenerator.generate(CsbmConfig.defaults().withNumNodes(60)
        .withNumClasses(2).withSeed(3));
    Injector injector = Guice.createInjector(Modules.override(new RunModule(NORMALIZED))
        .with(new AbstractModule() {
          @Provides
          @Singleton
          GraphDataset myGraph() {
            return small;
          }
        }));
    assertEquals("dataset.normalize_features: the data set is supplied by a binding of "
        + "GraphDataset at " + NormalizedDatasetTest.class.getName() + "$1.myGraph(), which "
        + "is used as it is; normalize its features in code "
        + "(FeatureNormalization.normalizeRows) or leave normalize_features false",
        RunRefusals.of(injector, ExperimentRun.class));
  }
}
