package dev.contrastive4j.runtime.ops;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import java.util.Objects;

/**
 * Remembers which sparse feature matrices were made as a reordering of another's rows, as many
 * rows as it has (a shuffled copy: DGI's corruption), so that an encoder can take {@code X'·W}
 * as rows of {@code X·W}, a product the pass over the clean graph of the same step has already
 * computed (see {@link dev.contrastive4j.api.tensor.Tape#shared}), instead of multiplying and
 * preparing the copy anew. Only such reorderings are recorded, never the smaller row sets of a
 * mini-batch, whose product through the whole matrix would cost more.
 *
 * <p>Entries are keyed weakly by the identity of the copy and go with it; an entry keeps its
 * source matrix alive as long as the copy lives. Thread-safe.
 */
public final class RowSelections {
  private static final Cache<CsrMatrix, RowSelection> SELECTIONS =
      CacheBuilder.newBuilder().weakKeys().build();

  private RowSelections() {}

  /**
   * Row {@code i} of the copy is row {@code order.ids()[i]} of {@code source}: the gather index
   * an encoder takes the copy's product with.
   *
   * @param order as many rows as the source has, indexing them
   */
  public record RowSelection(CsrMatrix source, SegmentIndex order) {}

  /**
   * Records that {@code copy} holds the rows {@code rows} of {@code source}, in that order; does
   * nothing unless there are as many rows as {@code source} has.
   */
  public static void record(CsrMatrix copy, CsrMatrix source, int[] rows) {
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(source, "source");
    if (rows.length == source.rows() && copy.rows() == rows.length && copy != source) {
      // The index copies the rows, so the caller's array is its own again.
      SELECTIONS.put(copy, new RowSelection(source, SegmentIndex.of(rows, source.rows())));
    }
  }

  /** Where {@code matrix}'s rows come from, or null if it was not recorded as a reordering. */
  public static RowSelection of(CsrMatrix matrix) {
    return SELECTIONS.getIfPresent(matrix);
  }
}
