/**
 * Training-side parts of the tensor engine: {@link
 * dev.contrastive4j.runtime.tensor.ParameterStore} names and initializes parameters (DL4J weight
 * init schemes), {@link dev.contrastive4j.runtime.tensor.Optimizer} applies ND4J updaters with
 * {@link dev.contrastive4j.runtime.tensor.WeightDecay}. {@link
 * dev.contrastive4j.runtime.tensor.ArrayChecks} and {@link
 * dev.contrastive4j.runtime.tensor.NonFiniteElement} check array arguments and name the element
 * at fault, for the losses, metrics and readers. The tape and its operations are in
 * {@code dev.contrastive4j.api.tensor}.
 */
package dev.contrastive4j.runtime.tensor;
