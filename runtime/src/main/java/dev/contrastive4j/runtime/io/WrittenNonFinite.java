package dev.contrastive4j.runtime.io;

import com.fasterxml.jackson.databind.node.DoubleNode;

/**
 * A YAML document's not-a-number or infinity ({@code .nan}, {@code -.Inf}) in a JSON tree: the
 * double it stands for, which says itself as it was written ({@link #asText()}), so that a
 * message about it quotes the document rather than Java's {@code NaN}. JSON's {@code NaN} needs
 * none, being spelled as Java spells it.
 */
final class WrittenNonFinite extends DoubleNode {
  private static final long serialVersionUID = 1L;

  private final String written;

  /**
   * @param value NaN or an infinity
   * @param written the value as the document spells it
   */
  WrittenNonFinite(double value, String written) {
    super(value);
    this.written = written;
  }

  /** The value as the document spells it, such as {@code .nan}. */
  @Override
  public String asText() {
    return written;
  }
}
