package dev.contrastive4j.runtime.kernels;

/**
 * Row pointers plus, for each position, which input item sits there: the result of grouping
 * items by a key with a stable counting sort, so items of one group keep their input order.
 *
 * @param pointers {@code numKeys + 1} offsets; group {@code g} is {@code order[pointers[g] ..
 *     pointers[g + 1])}
 * @param order the input positions, grouped by key
 */
record CsrLayout(int[] pointers, int[] order) {

  /** Groups the positions {@code 0 .. keys.length - 1} by key, each key in {@code [0, numKeys)}. */
  static CsrLayout group(int[] keys, int numKeys) {
    return group(keys, numKeys, null);
  }

  /**
   * Groups the positions listed in {@code within} (all positions if null) by key, keeping the
   * order of {@code within} inside each group.
   */
  static CsrLayout group(int[] keys, int numKeys, int[] within) {
    int n = within == null ? keys.length : within.length;
    int[] pointers = new int[numKeys + 1];
    for (int i = 0; i < n; i++) {
      pointers[keys[within == null ? i : within[i]] + 1]++;
    }
    for (int g = 0; g < numKeys; g++) {
      pointers[g + 1] += pointers[g];
    }
    int[] next = new int[numKeys];
    System.arraycopy(pointers, 0, next, 0, numKeys);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      int item = within == null ? i : within[i];
      order[next[keys[item]]++] = item;
    }
    return new CsrLayout(pointers, order);
  }

  /**
   * The transpose layout of a CSR matrix with {@code cols} columns: pointers over columns and,
   * for each transposed entry, the index of the original entry. Within a column the original
   * rows ascend.
   */
  static CsrLayout transpose(int[] rowPointers, int[] columns, int cols) {
    // Entries are stored row by row, so a stable grouping by column keeps rows ascending.
    return group(columns, cols);
  }

  /** The row of each entry of a CSR matrix. */
  static int[] rowOfEntry(int[] rowPointers) {
    int rows = rowPointers.length - 1;
    int[] rowOf = new int[rowPointers[rows]];
    for (int r = 0; r < rows; r++) {
      for (int k = rowPointers[r]; k < rowPointers[r + 1]; k++) {
        rowOf[k] = r;
      }
    }
    return rowOf;
  }
}
