package dev.contrastive4j.api.experiment.dsl;

import java.util.List;
import java.util.Objects;

/**
 * What every DSL builder shares: it is open while its block runs and refuses changes after, so
 * a builder that escapes its block cannot change a model that has already been built. Marked
 * for Kotlin as one DSL ({@link ExperimentDslMarker}), so that a block does not reach its outer
 * blocks' builders unsaid.
 */
@ExperimentDslMarker
abstract class BlockBuilder {
  private boolean closed;

  /** Runs {@code block} on {@code builder}, then closes the builder. */
  static <B extends BlockBuilder> B run(B builder, Block<B> block) {
    Objects.requireNonNull(block, "block");
    block.configure(builder);
    ((BlockBuilder) builder).closed = true;
    return builder;
  }

  /** Throws if the block has ended. */
  final void checkOpen() {
    if (closed) {
      throw new IllegalStateException(getClass().getSimpleName()
          + " was used after its block ended; a builder is valid only inside its block");
    }
  }

  /** {@code value} if not null, after checking the builder is still open. */
  final <T> T set(String property, T value) {
    checkOpen();
    return Objects.requireNonNull(value, property);
  }

  /**
   * An unmodifiable copy of {@code values}, after checking the builder is still open; a null
   * list or element throws naming it ({@code units}, {@code units[1]}).
   */
  final <T> List<T> setList(String property, List<T> values) {
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
