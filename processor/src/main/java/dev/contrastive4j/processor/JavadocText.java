package dev.contrastive4j.processor;

/**
 * Puts any text (a user's description) into generated Javadoc as plain text, so that it
 * neither ends the comment nor trips doclint, which the projects compiling the generated code
 * may run.
 */
final class JavadocText {
  private JavadocText() {}

  /**
   * The text with the characters Javadoc reads as markup written as HTML entities: {@code &},
   * {@code <} and {@code >} (HTML), {@code @} (block and inline tags), {@code /} after
   * {@code *} (the comment's end) and the backslash (javac reads a backslash before {@code u}
   * as a Unicode escape even in comments). The result goes in as a JavaPoet argument, not as
   * format text.
   */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;")
        .replace("\\", "&#92;");
  }
}
