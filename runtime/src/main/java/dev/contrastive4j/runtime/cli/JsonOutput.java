package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/**
 * How {@code train}, {@code evaluate}, {@code summarize} and {@code tasks --json} print their
 * result on standard output: one JSON value, indented as a run's {@code summary.json} is.
 */
final class JsonOutput {
  private static final ObjectMapper INDENTED =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  /**
   * Prints {@code value} as indented JSON on its own lines.
   *
   * @throws IllegalStateException if Jackson cannot write it, which only a value that is not
   *     made of maps, lists, records and scalars causes: a bug, not a user's mistake
   */
  static void print(PrintWriter out, Object value) {
    try {
      out.println(INDENTED.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
