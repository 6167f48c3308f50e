package dev.contrastive4j.api.experiment.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the DSL's functional interfaces for Kotlin's sam-with-receiver compiler plugin: a Kotlin
 * lambda passed where such an interface is expected gets the interface method's first argument
 * as its receiver ({@code this}), so blocks read {@code task { nodeSet = "paper" }} instead of
 * {@code task { it.nodeSet = "paper" }}. Configure the plugin with
 * {@code sam-with-receiver:annotation=dev.contrastive4j.api.experiment.dsl.SamWithReceiver}.
 *
 * <p>Kept in class files (the Kotlin compiler reads it from the api jar).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SamWithReceiver {}
