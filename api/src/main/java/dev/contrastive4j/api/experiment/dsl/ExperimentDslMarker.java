package dev.contrastive4j.api.experiment.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Kotlin's {@code @DslMarker} for the DSL's builders: inside a block only that block's builder
 * is an implicit receiver, so {@code training { seed = 5 }} is a compile error in Kotlin instead
 * of setting the experiment's seed, and {@code shuffleFeaturesGlobally { nodeSet = "x" }} one
 * instead of setting the task's node set. An outer builder is still reached by name
 * ({@code this@experiment.seed = 5}).
 *
 * <p>Java ignores it, and needs no Kotlin library to compile or run against the builders.
 */
@kotlin.DslMarker
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExperimentDslMarker {}
