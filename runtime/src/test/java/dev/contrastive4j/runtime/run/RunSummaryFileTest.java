package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.runtime.evaluation.ProbeProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary.json} read back: a damaged one fails in one line naming the field. */
class RunSummaryFileTest {
  private static final RunSummary SUMMARY = new RunSummary("csbm", "dgi", 0.8, 0.01, 0.79, 0.02,
      12, 10, true, 0.5, 0.4, 0.1, 3.5, 1.0, LabelLevel.NODE, ProbeProtocol.VALIDATED_L2);

  private static String failure(RunDirectory run) {
    return assertThrows(RunException.class, run::readSummary).getMessage();
  }

  @Test
  void readsWhatItWroteAndNamesWhatIsWrong(@TempDir Path tmp) throws Exception {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    run.writeSummary(SUMMARY);
    assertEquals(SUMMARY, run.readSummary());
    Path file = run.resolve(RunDirectory.SUMMARY);
    String text = Files.readString(file);

    // Not Jackson's 'Cannot deserialize value of type `int` from String "x"' over three lines.
    Files.writeString(file, text.replace("\"epochs_run\" : 12", "\"epochs_run\" : \"x\""));
    assertEquals(file + ": field 'epochs_run': expected an integer, got \"x\"", failure(run));
    Files.writeString(file, text.replace("\"epochs_run\" : 12", "\"epochs_run\" : 12.5"));
    assertEquals(file + ": field 'epochs_run': expected an integer, got 12.5", failure(run));
    // A missing number is not read as 0.
    Files.writeString(file, text.replace("\"test_accuracy\" : 0.8,", ""));
    assertEquals(file + ": missing field 'test_accuracy'", failure(run));
    Files.writeString(file, text.replace("\"test_accuracy\" : 0.8", "\"test_accuracy\" : null"));
    assertEquals(file + ": field 'test_accuracy' is null", failure(run));
    Files.writeString(file, text.replace("\"task\"", "\"tsk\" : 1, \"task\""));
    assertEquals(file + ": unknown field 'tsk'; known fields here: best_epoch, best_loss, "
        + "dataset, epochs_run, final_loss, median_epoch_seconds, probe_c, probe_level, "
        + "probe_protocol, stopped_early, task, test_accuracy, test_accuracy_std, "
        + "total_seconds, val_accuracy, val_accuracy_std",
        failure(run));
    Files.writeString(file, text.substring(0, text.length() / 2));
    assertEquals(file + ": not valid JSON at line ", failure(run).substring(0,
        (file + ": not valid JSON at line ").length()));
    Files.writeString(file, "[]");
    assertEquals(file + ": must hold a JSON object (the run's summary)", failure(run));
    Files.delete(file);
    assertEquals(file + ": file not found", failure(run));
  }

  @Test
  void saysWhatTheProbeClassifiedAndReadsAnOlderSummaryAsOfNodes(@TempDir Path tmp)
      throws Exception {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    RunSummary graphs = new RunSummary("molecules", "dgi", 0.9, 0.0, 0.85, 0.0, 12, 10, false,
        0.5, 0.4, 0.1, 3.5, 1.0, LabelLevel.GRAPH, ProbeProtocol.VALIDATED_L2);
    run.writeSummary(graphs);
    Path file = run.resolve(RunDirectory.SUMMARY);
    String text = Files.readString(file);
    assertTrue(text.contains("\"probe_c\" : 1.0,\n  \"probe_level\" : \"graph\",\n"
        + "  \"probe_protocol\" : \"validated_l2\"\n}"), text);
    assertEquals(graphs, run.readSummary());
    Files.writeString(file, text.replace("\"probe_level\" : \"graph\"",
        "\"probe_level\" : \"atoms\""));
    assertEquals(file + ": field 'probe_level': expected one of [node, graph], got \"atoms\"",
        failure(run));

    // Written before summaries said it: every probe then classified nodes.
    run.writeSummary(SUMMARY);
    String nodes = Files.readString(file);
    Files.writeString(file, nodes.replace(",\n  \"probe_level\" : \"node\"", "")
        .replace(",\n  \"probe_protocol\" : \"validated_l2\"", ""));
    assertFalse(Files.readString(file).contains("probe_level"));
    assertEquals(SUMMARY, run.readSummary());
  }

  @Test
  void theDgiPaperProbeIsNamedAndItsCIsWrittenAsInfinity(@TempDir Path tmp) throws Exception {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    RunSummary paper = new RunSummary("cora", "dgi", 0.82, 0.005, 0.8, 0.004, 120, 100, true,
        0.1, 0.09, 0.3, 60.0, Double.POSITIVE_INFINITY, LabelLevel.NODE,
        ProbeProtocol.DGI_PAPER);
    run.writeSummary(paper);
    String text = Files.readString(run.resolve(RunDirectory.SUMMARY));
    assertTrue(text.contains("\"probe_c\" : \"Infinity\",\n  \"probe_level\" : \"node\",\n"
        + "  \"probe_protocol\" : \"dgi_paper\"\n}"), text);
    assertEquals(paper, run.readSummary());
  }
}
