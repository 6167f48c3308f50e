package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.runtime.data.Datasets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The note {@code train}, {@code evaluate} and the {@code dataset} commands print on stderr when
 * a Planetoid data set was read from files that hold other data than the published files
 * ({@link dev.contrastive4j.runtime.data.planetoid.Planetoid#changedFiles}): an edited copy, or
 * one damaged where it still parses. The command goes on (a changed copy may be meant), but
 * figures on it are not comparable with published ones, and the note says so.
 */
final class ChangedPlanetoidFilesNote {
  private ChangedPlanetoidFilesNote() {}

  /** The note on the files {@code dataset} was read from, if any of them were changed. */
  static Optional<String> of(DatasetSpec dataset) {
    Path dataDir = dataset.dataDir() == null ? null : Path.of(dataset.dataDir());
    List<Path> changed = Datasets.changedPlanetoidFiles(dataset.name(), dataDir);
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    Path dir = changed.get(0).getParent();
    String which = changed.size() == 1 ? changed.get(0) + " holds other data than the file"
        : changed.stream().map(file -> file.getFileName().toString())
            .collect(Collectors.joining(", ")) + " in " + dir + " hold other data than the files";
    String name = dataset.name().toLowerCase(Locale.ROOT);
    // A cached copy was verified when downloaded: it was changed since, and a download mends it.
    String mend = dataDir != null ? ""
        : "; delete the cached copy " + dir + " so that " + name + " is downloaded again";
    return Optional.of("contrastive4j: note: " + which + " the Planetoid repository publishes: "
        + "figures on this " + name + " are not comparable with published ones" + mend);
  }
}
