package dev.contrastive4j.api.experiment.dsl;

import java.util.List;
import java.util.Objects;

/**
 * What every DSL builder shares: it is open while its block runs and refuses changes after, so
 * a builder that escapes its block cannot change a model that has already been built. Marked
 * for Kotlin as one DSL ({@link ExperimentDslMarker}), so that a block does not reach its outer
 * blocks' builders unsaid.
 *
 * <p>Public for the builders the annotation processor generates for plugin specs
 * ({@code RewiredDgiSpec.of { ... }}), which extend it; the DSL's own builders are made by
 * {@link Experiments} only.
 */
@ExperimentDslMarker
public abstract class BlockBuilder {
  private boolean closed;

  /** A builder, open until {@link #run} has run its block. */
  protected BlockBuilder() {}

  /**
   * Runs {@code block} on {@code builder}, then closes the builder.
   *
   * @param <B> the builder's type
   * @param builder a builder that has not been run yet
   * @param block what configures it
   * @return {@code builder}, closed
   */
  public static <B extends BlockBuilder> B run(B builder, Block<B> block) {
    Objects.requireNonNull(block, "block");
    block.configure(builder);
    ((BlockBuilder) builder).closed = true;
    return builder;
  }

  /**
   * Throws if the block has ended.
   *
   * @throws IllegalStateException naming the builder, if its block has ended
   */
  protected final void checkOpen() {
    if (closed) {
      Class<?> type = getClass();
      String name = type.getEnclosingClass() == null ? type.getSimpleName()
          : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
      throw new IllegalStateException(name
          + " was used after its block ended; a builder is valid only inside its block");
    }
  }

  /**
   * {@code value} if not null, after checking the builder is still open.
   *
   * @param <T> the value's type
   * @param property the property's name, for the message of a null value
   * @param value the value to set
   * @return {@code value}
   * @throws NullPointerException naming {@code property} if {@code value} is null
   */
  protected final <T> T set(String property, T value) {
    checkOpen();
    return Objects.requireNonNull(value, property);
  }

  /**
   * An unmodifiable copy of {@code values}, after checking the builder is still open; a null
   * list or element throws naming it ({@code units}, {@code units[1]}).
   *
   * @param <T> the elements' type
   * @param property the property's name, for the message of a null list or element
   * @param values the list to set
   * @return an unmodifiable copy of {@code values}
   */
  protected final <T> List<T> setList(String property, List<T> values) {
    checkOpen();
    return copyWithoutNulls(property, values);
  }

  /** An unmodifiable copy of {@code values}; a null list or element throws naming it. */
  static <T> List<T> copyWithoutNulls(String property, List<T> values) {
    Objects.requireNonNull(values, property);
    for (int i = 0; i < values.size(); i++) {
      Objects.requireNonNull(values.get(i), property + "[" + i + "]");
    }
    return List.copyOf(values);
  }
}
