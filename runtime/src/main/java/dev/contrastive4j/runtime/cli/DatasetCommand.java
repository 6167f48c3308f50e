package dev.contrastive4j.runtime.cli;

import picocli.CommandLine.Command;

/** {@code contrastive4j dataset ...}: commands about data sets. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Inspect data sets.",
    subcommands = {DatasetInfoCommand.class})
final class DatasetCommand {}
