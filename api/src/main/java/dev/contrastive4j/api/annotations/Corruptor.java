package dev.contrastive4j.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a corruptor (view maker) plugin: a public, concrete class implementing
 * {@link dev.contrastive4j.api.task.Corruptor}. Experiments choose it by {@link #name} as a
 * {@code task.corruptor} (or {@code clean_view}, {@code positive_view}) {@code type}, and
 * {@link ContrastiveTask} can reference it.
 *
 * <p>Its constructor (the only public one, or the one marked {@code @Inject}) takes any mix of
 * {@link Param} parameters (configured from the experiment), at most one {@link Seed}
 * {@code long} (the seed the runtime derives for the corruptor, or the one configured), and other
 * parameters, which Guice injects. The processor generates {@code XSpec} (the
 * {@code CorruptorSpec}), {@code XFactory} and {@code XModule} next to the class {@code X}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Corruptor {

  /**
   * The corruptor's {@code type} name in experiments; unique among corruptors (ignoring case), not
   * one of the built-in names; ASCII letters and digits, '-', '_' and '.', starting with a
   * letter or digit.
   */
  String name();

  /** One line that says what the corruptor does, shown by {@code contrastive4j tasks}. */
  String description() default "";
}
