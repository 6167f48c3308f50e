package dev.contrastive4j.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a readout plugin: a public, concrete class implementing
 * {@link dev.contrastive4j.api.task.Readout}. Experiments choose it by {@link #name} as the
 * {@code task.readout} {@code type}, and {@link ContrastiveTask} can reference it.
 *
 * <p>Its constructor (the only public one, or the one marked {@code @Inject}) takes
 * {@link Param} parameters (configured from the experiment) and other parameters, which Guice
 * injects. The processor generates {@code XSpec} (the {@code ReadoutSpec}), {@code XFactory} and
 * {@code XModule} next to the class {@code X}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Readout {

  /**
   * The readout's {@code type} name in experiments; unique among readouts (ignoring case), not
   * one of the built-in names; ASCII letters and digits, '-', '_' and '.', starting with a
   * letter or digit.
   */
  String name();

  /** One line that says what the readout does, shown by {@code contrastive4j tasks}. */
  String description() default "";
}
