package dev.contrastive4j.examples.kotlin

import dev.contrastive4j.api.experiment.ConfigValidationException
import dev.contrastive4j.api.experiment.CorruptorSpec
import dev.contrastive4j.api.experiment.EncoderSpec
import dev.contrastive4j.api.experiment.Experiment
import dev.contrastive4j.api.experiment.ReadoutSpec
import dev.contrastive4j.api.experiment.TaskSpec
import dev.contrastive4j.api.experiment.dsl.Experiments.*
import dev.contrastive4j.examples.annotated.EdgeRewiringSpec
import dev.contrastive4j.examples.annotated.RewiredDgiSpec
import dev.contrastive4j.examples.annotated.ScaledNodesSpec
import dev.contrastive4j.runtime.config.ExperimentFiles
import dev.contrastive4j.runtime.config.ExperimentMapper
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import com.google.inject.Guice
import dev.contrastive4j.api.experiment.OutputSpec
import dev.contrastive4j.api.task.Task
import dev.contrastive4j.runtime.inject.RunModule
import dev.contrastive4j.runtime.run.ExperimentRun
import dev.contrastive4j.runtime.run.ProgressReporter
import dev.contrastive4j.runtime.run.RunDirectory
import dev.contrastive4j.runtime.tasks.BarlowTwins
import java.nio.file.Files
import java.nio.file.Path

class KotlinDslTest {
    private val mapper = ExperimentMapper()
    private val page = Files.readString(Path.of("..", "docs", "experiment-config.md"))
    private val source = Files.readString(
        Path.of("src", "main", "kotlin", "dev", "contrastive4j", "examples", "kotlin", "KotlinExperiments.kt"),
    )

    /** The code block after `<!-- check: name -->` on the docs page. */
    private fun docBlock(name: String): String =
        Regex("<!-- check: $name -->\\s*\\n```[a-z]*\\n(.*?)```", RegexOption.DOT_MATCHES_ALL)
            .find(page)?.groupValues?.get(1) ?: throw AssertionError("no block '$name'")

    private fun collapse(text: String) = text.replace(Regex("\\s+"), " ").trim()

    private val thisSource = Files.readString(
        Path.of("src", "test", "kotlin", "dev", "contrastive4j", "examples", "kotlin", "KotlinDslTest.kt"),
    )

    @Test
    fun kotlinJavaYamlAndJsonGiveEqualModels() {
        val kotlin = dgiOnCora()
        assertEquals(mapper.readYaml(docBlock("yaml")), kotlin)
        assertEquals(mapper.readJson(docBlock("json")), kotlin)
        // The fluent methods the Java column uses, called with receivers.
        val fluent = experiment {
            seed(42)
                .dataset { name("cora") }
                .encoder(gcn { units(512).activation("prelu") })
                .task { nodeSet("paper").corruptor(shuffleFeaturesGlobally { seed(7) }) }
                .training { epochs(300).learningRate(0.001).patience(20) }
                .evaluation { probeRepeats(5) }
                .output { directory("runs/dgi-cora") }
        }
        assertEquals(fluent, kotlin)
    }

    @Test
    fun theDocsShowTheExampleAsWritten() {
        for (paragraph in docBlock("kotlin").split(Regex("\\n\\s*\\n")).filter { it.isNotBlank() }) {
            assertTrue(collapse(source).contains(collapse(paragraph)), paragraph)
        }
    }

    @Test
    fun theTaskBlockConfiguresDeepGraphInfomax() {
        val e = experiment { task { nodeSet = "paper"; corruptor = shuffleFeaturesGlobally { seed = 7 } } }
        assertEquals(
            TaskSpec.DgiSpec("paper", null, null, null, CorruptorSpec.ShuffleFeatures(null, 7L), null, null),
            e.task,
        )
    }

