package dev.contrastive4j.examples.kotlin

import com.google.inject.Guice
import dev.contrastive4j.api.data.GraphDataset
import dev.contrastive4j.api.experiment.Experiment
import dev.contrastive4j.api.experiment.dsl.Experiments.*
import dev.contrastive4j.api.task.EncodedGraph
import dev.contrastive4j.api.task.Encoder
import dev.contrastive4j.api.task.Task
import dev.contrastive4j.api.tensor.Tape
import dev.contrastive4j.runtime.evaluation.LinearProbe
import dev.contrastive4j.runtime.evaluation.ProbeProtocol
import dev.contrastive4j.runtime.evaluation.ProbeReport
import dev.contrastive4j.runtime.inject.RunModule
import dev.contrastive4j.runtime.tensor.Optimizer
import dev.contrastive4j.runtime.tensor.ParameterStore
import dev.contrastive4j.runtime.training.EpochListener
import dev.contrastive4j.runtime.training.Trainer
import dev.contrastive4j.runtime.training.TrainingResult
import org.nd4j.linalg.api.ndarray.INDArray

/**
 * Deep Graph Infomax on Cora as in the paper: the experiment docs/experiment-config.md shows
 * side by side in Java, Kotlin and YAML.
 */
fun dgiOnCora(): Experiment = experiment {
    seed = 42
    dataset { name = "cora" }
    encoder = gcn {
        units = listOf(512)
        activation = "prelu"
    }
    task {
        nodeSet = "paper"
        corruptor = shuffleFeaturesGlobally { seed = 7 }
    }
    training {
        epochs = 300
        learningRate = 0.001
        patience = 20
    }
    evaluation { probeRepeats = 5 }
    output { directory = "runs/dgi-cora" }
}

/**
 * Graph Barlow Twins with a GraphSAGE encoder and hand-picked views: the other kinds of part,
 * written in Kotlin.
 */
fun barlowTwinsOnCsbm(): Experiment = experiment {
    seed = 3
    encoder = sage {
        units = listOf(256, 128)
        activation = "relu"
        dropout = 0.1
    }
    task = barlowTwins {
        projectorUnits = listOf(64)
        corruptor = compose(dropEdges(0.3), maskFeatureColumns { rate = 0.25; seed = 9 })
        cleanView = dropoutFeatures { rate = 0.1 }
        readout = allNodes()
        lambda = 0.005
    }
    training { epochs = 100; learningRate = 0.01; weightDecay = 5e-4 }
    output { charts = false }
}

/** A tiny Deep Graph Infomax run on the built-in CSBM graph, small enough for a test. */
fun tinyCsbm(epochCount: Int = 3): Experiment = experiment {
    seed = 1
    dataset { name = "csbm" }
    encoder = gcn { units = listOf(16) }
    task { nodeSet = "node"; corruptor = shuffleFeaturesGlobally { seed = 7 } }
    training {
        epochs = epochCount
        learningRate = 0.01
        patience = 0
        metricsEvery = 1
    }
    evaluation { probeRepeats = 1 }
}

/** What [trainAndProbe] gives back: the training, the embeddings and the linear probes. */
data class RunResult(
    val training: TrainingResult,
    val embeddings: INDArray,
    val probe: ProbeReport,
)

/**
 * Trains [experiment] with the parts Guice's [RunModule] builds from it (the data set, the
 * encoder, the task, their parameters, the optimizer, the trainer), then embeds the target node
 * set with the best parameters and fits the experiment's linear probes on the embeddings, as its
 * `evaluation` says (the protocol, `C` chosen among `probe_c` on the validation split, the
 * repeats): the numbers a run of it reports.
 */
fun trainAndProbe(
    experiment: Experiment,
    listener: EpochListener = EpochListener.none(),
): RunResult {
    val injector = Guice.createInjector(RunModule(experiment))
    val dataset = injector.getInstance(GraphDataset::class.java)
    val encoder = injector.getInstance(Encoder::class.java)
    val training = injector.getInstance(Trainer::class.java).train(
        dataset.graph(),
        encoder,
        injector.getInstance(Task::class.java),
        injector.getInstance(ParameterStore::class.java),
        injector.getInstance(Optimizer::class.java),
        listener,
    )
    val embeddings = encoder.encode(dataset.graph(), Tape.inference(), false)
        .state(dataset.targetNodeSet(), EncodedGraph.HIDDEN_STATE)
        .value()
    val evaluation = experiment.evaluation
    val probe = ProbeProtocol.of(evaluation).evaluate(
        injector.getInstance(LinearProbe::class.java),
        evaluation.probeC,
        embeddings,
        dataset,
        evaluation.probeRepeats,
    ).report()
    return RunResult(training, embeddings, probe)
}

/** Trains the tiny CSBM experiment for 20 epochs, printing each epoch's loss, then probes. */
fun main() {
    val run = trainAndProbe(tinyCsbm(epochCount = 20)) { epoch, _, _ ->
        println("epoch ${epoch.epoch()}: loss ${"%.4f".format(epoch.loss())}")
    }
    println("best epoch ${run.training.bestEpoch()} of ${run.training.epochsRun()}; ${run.probe}")
}
