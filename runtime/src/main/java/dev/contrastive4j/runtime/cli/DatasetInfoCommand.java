package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.DatasetInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code contrastive4j dataset info}: loads a data set and prints its sizes as one JSON object. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = {
        "Load a data set and print one JSON object: nodes, edges, features, classes and the "
            + "sizes of the train/val/test split (and node/edge sets of a heterogeneous graph, "
            + "the number of graphs of a data set of many, and \"label_level\": \"graph\" for one "
            + "that labels graphs, whose split counts graphs)."})
final class DatasetInfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin DatasetOptions data;

  @Override
  public Integer call() throws Exception {
    printFacts(spec, data.load(spec.commandLine().getErr()));
    return 0;
  }

  /**
   * Prints {@code dataset}'s facts as one JSON object on standard output: what this command
   * prints, and what {@code dataset csbm} and {@code dataset export} print of the set they wrote.
   */
  static void printFacts(CommandSpec spec, GraphDataset dataset) throws JsonProcessingException {
    spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(
        DatasetInfo.of(dataset)));
  }
}
