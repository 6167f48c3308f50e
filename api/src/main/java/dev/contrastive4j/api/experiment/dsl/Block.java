package dev.contrastive4j.api.experiment.dsl;

/**
 * Configures one part of an experiment on the builder it is given. In Java a lambda
 * ({@code t -> t.nodeSet("paper")}); in Kotlin a trailing lambda whose receiver is the builder
 * ({@code { nodeSet = "paper" }}, see {@link SamWithReceiver}).
 *
 * @param <B> the builder of the part
 */
@FunctionalInterface
@SamWithReceiver
public interface Block<B> {
  /** Sets what this block configures on {@code builder}, which is valid only during the call. */
  void configure(B builder);
}