    @Test
    fun everyOtherKindFromKotlinEqualsItsYaml() {
        assertEquals(
            mapper.readYaml(
                """
                seed: 3
                encoder: {type: sage, units: [256, 128], activation: relu, dropout: 0.1}
                task:
                  type: barlow-twins
                  projector_units: [64]
                  corruptor:
                    type: compose
                    steps:
                      - {type: drop-edges, rate: 0.3}
                      - {type: mask-feature-columns, rate: 0.25, seed: 9}
                  clean_view: {type: dropout-features, rate: 0.1}
                  readout: {type: all-nodes}
                  lambda: 0.005
                training: {epochs: 100, learning_rate: 0.01, weight_decay: 0.0005}
                output: {charts: false}
                """.trimIndent(),
            ),
            barlowTwinsOnCsbm(),
        )
        val others = experiment {
            encoder = hetero { units = listOf(32); aggregation = "sum"; selfTransform = false }
            task = vicReg { simWeight = 10.0; readout = firstNode() }
        }
        assertEquals(
            mapper.readYaml(
                """
                encoder: {type: hetero, units: [32], aggregation: sum, self_transform: false}
                task: {type: vicreg, sim_weight: 10, readout: {type: first-node}}
                """.trimIndent(),
            ),
            others,
        )
        val triplet = experiment {
            task = triplet { margin = 0.5; positiveView = shuffleFeaturesGlobally(); readout = allNodes() }
        }
        assertEquals(
            mapper.readYaml("task: {type: triplet, margin: 0.5, positive_view: {type: shuffle-features}, readout: {type: all-nodes}}"),
            triplet,
        )
    }

    @Test
    fun pluginSpecsFromKotlinEqualTheirYaml() {
        // The specs the processor generates are written as the built-in ones are.
        val kotlin = experiment {
            task = RewiredDgiSpec.of {
                corruptor = EdgeRewiringSpec.of { rate = 0.5 }
                readout = ScaledNodesSpec.of { norm = 2.0 }
            }
        }
        assertEquals(
            ExperimentMapper.withPlugins().readYaml(
                """
                task:
                  type: rewired-dgi
                  corruptor: {type: rewire-edges, rate: 0.5}
                  readout: {type: scaled-nodes, norm: 2}
                """.trimIndent(),
            ),
            kotlin,
        )
        assertEquals(
            experiment { task = RewiredDgiSpec.of { seed = 3; corruptor = EdgeRewiringSpec.of { seed = 9 } } },
            ExperimentMapper.withPlugins().readYaml(
                "task: {type: rewired-dgi, seed: 3, corruptor: {type: rewire-edges, seed: 9}}",
            ),
        )
        // The page shows this test's code.
        assertTrue(collapse(thisSource).contains(collapse(docBlock("kotlin-plugin"))))
    }

    @Test
    fun everyOtherFieldFromKotlinEqualsItsYaml() {
        val kotlin = experiment {
            dataset { name = "cora"; dataDir = "/data" }
            encoder = gcn { selfLoops = false; dropout = 0.25 }
            task = barlowTwins {
                feature = "h"
                seed = 5
                normalizeBatch = false
                readout = allNodes()
            }
            training { metricsEvery = 5; batchComponents = 4; shuffleComponents = false; checkpointEvery = 10 }
            evaluation { probeC = listOf(0.1, 1.0) }
        }
        assertEquals(
            mapper.readYaml(
                """
                dataset: {name: cora, data_dir: /data}
                encoder: {type: gcn, self_loops: false, dropout: 0.25}
                task: {type: barlow-twins, feature: h, seed: 5, normalize_batch: false, readout: {type: all-nodes}}
                training: {metrics_every: 5, batch_components: 4, shuffle_components: false, checkpoint_every: 10}
                evaluation: {probe_c: [0.1, 1.0]}
                """.trimIndent(),
            ),
            kotlin,
        )
        val views = experiment {
            task = vicReg {
                varWeight = 5.0
                covWeight = 2.0
                corruptor = dropoutFeatures { seed = 1 }
                cleanView = dropEdges { rate = 0.4; seed = 2 }
            }
        }
        assertEquals(
            mapper.readYaml(
                """
                task:
                  type: vicreg
                  var_weight: 5
                  cov_weight: 2
                  corruptor: {type: dropout-features, seed: 1}
                  clean_view: {type: drop-edges, rate: 0.4, seed: 2}
                """.trimIndent(),
            ),
            views,
        )
    }

