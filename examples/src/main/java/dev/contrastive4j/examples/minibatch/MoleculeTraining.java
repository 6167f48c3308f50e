package dev.contrastive4j.examples.minibatch;

import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.pool;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.ProgressReporter;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.RunSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * Deep Graph Infomax on a data set of many small graphs (random molecules), in mini-batches of
 * {@link #MOLECULES_PER_STEP} molecules, with a mean-pool readout (one row per molecule). The
 * data set labels each molecule with its kind ({@link GraphDataset#ofGraphs}), and the linear
 * probe classifies molecules by the mean embedding of their atoms; train, val and test hold
 * 60, 20 and 20 % of the molecules.
 */
public final class MoleculeTraining {
  /** The mini-batch size, in molecules (components). */
  public static final int MOLECULES_PER_STEP = 16;

  private MoleculeTraining() {}

  /**
   * Trains on {@code count} random molecules for at most {@code epochs} epochs (early stopping
   * may end it sooner) and writes the run to {@code out}.
   */
  public static RunSummary train(int count, long seed, int epochs, Path out) {
    RandomMolecules.Labeled labeled = RandomMolecules.labeled(count, seed);
    List<GraphTensor> molecules = labeled.molecules();
    int[] kinds = labeled.kinds();
    Split split = labeled.split();
    // README.md ("Many small graphs in mini-batches") shows the lines from here ...
    GraphTensor graph = GraphTensor.merge(molecules);          // molecule i is component i
    GraphDataset data = GraphDataset.ofGraphs("molecules", graph, "atom", "feat",
        kinds, RandomMolecules.KINDS, split);                  // a kind per molecule
    Experiment experiment = experiment(x -> x
        .seed(seed)
        .encoder(gcn(g -> g.units(64)))
        .task(dgi(t -> t.readout(pool("mean"))))               // one row per molecule
        .training(t -> t.epochs(epochs).learningRate(0.01)
            .batchComponents(MOLECULES_PER_STEP)));            // molecules per step
    RunSummary summary = Guice.createInjector(Modules.override(new RunModule(experiment))
            .with(new AbstractModule() {
              @Provides
              @Singleton
              GraphDataset molecules() {
                return data;
              }
            }))
        .getInstance(ExperimentRun.class)
        .run(RunDirectory.create(out), ProgressReporter.silent());
    // ... to here.
    return summary;
  }

  /**
   * Trains on 300 molecules and prints the summary.
   *
   * @param args the run directory to write (default {@code runs/molecules})
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "runs/molecules");
    System.out.println(train(300, 0, 200, out));
  }
}
