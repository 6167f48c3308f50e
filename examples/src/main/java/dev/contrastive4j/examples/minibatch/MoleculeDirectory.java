package dev.contrastive4j.examples.minibatch;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter;
import dev.contrastive4j.runtime.io.ArrayFormat;
import java.nio.file.Path;

/**
 * Writes random molecules ({@link RandomMolecules#labeled}) as a data set directory of many
 * graphs labeled by kind, which {@code contrastive4j train --dataset DIR --batch-components 16
 * --readout pool} trains in mini-batches and probes molecule by molecule, as {@link
 * MoleculeTraining} does in code.
 */
public final class MoleculeDirectory {
  private MoleculeDirectory() {}

  /**
   * The data set of {@code count} molecules drawn from {@code seed}, each a component of its
   * graph and labeled with its kind.
   */
  public static GraphDataset dataset(int count, long seed) {
    RandomMolecules.Labeled labeled = RandomMolecules.labeled(count, seed);
    return GraphDataset.ofGraphs("molecules", GraphTensor.merge(labeled.molecules()), "atom",
        "feat", labeled.kinds(), RandomMolecules.KINDS, labeled.split());
  }

  /**
   * Writes {@code count} molecules drawn from {@code seed} to {@code dir} (new or empty) as
   * {@code .npy} files.
   */
  public static void write(int count, long seed, Path dir) {
    DatasetDirectoryWriter.write(dataset(count, seed), dir, ArrayFormat.NPY);
  }

  /**
   * Writes the molecules.
   *
   * @param args the directory to write (default {@code data/molecules}), then the number of
   *     molecules (default 300) and the seed (default 0)
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "data/molecules");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 0;
    write(count, seed, dir);
    System.out.println("wrote " + count + " molecules to " + dir);
  }
}
