package dev.contrastive4j.api.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a constructor parameter of a {@link ContrastiveTask}, {@link Corruptor} or
 * {@link Readout} class as configured from the experiment. It becomes a field of the generated
 * spec, named in snake case after the parameter ({@code dropRate} is {@code drop_rate}), with
 * {@link #value} as its default.
 *
 * <p>Types: {@code boolean}, {@code int}, {@code long}, {@code double}, {@code String} and enums
 * (the default names a constant). Numbers may be bounded by {@link #min} and {@link #max}: the
 * processor checks the default, the generated factory checks configured values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {

  /** The default, as it would be written in Java: {@code "0.5"}, {@code "true"}, {@code "MEAN"}. */
  String value();

  /** What the parameter means, shown by {@code contrastive4j tasks}. */
  String description() default "";

  /** The smallest allowed value of a number (inclusive). */
  double min() default Double.NEGATIVE_INFINITY;

  /** The largest allowed value of a number (inclusive). */
  double max() default Double.POSITIVE_INFINITY;
}