    @Test
    fun theDgiPapersProtocolFromKotlinEqualsItsExperimentFile() {
        val kotlin = experiment {
            dataset { name = "cora"; normalizeFeatures = true }
            encoder { units(512); activation = "prelu_shared" }
            task { discriminator = "bilinear_glorot" }
            training { epochs = 10000; learningRate = 0.001; weightDecay = 0.0; patience = 20 }
            evaluation { probeProtocol = "dgi_paper"; probeRepeats = 50 }
        }
        assertEquals(
            ExperimentFiles.read(Path.of("..", "docs", "experiments", "dgi-cora-paper.yaml")),
            kotlin,
        )
    }

    @Test
    fun kotlinSeesTheModelsNullness() {
        val e: Experiment = dgiOnCora()
        // Defaulted parts are non-null types; optional ones are nullable, as are the epochs of a
        // TrainingSpec, which may leave them to the task (an experiment's training has them).
        val epochs: Int? = e.training.epochs
        val units: List<Int> = e.encoder.units()
        val taskSeed: Long? = e.task.seed()
        val dataDir: String? = e.dataset.dataDir
        assertEquals(300, epochs)
        assertEquals(listOf(512), units)
        assertNull(taskSeed)
        assertNull(dataDir)
        assertEquals(EncoderSpec.GcnSpec(listOf(512), "prelu", null, null), e.encoder)
        assertEquals(ReadoutSpec.Pool("max"), pool("max"))
    }

    @Test
    fun invalidSettingsFailWithTheirPaths() {
        val e = assertThrows(ConfigValidationException::class.java) {
            experiment {
                encoder = gcn { dropout = 1.0 }
                training { epochs = 0 }
            }
        }
        assertEquals(
            listOf(
                "encoder.dropout: must be in [0, 1), was 1.0",
                "training.epochs: must be at least 1, was 0",
            ),
            e.problems(),
        )
    }

    @Test
    fun theBarlowTwinsExampleBuildsOnTheDataSetItIsNamedFor() {
        // Its pool readout gave one row per step on the one CSBM graph, which the task refused.
        val injector = Guice.createInjector(RunModule(barlowTwinsOnCsbm()))
        assertTrue(injector.getInstance(Task::class.java) is BarlowTwins)
    }

    @Test
    fun trainAndProbeGivesTheNumbersOfARunOfTheSameExperiment(@TempDir tmp: Path) {
        // It fitted one probe with C = 1 whatever evaluation.probe_c said.
        val experiment = tinyCsbm(epochCount = 5).withOutput(OutputSpec(null, false))
        val summary = Guice.createInjector(RunModule(experiment)).getInstance(ExperimentRun::class.java)
            .run(RunDirectory.create(tmp.resolve("run")), ProgressReporter.silent())
        val probe = trainAndProbe(experiment).probe
        assertEquals(summary.testAccuracy(), probe.testMean(), 1e-12)
        assertEquals(summary.valAccuracy(), probe.valMean(), 1e-12)
    }

    @Test
    fun aSmallExperimentRunsEndToEnd() {
        val losses = mutableListOf<Double>()
        val run = trainAndProbe(tinyCsbm(epochCount = 10)) { epoch, _, _ -> losses += epoch.loss() }
        assertEquals(10, run.training.epochsRun())
        assertEquals(10, losses.size)
        assertTrue(losses.all { it.isFinite() }, losses.toString())
        // Deep Graph Infomax starts at chance, a binary cross-entropy of about ln 2, and learns:
        // the loss falls (0.694 to 0.686 over these 10 epochs, to 0.644 after 20), and the last
        // epoch is the best.
        assertEquals(Math.log(2.0), losses.first(), 0.01)
        assertTrue(losses.last() < losses.first() - 0.005, losses.toString())
        assertEquals(10, run.training.bestEpoch())
        assertEquals(listOf(1200L, 16L), run.embeddings.shape().toList())
        // One probe, well above chance (1/6) on the six CSBM classes.
        assertEquals(1, run.probe.runs().size)
        assertTrue(run.probe.testMean() > 0.4, run.probe.toString())
    }
}
