/**
 * A DSL that builds {@link dev.contrastive4j.api.experiment.Experiment}s, written in Java to read
 * naturally from Kotlin.
 *
 * <p>Each part is configured inside a {@link dev.contrastive4j.api.experiment.dsl.Block}: a
 * functional interface the Java caller fills with a lambda and Kotlin fills with a trailing
 * lambda. The builders exist only inside their block (their constructors are not public and
 * they refuse changes once the block has ended), so no half-built state can be observed; what
 * leaves a block is the immutable model. In Java:
 *
 * <pre>{@code
 * import static dev.contrastive4j.api.experiment.dsl.Experiments.*;
 *
 * Experiment e = experiment(x -> x
 *     .encoder(gcn(g -> g.units(16)))
 *     .task(dgi(t -> t.nodeSet("paper").corruptor(shuffleFeaturesGlobally(c -> c.seed(7)))))
 *     .training(t -> t.epochs(3)));
 * }</pre>
 *
 * <p>The builders also have bean-style getters and setters, so with Kotlin's sam-with-receiver
 * compiler plugin configured for {@link dev.contrastive4j.api.experiment.dsl.SamWithReceiver}
 * the same reads:
 *
 * <pre>{@code
 * val e = experiment {
 *   encoder = gcn { units = listOf(16) }
 *   task { nodeSet = "paper"; corruptor = shuffleFeaturesGlobally { seed = 7 } }
 *   training { epochs = 3 }
 * }
 * }</pre>
 *
 * <p>In Kotlin a block reaches only its own builder ({@link
 * dev.contrastive4j.api.experiment.dsl.ExperimentDslMarker}): {@code training { seed = 3 }} does
 * not compile.
 *
 * <p>{@link dev.contrastive4j.api.experiment.dsl.Experiments#experiment} validates the result
 * with {@link dev.contrastive4j.api.experiment.ExperimentValidator}, so an experiment the DSL
 * returns is one a JSON or YAML file could hold.
 */
@NullMarked
package dev.contrastive4j.api.experiment.dsl;

import org.jspecify.annotations.NullMarked;
