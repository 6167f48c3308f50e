package dev.contrastive4j.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code long} constructor parameter of a {@link Corruptor} class that receives its
 * seed: the {@code seed} of its spec when configured, else the one the runtime derives from the
 * task's seed (so that every corruptor of a run draws its own stream). A corruptor with a
 * {@code @Seed} parameter gets a {@code seed} field in its generated spec.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Seed {}
