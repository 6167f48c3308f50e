/**
 * Training-side parts of the tensor engine: {@link
 * dev.contrastive4j.runtime.tensor.ParameterStore} names and initializes parameters (DL4J weight
 * init schemes), {@link dev.contrastive4j.runtime.tensor.Optimizer} applies ND4J updaters with
 * {@link dev.contrastive4j.runtime.tensor.WeightDecay}. The tape and its operations are in
 * {@code dev.contrastive4j.api.tensor}.
 */
package dev.contrastive4j.runtime.tensor;
