package dev.contrastive4j.runtime.cli;

import picocli.CommandLine.Command;

/** {@code contrastive4j dataset ...}: commands about data sets. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Inspect data sets, or generate a synthetic one.",
    subcommands = {DatasetInfoCommand.class, DatasetCsbmCommand.class})
final class DatasetCommand {}
