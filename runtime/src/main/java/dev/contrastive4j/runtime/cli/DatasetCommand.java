package dev.contrastive4j.runtime.cli;

import picocli.CommandLine.Command;

/** {@code contrastive4j dataset ...}: commands about data sets. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Inspect, export or generate data sets.",
    subcommands = {DatasetInfoCommand.class, DatasetCsbmCommand.class,
        DatasetExportCommand.class})
final class DatasetCommand {}
